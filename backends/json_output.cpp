#include "json_output.hpp"

#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace nianbao {

namespace {

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The length of the run from `p` that needs no escape.
std::size_t plain_run(const char* p, std::size_t size) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control_max = _mm_set1_epi8(0x1F);
    for (; i + 16 <= size; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // Unsigned b ≤ 0x1F ⇔ max(b, 0x1F) = 0x1F.
        const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, control_max), control_max);
        const __m128i special =
            _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (const int mask = _mm_movemask_epi8(special); mask != 0)
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < size && !needs_escape(static_cast<unsigned char>(p[i]))) ++i;
    return i;
}

// RapidJSON's escapes: the short forms, else \u00XX in capitals.
void append_escape(std::string& out, unsigned char c) {
    static constexpr char hex[] = "0123456789ABCDEF";
    switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\b': out += "\\b"; return;
        case '\t': out += "\\t"; return;
        case '\n': out += "\\n"; return;
        case '\f': out += "\\f"; return;
        case '\r': out += "\\r"; return;
        default: break;
    }
    out += "\\u00";
    out += hex[c >> 4];
    out += hex[c & 0xF];
}

template <typename Number>
void append_number(std::string& out, Number value) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

}  // namespace

bool JsonOutput::start(char open, bool array) {
    prefix();
    out_ += open;
    levels_.push_back({array, 0});
    return true;
}

bool JsonOutput::end(char close) {
    const bool empty = levels_.back().values == 0;
    levels_.pop_back();
    if (pretty_ && !empty) {
        out_ += '\n';
        indent();
    }
    out_ += close;
    return true;
}

void JsonOutput::prefix() {
    if (levels_.empty()) return;  // the root value
    Level& level = levels_.back();
    if (level.in_array) {
        if (level.values > 0) out_ += ',';
        if (pretty_) {
            out_ += '\n';
            indent();
        }
    } else {
        const bool is_key = level.values % 2 == 0;
        if (level.values > 0) {
            out_ += is_key ? ',' : ':';
            if (pretty_) out_ += is_key ? '\n' : ' ';
        } else if (pretty_) {
            out_ += '\n';
        }
        if (pretty_ && is_key) indent();
    }
    ++level.values;
}

bool JsonOutput::String(std::string_view text) {
    prefix();
    out_ += '"';
    escaped(text);
    out_ += '"';
    return true;
}

void JsonOutput::escaped(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t run = plain_run(text.data() + i, text.size() - i);
        out_.append(text.data() + i, run);
        i += run;
        if (i < text.size()) append_escape(out_, static_cast<unsigned char>(text[i++]));
    }
}

bool JsonOutput::Int(std::int64_t value) {
    prefix();
    append_number(out_, value);
    return true;
}

bool JsonOutput::Uint64(std::uint64_t value) {
    prefix();
    append_number(out_, value);
    return true;
}

bool JsonOutput::Null() {
    prefix();
    out_ += "null";
    return true;
}

bool JsonOutput::RawNumber(std::string_view text) {
    prefix();
    out_ += text;
    return true;
}

}  // namespace nianbao
