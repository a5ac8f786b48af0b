// Phase 2b: table regions of the syntax tree → the typed tables of the model.
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"
#include "model/table_cells.hpp"

#include <vector>

namespace nianbao {

// Which fixed table a region is, from the labels it contains.
[[nodiscard]] TableKind classify_table(const std::vector<ClassifiedRow>& rows);

// `range` spans the table's rows; they may come from several regions of one
// section (a table interrupted by a page footer or a stray line).
[[nodiscard]] T2Table build_t2(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit);
[[nodiscard]] T3Table build_t3(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit);
[[nodiscard]] T4Table build_t4(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit);

}  // namespace nianbao
