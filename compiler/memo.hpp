// A bounded memo for pure functions of short texts (labels). Reports repeat the
// same few hundred labels, so batches hit it almost always; it is emptied when
// full so memory stays bounded whatever the input. One per thread: no locks.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nianbao {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename Value>
class TextMemo {
public:
    explicit TextMemo(std::size_t limit = 8192) : limit_(limit) {}

    template <typename Compute>
    const Value& get(std::string_view key, Compute&& compute) {
        if (const auto it = map_.find(key); it != map_.end()) return it->second;
        if (map_.size() >= limit_) map_.clear();
        return map_.emplace(std::string(key), compute(key)).first->second;
    }

private:
    std::size_t limit_;
    std::unordered_map<std::string, Value, TextHash, std::equal_to<>> map_;
};

}  // namespace nianbao
