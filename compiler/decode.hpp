// Bytes → UTF-8 text. Rejects what is not text with the byte offset of the
// first offending byte, so a user can find it with a hex viewer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace nianbao {

struct Decoded {
    std::string text;      // UTF-8 without byte-order mark
    std::string encoding;  // "utf-8"
};

struct DecodeFailure {
    std::string reason;
    std::optional<std::size_t> offset;
};

// Returns the failure instead of throwing: batch callers report and go on.
[[nodiscard]] std::optional<DecodeFailure> decode_text(std::string bytes, Decoded& out);

// Offset of the first byte that is not part of well-formed UTF-8, if any.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace nianbao
