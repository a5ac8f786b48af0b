// A document cut short (docs/forms.md#w11): a page saved half-way ends inside
// a section or a table. What is there is kept; the cut table is null; the
// sections after the cut are not reported missing.
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"

namespace nianbao {

// Sets Report::truncated_in and emits P-TRUNCATED at the last line when the
// text ends inside a sentence of a section before 六, with no closing block.
void detect_truncation(Report& report, Emitter& emit);

}  // namespace nianbao
