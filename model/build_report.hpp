// Syntax tree → the Report model: title, preamble, sections with their blocks
// and tables, closing block and the metadata read from the prose.
#pragma once

#include "input/source.hpp"
#include "model/model.hpp"

namespace nianbao {

// Parses the source (grammar/parse.hpp) and builds its model, with the
// diagnostics of reading it (P-*, VAL-*). Never throws for text input: what
// cannot be read becomes diagnostics and null cells. The lint checks are a
// pass of their own (lint/lint.hpp).
[[nodiscard]] Report build_report(const Source& source);

}  // namespace nianbao
