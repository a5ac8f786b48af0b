// Reports copied by mirror sites in traditional characters (W5,
// docs/forms.md#w5): converted to simplified with OpenCC's t2s tables before
// any later stage matches a word, and the pinyin glosses some mirrors put
// after a character (`鎮(zhèn)`) dropped.
//
// The conversion keeps every character's place: each traditional character
// becomes one simplified character of the same UTF-8 length, so spans in the
// converted text are spans in the original. Only dropping a gloss moves text;
// then the origin map (origin.hpp) gives the original line and column of each
// piece, as it does for a web page.
#pragma once

#include "input/frontend.hpp"

#include <cstddef>
#include <string_view>

namespace nianbao {

struct TraditionalText {
    std::size_t cjk = 0;          // CJK ideographs in the text
    std::size_t traditional = 0;  // of them, those OpenCC's t2s changes
};

// Counts the ideographs of `text` and the traditional-only ones among them.
[[nodiscard]] TraditionalText count_traditional(std::string_view text);

// A text is in traditional characters when at least one ideograph in ten is
// one that only traditional writing uses. Simplified reports have next to
// none (a quoted name at most); traditional copies a quarter or more, as
// common characters like 開, 請, 與, 機, 關 are traditional-only.
[[nodiscard]] bool is_traditional(const TraditionalText& counts);

// OpenCC's simplified form of one character (itself when it has none, or
// without OpenCC's data files).
[[nodiscard]] char32_t simplified_character(char32_t cp);

struct Simplification {
    bool converted = false;
    std::size_t glosses = 0;  // pinyin glosses dropped
};

// Converts `document` in place when its text is traditional; its origins are
// kept pointing into the original file. Without OpenCC's data files (a broken
// installation) the text is left as it is.
Simplification simplify_traditional(DocumentText& document);

}  // namespace nianbao
