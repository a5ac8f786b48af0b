// The inline style sheets of the HTML pages: the look of a printed report
// (公文 fonts, ruled tables, A4 print), and the overlay's colours — on screen
// when the overlay is on, in print only when it was asked for.
#pragma once

#include <string>

namespace nianbao::html {

[[nodiscard]] const std::string& report_css();
[[nodiscard]] const std::string& index_css();

}  // namespace nianbao::html
