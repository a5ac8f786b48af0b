// The lines that show where a report is inside a web page full of other
// text: its title and its six section headings, recognised by the same
// grammar rules the parser uses.
#pragma once

#include <string_view>

namespace nianbao::frontends {

// 1..6 when the line is a top-level section heading, else 0.
[[nodiscard]] int section_heading_number(std::string_view line);

// `〈机关〉〈Y〉年政府信息公开工作年度报告` on one line.
[[nodiscard]] bool is_title_line(std::string_view line);
// `〈Y〉年政府信息公开工作年度报告` (the second line of a two-line title).
[[nodiscard]] bool is_title_year_line(std::string_view line);

}  // namespace nianbao::frontends
