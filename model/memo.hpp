// A bounded memo for pure functions of short texts (labels). Reports repeat the
// same few hundred labels, so batches hit it almost always. Once full it only
// answers what it holds (a file of endless distinct labels is computed
// without it), so memory stays bounded and entries, once made, stay valid.
// One per thread: no locks.
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

    // The memoised value, or nullptr when the memo is full and lacks the key.
    // A returned value stays at its address for the thread's lifetime.
    template <typename Compute>
    const Value* find_or_add(std::string_view key, Compute&& compute) {
        if (const auto it = map_.find(key); it != map_.end()) return &it->second;
        if (map_.size() >= limit_) return nullptr;
        return &map_.emplace(std::string(key), compute(key)).first->second;
    }

    template <typename Compute>
    Value get(std::string_view key, Compute&& compute) {
        if (const Value* value = find_or_add(key, compute)) return *value;
        return compute(key);
    }

private:
    std::size_t limit_;
    std::unordered_map<std::string, Value, TextHash, std::equal_to<>> map_;
};

}  // namespace nianbao
