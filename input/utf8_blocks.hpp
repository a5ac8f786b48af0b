// Whether a text is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), sixteen bytes at a time where the
// processor can (SSSE3). It answers only yes or no; where the first bad byte
// is, decode.cpp finds byte by byte, once, for a text that has one.
#pragma once

#include <optional>
#include <string_view>

namespace nianbao {

// True or false; nothing when this processor has no block check, and the
// caller checks byte by byte.
[[nodiscard]] std::optional<bool> utf8_valid_by_blocks(std::string_view text);

}  // namespace nianbao
