#include "model/normalize.hpp"

#include "input/traditional.hpp"

#include "grammar/parse.hpp"
#include "input/utf8.hpp"
#include "model/memo.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <utility>

namespace nianbao {

namespace {


std::string nfkc_library(std::string_view text) {
    utf8proc_uint8_t* result = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &result,
                                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                    UTF8PROC_COMPAT));
    if (length < 0) return std::string(text);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(result, &std::free);
    return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
}

bool is_quote(char32_t cp) {
    return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == '"' || cp == '\'' ||
           cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F;
}

// The bad conversion `檔案` for 文件 seen in scraped copies (D17), also as
// OpenCC leaves it (`档案`). Characters are OpenCC's (input/traditional.hpp).
constexpr std::pair<std::string_view, std::string_view> traditional_words[] = {
    {"檔案", "文件"},
    {"档案", "文件"},
};

char32_t simplify(char32_t cp) { return cp < 0x4E00 ? cp : simplified_character(cp); }

std::string replace_traditional_words(std::string text) {
    for (const auto& [from, to] : traditional_words) {
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
            text.replace(pos, from.size(), to);
    }
    return text;
}

// `1、` `1．`(already `1.` after NFKC) `(1)` `1)` → `1.` at the start of a label.
std::string unify_leaf_enumerator(std::string_view text) {
    std::size_t digits = 0;
    const bool paren = text.starts_with('(');
    const std::size_t start = paren ? 1 : 0;
    while (start + digits < text.size() && text[start + digits] >= '0' && text[start + digits] <= '9') ++digits;
    if (digits == 0 || digits > 2) return std::string(text);
    const std::string number(text.substr(start, digits));
    const std::string_view rest = text.substr(start + digits);
    static constexpr std::string_view ideographic_comma = "、";
    if (paren && rest.starts_with(")")) return number + "." + std::string(rest.substr(1));
    if (paren) return std::string(text);
    if (rest.starts_with(ideographic_comma)) return number + "." + std::string(rest.substr(ideographic_comma.size()));
    if (rest.starts_with(")")) return number + "." + std::string(rest.substr(1));
    return std::string(text);
}

void drop_trailing_punctuation(std::string& text) {
    static constexpr std::string_view endings[] = {"。", ":", "；", ";", "："};
    for (bool dropped = true; dropped;) {
        dropped = false;
        for (const auto ending : endings) {
            if (std::string_view(text).ends_with(ending)) {
                text.resize(text.size() - ending.size());
                dropped = true;
            }
        }
    }
}

}  // namespace




std::string nfkc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (nfkc_stable(cp)) {
            out.append(text.substr(start, i - start));
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out.push_back(static_cast<char>(cp - 0xFEE0));  // full-width ASCII
        } else if (cp == 0x3000) {
            out.push_back(' ');
        } else {
            return nfkc_library(text);  // rare: let the library do all of it
        }
    }
    return out;
}

std::string leading_text(std::string_view text, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && count > 0;) {
        const std::size_t start = i;
        if (is_space_code_point(next_code_point(text, i))) continue;
        out.append(text.substr(start, i - start));
        --count;
    }
    return nfkc(out);
}

namespace {
TextMemo<std::string>& label_memo() {
    thread_local TextMemo<std::string> memo;
    return memo;
}
}  // namespace

std::string normalize_label(std::string_view text) {
    return label_memo().get(text, normalize_label_uncached);
}

std::string normalize_label_uncached(std::string_view text) {
    std::string label = nfkc(without_artifacts(text));
    std::string compact;
    compact.reserve(label.size());
    for (std::size_t i = 0; i < label.size();) {
        const char32_t cp = simplify(next_code_point(label, i));
        if (!is_space_code_point(cp) && !is_quote(cp)) append_code_point(compact, cp);
    }
    compact = replace_traditional_words(std::move(compact));
    compact = unify_leaf_enumerator(compact);
    drop_trailing_punctuation(compact);
    return compact;
}

}  // namespace nianbao
