// The JSON text of the model, written byte for byte as RapidJSON's
// PrettyWriter (indent 2) or Writer (compact, for JSON Lines) would, at a few
// times their speed: the output of a large input is mostly long strings, and
// here they are copied in runs between the bytes to escape, found 16 at a
// time, into one buffer that the caller hands on in pieces.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
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

    // What has been written and not taken yet.
    [[nodiscard]] std::string& buffer() { return out_; }

private:
    struct Level {
        bool in_array = false;
        std::size_t values = 0;  // in an object, keys and values both count
    };

    bool start(char open, bool array);
    bool end(char close);
    // The separator, line break and indentation before a value or key.
    void prefix();
    void indent() { out_.append(2 * levels_.size(), ' '); }
    void escaped(std::string_view text);

    bool pretty_;
    std::vector<Level> levels_;
    std::string out_;
};

}  // namespace nianbao
