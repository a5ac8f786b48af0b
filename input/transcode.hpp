// Character-set conversion to UTF-8 through glibc's iconv: the conversion
// tables are the C library's, none are kept here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct TranscodeFailure {
    std::string reason;
    std::size_t offset = 0;  // byte offset in the input of the first byte that does not convert
};

// Converts `bytes` from `encoding` (an iconv name) to UTF-8 into `out`.
[[nodiscard]] std::optional<TranscodeFailure> transcode_to_utf8(std::string_view bytes, const std::string& encoding,
                                                                std::string& out);

// Whether iconv knows the encoding.
[[nodiscard]] bool encoding_known(const std::string& encoding);

}  // namespace nianbao
