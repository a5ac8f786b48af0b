// Label normalisation, FORMAT.md §6.3 steps 1–7. The original text is kept by
// the callers; only matching uses the normalised form.
#pragma once

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

// Removes `[bookmark: …]` converter artefacts; returns how many were removed.
std::size_t strip_artifacts(std::string& text);

// White space of any kind (ASCII, NBSP, U+3000, zero-width) removed.
[[nodiscard]] std::string remove_spaces(std::string_view text);

// The first `count` code points of `text` that are not white space, NFKC
// folded: how a line begins, without normalising all of it.
[[nodiscard]] std::string leading_text(std::string_view text, std::size_t count);

// Trims ASCII and Unicode spaces at both ends.
[[nodiscard]] std::string_view trim_spaces(std::string_view text);

// Number of Unicode code points in UTF-8 text.
[[nodiscard]] std::size_t code_point_count(std::string_view text);
// Decodes the code point at text[i] (text is valid UTF-8); advances i.
// Inline: the prose of a report is decoded character by character.
[[nodiscard]] inline char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return text[i++];
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
    i += length;
    return cp;
}

}  // namespace nianbao
