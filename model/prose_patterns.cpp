#include "model/prose_patterns.hpp"

#include <algorithm>

namespace nianbao {

namespace {

constexpr std::int64_t max_value = 1'000'000'000'000LL;  // larger numbers are not counts or fees

}  // namespace

std::size_t find_text(std::string_view text, std::string_view needle, std::size_t from, std::size_t to) {
    if (from >= text.size() || needle.empty()) return std::string_view::npos;
    const std::string_view window = text.substr(0, std::min(to, text.size()));
    const std::size_t at = window.find(needle, from);
    return at;
}

std::size_t rfind_text(std::string_view text, std::string_view needle, std::size_t from, std::size_t to) {
    to = std::min(to, text.size());
    std::size_t last = std::string_view::npos;
    for (std::size_t at = find_text(text, needle, from, to); at != std::string_view::npos;
         at = find_text(text, needle, at + 1, to))
        last = at;
    return last;
}

namespace {

// The length of the sentence mark ending at text[i] (`。` is three bytes), or 0.
std::size_t mark_ending_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == ';' || c == '!' || c == '?') return 1;
    if (i >= 2 && text.substr(i - 2, 3) == "。") return 3;
    return 0;
}

}  // namespace

std::size_t sentence_end(std::string_view text, std::size_t pos) {
    const std::size_t limit = std::min(text.size(), pos + max_sentence_bytes);
    for (std::size_t i = pos; i < limit; ++i) {
        const char c = text[i];
        if (c == ';' || c == '!' || c == '?') return i;
        if (c == '\xE3' && text.substr(i, 3) == "。") return i;
    }
    return limit;
}

std::size_t sentence_start(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    const std::size_t limit = pos > max_sentence_bytes ? pos - max_sentence_bytes : 0;
    for (std::size_t i = pos; i > limit; --i)
        if (mark_ending_at(text, i - 1) != 0) return i;
    // Cut short: start on a code point, not inside one.
    std::size_t start = limit;
    while (start < pos && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
    return start;
}

bool find_in_sentence(std::string_view text, std::size_t from, std::string_view needle, std::size_t max_bytes) {
    const std::size_t end = std::min(sentence_end(text, from), from + max_bytes + needle.size());
    return find_text(text, needle, from, end) != std::string_view::npos;
}

bool inside_quotes(std::string_view text, std::size_t pos) {
    const std::size_t start = sentence_start(text, pos);
    const std::string_view before = text.substr(start, pos - start);
    const auto count = [&](std::string_view mark) {
        std::size_t n = 0;
        for (auto at = find_text(before, mark); at != std::string_view::npos; at = find_text(before, mark, at + mark.size()))
            ++n;
        return n;
    };
    return count("“") > count("”") || count("《") > count("》");
}

std::optional<FoundNumber> number_after(const ProseText& prose, std::size_t from,
                                        std::initializer_list<std::string_view> units, std::size_t max_bytes) {
    const std::string& text = prose.text();
    const std::size_t end = std::min(sentence_end(text, from), from + max_bytes);
    for (std::size_t i = from; i < end; ++i) {
        if (!is_ascii_digit(text[i])) continue;
        if (i > 0 && is_ascii_digit(text[i - 1]) && !prose.starts_line(i)) continue;  // inside a number
        FoundNumber number{i, i, 0, 0, {}};
        std::size_t j = i;
        for (; j < text.size() && is_ascii_digit(text[j]) && (j == i || !prose.starts_line(j)); ++j)
            number.value = std::min(max_value, number.value * 10 + (text[j] - '0'));
        if (j + 1 < text.size() && text[j] == '.' && is_ascii_digit(text[j + 1])) {
            for (++j; j < text.size() && is_ascii_digit(text[j]) && number.scale < 6; ++j, ++number.scale)
                number.value = std::min(max_value, number.value * 10 + (text[j] - '0'));
        }
        number.end = j;
        const std::string_view rest = std::string_view(text).substr(j);
        if (units.size() == 0) return number;
        for (const auto unit : units) {
            if (rest.starts_with(unit)) {
                number.unit = unit;
                return number;
            }
        }
        i = j;
    }
    return std::nullopt;
}

std::optional<int> year_before(const ProseText& prose, std::size_t end) {
    const std::string& text = prose.text();
    if (end < 4) return std::nullopt;
    const std::size_t begin = end - 4;
    int year = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (!is_ascii_digit(text[i]) || (i > begin && prose.starts_line(i))) return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    if (begin > 0 && is_ascii_digit(text[begin - 1]) && !prose.starts_line(begin)) return std::nullopt;
    return year;
}

}  // namespace nianbao
