// Phase 2a: syntax tree → the report's prose model (title, preamble,
// sections, closing), with the tables of each section built on the way.
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"
#include "grammar/syntax_tree.hpp"

#include <memory>

namespace nianbao {

// Builds the model fed a section at a time by parse_streaming.
// `holds_last_section`: the document's closing block is looked for at the end
// of the last section (false for all but the last part of a large input).
[[nodiscard]] std::unique_ptr<syntax::DocumentSink> document_sink(Report& report, Emitter& emit,
                                                                  bool holds_last_section = true);

// Statistics period and cited notice, from the preamble and section 一.
void read_metadata(Report& report);

// Metadata read from the prose (FORMAT.md §1.3).
[[nodiscard]] std::optional<int> find_period_year(std::string_view text);
[[nodiscard]] std::optional<std::string> find_declared_format(std::string_view text);
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);

}  // namespace nianbao
