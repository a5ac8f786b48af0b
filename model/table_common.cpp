#include "model/table_common.hpp"

#include "model/cell_names.hpp"
#include "model/parse_rules.hpp"

namespace nianbao {

void report_label_match(const LabelMatch& match, const ClassifiedCell& cell, Emitter& emit) {
    if (match.quality == MatchQuality::exact) return;
    const RuleDef& rule =
        match.quality == MatchQuality::annotated ? rules::p_label_annotated : rules::p_label_fuzzy;
    emit.emit(rule, cell.cell->range, cell.cell->text, match.canonical);
}

Cell CellCollector::read(const ClassifiedCell& cell, const CellSlot& slot) {
    Cell out;
    read_into(out, cell, slot);
    return out;
}

void CellCollector::read_into(Cell& out, const ClassifiedCell& cell, const CellSlot& slot) {
    out.span = emit_.span(cell.cell->range);
    // Most cells are plain counts: read in place, without a temporary.
    if (read_plain_count(cell.cell->text, slot, out.content)) return;
    out.content = read_cell(cell.cell->text, slot, out.span, emit_);
    if (boost::variant2::holds_alternative<Blank>(out.content)) blanks_.emplace_back(out.span, slot);
}

Cell CellCollector::absent(ByteRange where) const {
    return Cell{Absent{}, emit_.span(where)};
}

void CellCollector::report_blanks(std::string_view table_name) {
    if (blanks_.empty()) return;
    Diagnostic& diagnostic = emit_.emit(rules::val_blank, blanks_.front().first, nianbao::table_name(table_name),
                                        blanks_.size());
    for (std::size_t i = 0; i < blanks_.size();) {
        const CellSlot& first = blanks_[i].second;
        std::vector<std::string_view> columns;
        std::size_t j = i;
        // A T4 cell is a row of its own in the model: its group (行政复议 …)
        // is the row a person sees.
        const bool t4 = first.column.empty();
        const auto same_row = [&](const CellSlot& slot) {
            return t4 ? t4_group(slot.row) == t4_group(first.row) : slot.row == first.row;
        };
        for (; j < blanks_.size() && same_row(blanks_[j].second); ++j)
            columns.push_back(t4 ? blanks_[j].second.row : blanks_[j].second.column);
        const Message name = t4 ? t4_cells_name(columns) : row_cells_name(first.table, first.layout, first.row, columns);
        Emitter::note(diagnostic, blanks_[i].first, "{0}为空", "{0}: blank", name);
        i = j;
    }
    blanks_.clear();
}

std::vector<Cell> read_extra_values(std::span<const ClassifiedCell> values, Emitter& emit) {
    std::vector<Diagnostic> ignored;
    Emitter quiet(emit.source(), ignored);
    std::vector<Cell> cells;
    const CellSlot slot{ValueKind::signed_count, {}, false, "", "", ""};
    for (const auto& value : values) {
        if (value.kind == CellClass::empty) continue;
        const Span where = emit.span(value.cell->range);
        cells.push_back({read_cell(value.cell->text, slot, where, quiet), where});
    }
    return cells;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

}  // namespace nianbao
