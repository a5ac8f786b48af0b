// UTF-8, the encoding every stage after the front-ends reads (they decode
// everything else first): code points decoded and encoded, counted, checked
// for well-formedness (RFC 3629), and white space of every kind.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

[[nodiscard]] constexpr bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the sequence a lead byte starts, in well-formed text.
[[nodiscard]] constexpr std::size_t sequence_length(unsigned char lead) {
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

// Decodes the code point at text[i] (well-formed text); advances i past it.
[[nodiscard]] inline char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) return text[i++];
    const std::size_t length = sequence_length(lead);
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return cp;
}

void append_code_point(std::string& out, char32_t cp);

[[nodiscard]] std::size_t code_point_count(std::string_view text);

// The first `count` code points of `text` with its line ends dropped, and `…`
// when that cut it: a passage quoted on one line.
[[nodiscard]] std::string one_line_excerpt(std::string_view text, std::size_t count);

// Where the code point holding byte `i` starts.
[[nodiscard]] std::size_t code_point_start(std::string_view text, std::size_t i);

// The length of the well-formed sequence at text[at], or 0 where none starts
// (no overlong forms, no surrogates, nothing above U+10FFFF).
[[nodiscard]] std::size_t well_formed_length(std::string_view text, std::size_t at);

// Offset of the first byte that starts no well-formed sequence, if any.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Each byte that starts no well-formed sequence replaced by U+FFFD, for text
// a library hands over that should be UTF-8 but need not be (a PDF's own
// character maps).
[[nodiscard]] std::string replace_invalid_utf8(std::string_view text);

// ASCII white space, NBSP, U+3000, the zero-width and other Unicode spaces,
// an inline byte-order mark.
[[nodiscard]] bool is_space_code_point(char32_t cp);

// White space of any kind trimmed at both ends, or removed everywhere.
[[nodiscard]] std::string_view trim_spaces(std::string_view text);
[[nodiscard]] std::string remove_spaces(std::string_view text);

}  // namespace nianbao
