#include "input/utf8.hpp"

namespace nianbao {

void append_code_point(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) count += is_continuation_byte(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

std::size_t code_point_start(std::string_view text, std::size_t i) {
    while (i > 0 && i < text.size() && is_continuation_byte(static_cast<unsigned char>(text[i]))) --i;
    return i;
}

std::size_t well_formed_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char min2 = 0x80, max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min2 = 0xA0;  // overlong
        if (lead == 0xED) max2 = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min2 = 0x90;  // overlong
        if (lead == 0xF4) max2 = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - at < length) return 0;
    if (byte(1) < min2 || byte(1) > max2) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!is_continuation_byte(byte(k))) return 0;
    return length;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = well_formed_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

std::string replace_invalid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = well_formed_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

bool is_space_code_point(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x00A0 ||
           cp == 0x3000 || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x2028 ||
           cp == 0x2029 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

std::string_view trim_spaces(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t i = begin;
        if (!is_space_code_point(next_code_point(text, i))) break;
        begin = i;
    }
    std::size_t end = text.size();
    while (end > begin) {
        const std::size_t start = code_point_start(text, end - 1);
        std::size_t i = start;
        if (!is_space_code_point(next_code_point(text, i))) break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

std::string remove_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        if (!is_space_code_point(next_code_point(text, i))) out.append(text.substr(start, i - start));
    }
    return out;
}

std::string one_line_excerpt(std::string_view text, std::size_t count) {
    std::string out;
    std::size_t i = 0, n = 0;
    while (i < text.size() && n < count) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (cp != U'\n') out.append(text.substr(start, i - start));
        ++n;
    }
    if (i < text.size()) out += "…";
    return out;
}

}  // namespace nianbao
