// Backends of `nianbao diff` (docs/diff.md): the comparison of two reports
// as text for a terminal, as JSON (`"schema": "nianbao-diff/1"`,
// schema/nianbao-diff-1.schema.json) and as a standalone HTML page with the
// two reports side by side.
#pragma once

#include "model/compare.hpp"
#include "model/diagnostic.hpp"

#include <string>

namespace nianbao {

[[nodiscard]] std::string render_diff_text(const ReportDiff& diff, Lang lang);
[[nodiscard]] std::string render_diff_json(const ReportDiff& diff);
[[nodiscard]] std::string render_diff_html(const ReportDiff& diff);

// `一` … `六` for a section, `前言`/`preamble` for part 0.
[[nodiscard]] std::string part_name(int part, Lang lang);

}  // namespace nianbao
