// The JSON text of the model, written byte for byte as RapidJSON's
// PrettyWriter (indent 2) or Writer (compact, for JSON Lines) would, at a few
// times their speed: the output of a large input is mostly long strings, and
// here they are copied 16 bytes at a time up to each byte to escape, into a
// buffer that the caller hands on in pieces.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace nianbao {

class JsonOutput {
public:
    explicit JsonOutput(bool pretty) : pretty_(pretty) {}

    // The value-writing calls return true so that calls can be chained in
    // comma expressions, `key("a"), string(b)`, as with RapidJSON.
    bool StartObject() { return start('{', false); }
    bool EndObject() { return end('}'); }
    bool StartArray() { return start('[', true); }
    bool EndArray() { return end(']'); }
    bool Key(std::string_view key) { return String(key); }
    bool String(std::string_view text);
    bool Int(std::int64_t value);
    bool Uint64(std::uint64_t value);
    bool Null();
    // A number already in JSON form (Number::text).
    bool RawNumber(std::string_view text);

    // Makes this writer go on inside the array `parent` has open, after
    // `before` of its elements: what it writes next are the elements that
    // follow them. Its text is cleared, its buffer kept. For rendering the
    // elements of a long array side by side.
    void continue_array(const JsonOutput& parent, std::size_t before);
    // The array open here received `count` elements written by other writers.
    void add_elements(std::size_t count) { levels_.back().values += count; }

    // What has been written and not taken yet; clear() once it is taken.
    [[nodiscard]] std::string_view text() const { return {data_.get(), size_}; }
    void clear() { size_ = 0; }

private:
    struct Level {
        bool in_array = false;
        std::size_t values = 0;  // in an object, keys and values both count
    };

    bool start(char open, bool array);
    bool end(char close);
    // The separator, line break and indentation before a value or key.
    void prefix();
    void escaped(std::string_view text);
    // Room for `count` more bytes at the end; returns where they go.
    char* room(std::size_t count) {
        if (size_ + count > capacity_) grow(size_ + count);
        return data_.get() + size_;
    }
    void grow(std::size_t needed);
    void put(char c) {
        *room(1) = c;
        ++size_;
    }
    template <typename Integer>
    bool number(Integer value);
    void put(std::string_view text);
    void indent();  // a line break and the indentation of the current depth

    bool pretty_;
    std::vector<Level> levels_;
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

}  // namespace nianbao
