#include "backends/json_output.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace nianbao {

namespace {

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// RapidJSON's escapes: the short forms, else \u00XX in capitals. Returns the
// bytes written to `out` (room for 6).
std::size_t write_escape(char* out, unsigned char c) {
    static constexpr char hex[] = "0123456789ABCDEF";
    char short_form = 0;
    switch (c) {
        case '"': short_form = '"'; break;
        case '\\': short_form = '\\'; break;
        case '\b': short_form = 'b'; break;
        case '\t': short_form = 't'; break;
        case '\n': short_form = 'n'; break;
        case '\f': short_form = 'f'; break;
        case '\r': short_form = 'r'; break;
        default: break;
    }
    out[0] = '\\';
    if (short_form) {
        out[1] = short_form;
        return 2;
    }
    std::memcpy(out + 1, "u00", 3);
    out[4] = hex[c >> 4];
    out[5] = hex[c & 0xF];
    return 6;
}

// Input is escaped a slice at a time, so that the room asked for (six bytes
// out per byte in, at worst) stays small whatever the length of a string.
constexpr std::size_t slice = 4096;
// Sixteen bytes are stored before it is known how many of them count.
constexpr std::size_t store_slack = 16;

}  // namespace

void JsonOutput::grow(std::size_t needed) {
    const std::size_t capacity = std::max({capacity_ * 2, needed, std::size_t{64 * 1024}});
    std::unique_ptr<char[]> data(new char[capacity]);
    if (size_ > 0) std::memcpy(data.get(), data_.get(), size_);
    data_ = std::move(data);
    capacity_ = capacity;
}

void JsonOutput::put(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    size_ += text.size();
}

namespace {

// A line break and the indentation of `depth` levels at `out` (room for
// 2 + 2 × depth bytes); returns the end. The spaces are copied from a
// constant, 64 at most at a time: this runs for every value.
char* line_break(char* out, std::size_t depth) {
    static constexpr char spaces[] = "                                                                ";
    constexpr std::size_t most = sizeof(spaces) - 1;
    *out++ = '\n';
    std::size_t count = 2 * depth;
    for (; count > most; count -= most, out += most) std::memcpy(out, spaces, most);
    std::memcpy(out, spaces, count);
    return out + count;
}

}  // namespace

void JsonOutput::indent() {
    char* out = room(1 + 2 * levels_.size());
    size_ += static_cast<std::size_t>(line_break(out, levels_.size()) - out);
}

void JsonOutput::continue_array(const JsonOutput& parent, std::size_t before) {
    pretty_ = parent.pretty_;
    levels_ = parent.levels_;
    levels_.back().values = before;
    size_ = 0;
}

bool JsonOutput::start(char open, bool array) {
    prefix();
    put(open);
    levels_.push_back({array, 0});
    return true;
}

bool JsonOutput::end(char close) {
    const bool empty = levels_.back().values == 0;
    levels_.pop_back();
    if (pretty_ && !empty) indent();
    put(close);
    return true;
}

void JsonOutput::prefix() {
    if (levels_.empty()) return;  // the root value
    Level& level = levels_.back();
    char* const first = room(2 + 2 * levels_.size());
    char* out = first;
    const bool is_key = !level.in_array && level.values % 2 == 0;
    if (level.in_array || is_key) {
        // A value of an array or a key: after a comma unless the first, on its own line.
        if (level.values > 0) *out++ = ',';
        if (pretty_) out = line_break(out, levels_.size());
    } else {
        *out++ = ':';  // the value of a key
        if (pretty_) *out++ = ' ';
    }
    size_ += static_cast<std::size_t>(out - first);
    ++level.values;
}

bool JsonOutput::String(std::string_view text) {
    prefix();
    put('"');
    escaped(text);
    put('"');
    return true;
}

void JsonOutput::escaped(std::string_view text) {
    for (std::size_t from = 0; from < text.size(); from += slice) {
        const std::size_t length = std::min(slice, text.size() - from);
        const char* in = text.data() + from;
        char* const first = room(6 * length + store_slack);
        char* out = first;
        std::size_t i = 0;
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i control_max = _mm_set1_epi8(0x1F);
        while (i + 16 <= length) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
            // Unsigned b ≤ 0x1F ⇔ max(b, 0x1F) = 0x1F.
            const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, control_max), control_max);
            const __m128i special = _mm_or_si128(
                control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), bytes);
            const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
            if (mask == 0) {
                out += 16;
                i += 16;
                continue;
            }
            const auto plain = static_cast<std::size_t>(__builtin_ctz(mask));
            out += plain;
            i += plain;
            out += write_escape(out, static_cast<unsigned char>(in[i++]));
        }
#endif
        for (; i < length; ++i) {
            const auto c = static_cast<unsigned char>(in[i]);
            if (needs_escape(c)) {
                out += write_escape(out, c);
            } else {
                *out++ = static_cast<char>(c);
            }
        }
        size_ += static_cast<std::size_t>(out - first);
    }
}

template <typename Integer>
bool JsonOutput::number(Integer value) {
    constexpr std::size_t longest = 20;  // the digits of 2^64 − 1, or a sign and those of 2^63
    prefix();
    char* at = room(longest);
    size_ += static_cast<std::size_t>(std::to_chars(at, at + longest, value).ptr - at);
    return true;
}

bool JsonOutput::Int(std::int64_t value) { return number(value); }

bool JsonOutput::Uint64(std::uint64_t value) { return number(value); }

bool JsonOutput::Null() {
    prefix();
    put("null");
    return true;
}

bool JsonOutput::RawNumber(std::string_view text) {
    prefix();
    put(text);
    return true;
}

}  // namespace nianbao
