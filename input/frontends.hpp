// The individual front-ends behind read_document (frontend.hpp). Each throws
// InputError naming the file when it finds no report text.
#pragma once

#include "input/frontend.hpp"

#include <string>
#include <string_view>

namespace nianbao::frontends {

// Already decoded UTF-8 text of a web page. `limits`: the nesting depth
// (web pages, .docx) and the size of what is unpacked (.docx, PDF).
[[nodiscard]] DocumentText read_html(const std::string& path, std::string html, std::string encoding,
                                     const InputLimits& limits);
[[nodiscard]] DocumentText read_docx(const std::string& path, std::string_view bytes, const InputLimits& limits);
[[nodiscard]] DocumentText read_pdf(const std::string& path, std::string_view bytes, const InputLimits& limits);

// The `charset` a web page declares in a `<meta>` element within its first
// bytes (the HTML prescan), if any.
[[nodiscard]] std::optional<std::string> declared_charset(std::string_view bytes);

// Whether the start of `text` (bytes or decoded) is HTML markup.
[[nodiscard]] bool looks_like_html(std::string_view text);

}  // namespace nianbao::frontends
