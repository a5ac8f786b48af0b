// Title, agency, year and publication date where the report has no title
// line (docs/forms.md#w2, #w3): crawler metadata (`标题:`, `发布时间:`), a
// title-shaped phrase of the preamble, the statistics period.
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"

namespace nianbao {

// After read_metadata (it needs the statistics periods). Emits P-META-INFERRED
// for each fact taken from somewhere other than a title.
void infer_metadata(Report& report, Emitter& emit);

}  // namespace nianbao
