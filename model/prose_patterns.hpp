// Small matchers over the NFKC-folded, space-free prose of ProseText: the
// prose rules find a literal anchor with find() and read what stands around
// it with these (hand-written: predictable and linear, unlike std::regex).
// After NFKC, `，；：！？（）` are ASCII `,;:!?()`; `。、“”《》` are unchanged.
#pragma once

#include "model/prose_text.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace nianbao {

[[nodiscard]] inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Sentences are looked at no further than this from the anchor a rule found:
// the phrases the rules read are short, and a bound keeps every rule linear
// in the size of the text even when a huge text has no full stop at all.
inline constexpr std::size_t max_sentence_bytes = 600;

// The end of the sentence containing `pos` (the position of `。;!?`, the end
// of the text, or max_sentence_bytes after `pos`).
[[nodiscard]] std::size_t sentence_end(std::string_view text, std::size_t pos);
// The start of the sentence containing `pos` (at most max_sentence_bytes before it).
[[nodiscard]] std::size_t sentence_start(std::string_view text, std::size_t pos);

// `needle` in text[from, to); npos when absent.
[[nodiscard]] std::size_t find_text(std::string_view text, std::string_view needle, std::size_t from = 0,
                                    std::size_t to = std::string_view::npos);
// The last `needle` starting in [from, to); npos when absent.
[[nodiscard]] std::size_t rfind_text(std::string_view text, std::string_view needle, std::size_t from, std::size_t to);

// True when `needle` occurs in [from, end of the sentence), at most
// `max_bytes` after `from`.
[[nodiscard]] bool find_in_sentence(std::string_view text, std::size_t from, std::string_view needle,
                                    std::size_t max_bytes = 60);

// True when `pos` is inside “…” or 《…》 within its sentence.
[[nodiscard]] bool inside_quotes(std::string_view text, std::size_t pos);

struct FoundNumber {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int64_t value = 0;   // × 10^scale
    int scale = 0;
    std::string_view unit;    // the word after the number, if one of the units asked for
};

// The first number (ASCII digits, optional `.digits`) in [from, end of the
// sentence) at most `max_bytes` after `from`, that is followed by one of
// `units` (any unit when `units` is empty). A number never runs over a
// source line start.
[[nodiscard]] std::optional<FoundNumber> number_after(const ProseText& prose, std::size_t from,
                                                      std::initializer_list<std::string_view> units,
                                                      std::size_t max_bytes = 60);

// The four-digit year ending at `end` (text[end] is `年`), if the digits
// before it are exactly four and start a number.
[[nodiscard]] std::optional<int> year_before(const ProseText& prose, std::size_t end);

}  // namespace nianbao
