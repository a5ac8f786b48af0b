// Phase 2a: syntax tree → the report's prose model (title, preamble,
// sections, closing), with the tables of each section built on the way.
#pragma once

#include "emitter.hpp"
#include "model.hpp"
#include "syntax_tree.hpp"

namespace nianbao {

void build_document(const syntax::Document& document, Report& report, Emitter& emit);

// Metadata read from the prose (FORMAT.md §1.3).
[[nodiscard]] std::optional<int> find_period_year(std::string_view text);
[[nodiscard]] std::optional<std::string> find_declared_format(std::string_view text);
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);

}  // namespace nianbao
