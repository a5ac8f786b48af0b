#include "input/origin.hpp"

#include <algorithm>

namespace nianbao {

std::optional<Origin> OriginMap::at(std::size_t offset) const {
    const auto it = std::upper_bound(entries_.begin(), entries_.end(), offset,
                                     [](std::size_t o, const auto& entry) { return o < entry.first; });
    if (it == entries_.begin()) return std::nullopt;
    return std::prev(it)->second;
}

}  // namespace nianbao
