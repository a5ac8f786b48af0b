// T4 (docs/tables.md#t4): a header over up to three rows, then 15 values on one
// line, on 15 cell lines, or spread over several rows (T18).
#include "model/cell_names.hpp"
#include "model/parse_rules.hpp"
#include "model/table_common.hpp"
#include "model/table_vocabulary.hpp"
#include "model/tables.hpp"

#include <algorithm>

namespace nianbao {

namespace {

bool is_header_row(const ClassifiedRow& row) {
    const auto& vocabulary = table_vocabularies().t4_header;
    for (const auto& cell : row.cells) {
        if (cell.kind != CellClass::text) continue;
        if (const auto match = vocabulary.match(*cell.label)) return true;
    }
    return false;
}

}  // namespace

T4Table build_t4(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit) {
    T4Table out;
    out.span = emit.span(range);

    std::size_t first_value_row = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (is_header_row(rows[i])) first_value_row = i + 1;
    // Header words wrapped onto lines of their own (`维持 纠正 …` under
    // `结果 结果 …` in PDF text) carry no value.
    while (first_value_row < rows.size() && rows[first_value_row].value_count() == 0 &&
           std::any_of(rows[first_value_row].cells.begin(), rows[first_value_row].cells.end(),
                       [](const ClassifiedCell& c) { return c.kind == CellClass::text; }))
        ++first_value_row;

    // The value cells: every cell after the header, less a leading row label.
    std::vector<ClassifiedCell> values;
    ByteRange values_range{range.end(), 0};
    for (std::size_t i = first_value_row; i < rows.size(); ++i) {
        const auto& cells = rows[i].cells;
        std::size_t first = 0;
        while (first < cells.size() && cells[first].kind == CellClass::text && rows[i].value_count() > 0) ++first;
        if (values.empty()) values_range.set_offset(rows[i].row->range.offset());
        values_range.set_length(rows[i].row->range.end() - values_range.offset());
        values.insert(values.end(), cells.begin() + static_cast<std::ptrdiff_t>(first), cells.end());
    }

    CellCollector collector(emit);
    const auto placed = place_values(values, t4_cell_count);
    const auto specs = t4_cells();
    if (!placed) {
        std::size_t filled = 0;
        for (const auto& cell : values) filled += cell.kind == CellClass::empty ? 0 : 1;
        emit.emit(rules::p_cell_count, values.empty() ? range : values_range, table_name("T4"), filled,
                  t4_cell_count);
        out.cells.fill(collector.absent(values.empty() ? range : values_range));
        return out;
    }
    for (std::size_t i = 0; i < t4_cell_count; ++i) {
        const CellSlot slot{ValueKind::count, {}, false, "T4", specs[i].key, {}};
        out.cells[i] = collector.read((*placed)[i], slot);
    }
    collector.report_blanks("T4");
    return out;
}

}  // namespace nianbao
