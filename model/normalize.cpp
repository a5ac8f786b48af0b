#include "model/normalize.hpp"

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

// Traditional characters of the label vocabulary (D17), and the bad
// conversion `檔案` for 文件 seen in scraped copies.
constexpr std::pair<std::string_view, std::string_view> traditional_words[] = {
    {"檔案", "文件"},
};
constexpr std::pair<char32_t, char32_t> traditional_chars[] = {
    {U'條', U'条'}, {U'項', U'项'}, {U'規', U'规'}, {U'範', U'范'}, {U'資', U'资'}, {U'訊', U'讯'},
    {U'內', U'内'}, {U'處', U'处'}, {U'罰', U'罚'}, {U'強', U'强'}, {U'製', U'制'}, {U'廢', U'废'},
    {U'現', U'现'}, {U'決', U'决'}, {U'數', U'数'}, {U'費', U'费'}, {U'單', U'单'}, {U'萬', U'万'},
    {U'許', U'许'}, {U'請', U'请'}, {U'專', U'专'}, {U'來', U'来'}, {U'與', U'与'}, {U'總', U'总'},
    {U'計', U'计'}, {U'結', U'结'}, {U'轉', U'转'}, {U'辦', U'办'}, {U'開', U'开'}, {U'關', U'关'},
    {U'務', U'务'}, {U'機', U'机'}, {U'構', U'构'}, {U'會', U'会'}, {U'組', U'组'}, {U'織', U'织'},
    {U'師', U'师'}, {U'際', U'际'}, {U'復', U'复'}, {U'議', U'议'}, {U'訴', U'诉'}, {U'訟', U'讼'},
    {U'維', U'维'}, {U'糾', U'纠'}, {U'審', U'审'}, {U'經', U'经'}, {U'後', U'后'}, {U'國', U'国'},
    {U'險', U'险'}, {U'穩', U'稳'}, {U'護', U'护'}, {U'權', U'权'}, {U'類', U'类'}, {U'過', U'过'},
    {U'執', U'执'}, {U'詢', U'询'}, {U'補', U'补'}, {U'確', U'确'}, {U'訪', U'访'}, {U'舉', U'举'},
    {U'報', U'报'}, {U'複', U'复'}, {U'無', U'无'}, {U'當', U'当'}, {U'為', U'为'}, {U'額', U'额'},
    {U'繳', U'缴'}, {U'納', U'纳'}, {U'徵', U'征'}, {U'採', U'采'}, {U'購', U'购'}, {U'體', U'体'},
    {U'業', U'业'}, {U'學', U'学'}, {U'個', U'个'}, {U'況', U'况'}, {U'據', U'据'}, {U'進', U'进'},
    {U'應', U'应'}, {U'標', U'标'}, {U'準', U'准'}, {U'實', U'实'}, {U'對', U'对'}, {U'門', U'门'},
    {U'係', U'系'}, {U'於', U'于'}, {U'屬', U'属'}, {U'題', U'题'}, {U'問', U'问'},
    {U'爲', U'为'}, {U'減', U'减'}, {U'動', U'动'}, {U'區', U'区'}, {U'發', U'发'}, {U'沒', U'没'},
    {U'祕', U'秘'}, {U'繼', U'继'}, {U'續', U'续'}, {U'獲', U'获'}, {U'穫', U'获'}, {U'認', U'认'},
    {U'這', U'这'},
};

char32_t simplify(char32_t cp) {
    if (cp < 0x4E00) return cp;
    static const auto sorted = [] {
        std::array<std::pair<char32_t, char32_t>, std::size(traditional_chars)> table{};
        std::copy(std::begin(traditional_chars), std::end(traditional_chars), table.begin());
        std::sort(table.begin(), table.end());
        return table;
    }();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), std::pair<char32_t, char32_t>{cp, 0});
    return it != sorted.end() && it->first == cp ? it->second : cp;
}

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
