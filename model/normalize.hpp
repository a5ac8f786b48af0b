// Label normalisation, docs/forms.md#normalisation. The original text is kept by
// the callers; only matching uses the normalised form.
#pragma once

#include "input/utf8.hpp"

#include <string>
#include <string_view>

namespace nianbao {

// Steps 1–6 (+7 for the label vocabulary): artefacts stripped, NFKC, all
// white space and quotes deleted, leaf enumerators unified to `1.`, trailing
// `。：:；;` dropped, traditional characters of the label vocabulary mapped.
[[nodiscard]] std::string normalize_label(std::string_view text);
[[nodiscard]] std::string normalize_label_uncached(std::string_view text);  // the same, without the memo

// NFKC alone (full-width ASCII and ideographic space folded quickly; anything
// else unusual goes through utf8proc).
[[nodiscard]] std::string nfkc(std::string_view text);
// Code points NFKC is known to leave alone (ASCII, CJK ideographs, the usual
// CJK punctuation); false does not mean NFKC changes it. Inline: asked of
// every character of the prose.
[[nodiscard]] inline bool nfkc_stable(char32_t cp) {
    if (cp < 0x80) return true;
    if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
    if (cp >= 0x3001 && cp <= 0x3003) return true;   // 、。〃
    if (cp >= 0x3008 && cp <= 0x3011) return true;   // 〈〉《》「」『』【】
    if (cp >= 0x3014 && cp <= 0x301B) return true;   // 〔〕〖〗〘〙〚〛
    return cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D || cp == 0x2014;
}

// The first `count` code points of `text` that are not white space, NFKC
// folded: how a line begins, without normalising all of it.
[[nodiscard]] std::string leading_text(std::string_view text, std::size_t count);

}  // namespace nianbao
