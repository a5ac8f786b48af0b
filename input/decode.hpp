// Bytes → UTF-8 text. Rejects what is not text with the byte offset of the
// first offending byte, so a user can find it with a hex viewer.
//
// Which encoding is used, in this order:
//   1. the one forced by the caller (`--encoding`);
//   2. a byte-order mark: UTF-8, UTF-16 LE or UTF-16 BE;
//   3. the one the document declares (HTML `<meta charset>`), if the bytes
//      decode cleanly with it;
//   4. UTF-8 when the bytes are valid UTF-8;
//   5. GB18030 (the superset of GBK and GB2312, the default of Chinese
//      Windows) when the bytes decode cleanly as GB18030 — unless they are
//      mostly UTF-8 (valid multi-byte UTF-8 sequences outnumber the invalid
//      bytes ten to one): such a file is damaged UTF-8 and is reported at its
//      first invalid byte rather than read as GB18030 mojibake.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct DecodeOptions {
    std::optional<std::string> forced;    // an iconv name
    std::optional<std::string> declared;  // from the document itself
};

struct Decoded {
    std::string text;      // UTF-8 without byte-order mark
    std::string encoding;  // "utf-8", "gb18030", "utf-16le", "utf-16be", or the forced name in lower case
};

struct DecodeFailure {
    std::string reason;
    std::optional<std::size_t> offset;
};

// Returns the failure instead of throwing: batch callers report and go on.
// Takes the bytes over when they are the text already (UTF-8), and leaves
// them as they are when decoding fails.
[[nodiscard]] std::optional<DecodeFailure> decode_text(std::string&& bytes, Decoded& out,
                                                       const DecodeOptions& options = {});

// The name reported in `source.encoding` for an encoding label: lower case,
// `utf8` → `utf-8`, and the GB family (`gb2312`, `gbk`, `cp936`) → `gb18030`,
// whose decoder reads all of them.
[[nodiscard]] std::string canonical_encoding(std::string_view label);

}  // namespace nianbao
