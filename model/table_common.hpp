// Helpers the three table builders share: reporting how a label matched,
// reading a placed row of cells, and the per-table VAL-BLANK summary.
#pragma once

#include "model/cell_reader.hpp"
#include "model/emitter.hpp"
#include "model/model.hpp"
#include "model/table_cells.hpp"
#include "model/vocabulary.hpp"

#include <string_view>
#include <vector>

namespace nianbao {

// P-LABEL-ANNOTATED / P-LABEL-FUZZY for a label that matched inexactly.
void report_label_match(const LabelMatch& match, const ClassifiedCell& cell, Emitter& emit);

// Reads placed cells into model cells; blank ones are collected for VAL-BLANK.
class CellCollector {
public:
    explicit CellCollector(Emitter& emit) : emit_(emit) {}

    Cell read(const ClassifiedCell& cell, const CellSlot& slot);
    // The same into a cell of the model, without a temporary.
    void read_into(Cell& out, const ClassifiedCell& cell, const CellSlot& slot);
    [[nodiscard]] Cell absent(ByteRange where) const;
    // One VAL-BLANK for the whole table, with a note per row naming its
    // blank cells (at the row's first blank cell): a table of blank zeros is
    // one finding of a few lines, not one per cell.
    void report_blanks(std::string_view table_name);

private:
    Emitter& emit_;
    std::vector<std::pair<Span, CellSlot>> blanks_;
};

[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);

// The values of a row kept as an extra row: read as counts where they are
// numbers, without diagnostics (extra rows are never checked).
[[nodiscard]] std::vector<Cell> read_extra_values(std::span<const ClassifiedCell> values, Emitter& emit);

}  // namespace nianbao
