// Phase 2b: table regions of the syntax tree → the typed tables of the model.
#pragma once

#include "emitter.hpp"
#include "model.hpp"
#include "table_cells.hpp"

#include <vector>

namespace nianbao {

// Which fixed table a region is, from the labels it contains.
[[nodiscard]] TableKind classify_table(const std::vector<ClassifiedRow>& rows);

[[nodiscard]] T2Table build_t2(const syntax::Table& table, const std::vector<ClassifiedRow>& rows,
                               Emitter& emit);
[[nodiscard]] T3Table build_t3(const syntax::Table& table, const std::vector<ClassifiedRow>& rows,
                               Emitter& emit);
[[nodiscard]] T4Table build_t4(const syntax::Table& table, const std::vector<ClassifiedRow>& rows,
                               Emitter& emit);

}  // namespace nianbao
