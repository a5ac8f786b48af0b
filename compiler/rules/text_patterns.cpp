#include "text_patterns.hpp"

#include <algorithm>
#include <array>

namespace nianbao {

namespace {

constexpr std::array<std::string_view, 4> sentence_marks = {"。", ";", "!", "?"};

constexpr std::int64_t max_value = 1'000'000'000'000LL;  // larger numbers are not counts or fees

}  // namespace

std::size_t sentence_end(std::string_view text, std::size_t pos) {
    std::size_t end = text.size();
    for (const auto mark : sentence_marks) end = std::min(end, text.find(mark, pos));
    return end;
}

std::size_t sentence_start(std::string_view text, std::size_t pos) {
    std::size_t start = 0;
    for (const auto mark : sentence_marks) {
        const auto found = text.rfind(mark, pos == 0 ? 0 : pos - 1);
        if (found != std::string_view::npos && found < pos) start = std::max(start, found + mark.size());
    }
    return start;
}

bool find_in_sentence(std::string_view text, std::size_t from, std::string_view needle, std::size_t max_bytes) {
    const std::size_t end = std::min(sentence_end(text, from), from + max_bytes + needle.size());
    const auto found = text.find(needle, from);
    return found != std::string_view::npos && found + needle.size() <= end;
}

bool inside_quotes(std::string_view text, std::size_t pos) {
    const std::string_view before = text.substr(sentence_start(text, pos), pos - sentence_start(text, pos));
    const auto count = [&](std::string_view mark) {
        std::size_t n = 0;
        for (auto at = before.find(mark); at != std::string_view::npos; at = before.find(mark, at + mark.size())) ++n;
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
