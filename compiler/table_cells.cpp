#include "table_cells.hpp"

#include "cell_reader.hpp"
#include "normalize.hpp"

#include <algorithm>

namespace nianbao {

std::size_t ClassifiedRow::value_count() const {
    return static_cast<std::size_t>(
        std::count_if(cells.begin(), cells.end(), [](const ClassifiedCell& c) { return c.is_value(); }));
}

std::vector<ClassifiedRow> classify_rows(const syntax::Table& table) {
    std::vector<ClassifiedRow> rows;
    rows.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        ClassifiedRow classified{&row, {}};
        classified.cells.reserve(row.cells.size());
        for (const auto& cell : row.cells) {
            ClassifiedCell c{&cell, CellClass::empty, {}};
            switch (classify_cell_text(cell.text)) {
                case CellText::empty: break;
                case CellText::number: c.kind = CellClass::number; break;
                case CellText::placeholder: c.kind = CellClass::placeholder; break;
                case CellText::text:
                    c.kind = CellClass::text;
                    c.normalized = normalize_label(cell.text);
                    break;
            }
            classified.cells.push_back(std::move(c));
        }
        // A pipe row that ends with a bar has an empty cell after it that is not a cell.
        if (row.form == syntax::RowForm::pipe && !classified.cells.empty() &&
            classified.cells.back().kind == CellClass::empty)
            classified.cells.pop_back();
        rows.push_back(std::move(classified));
    }
    return rows;
}

std::optional<std::vector<const ClassifiedCell*>> place_values(std::span<const ClassifiedCell> candidates,
                                                              std::size_t count) {
    std::vector<std::size_t> filled;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].kind != CellClass::empty) filled.push_back(i);

    std::vector<const ClassifiedCell*> placed;
    if (filled.size() == count) {
        for (const std::size_t i : filled) placed.push_back(&candidates[i]);
        return placed;
    }
    if (filled.size() > count || candidates.size() < count) return std::nullopt;

    // Fewer filled cells than slots: some are blank. Every window of `count`
    // consecutive cells that holds all filled ones is a possible placement.
    // Two windows put the filled cells in different columns, so the row is
    // placed only when there is one window, or when nothing is filled at all.
    std::vector<std::size_t> windows;
    for (std::size_t start = 0; start + count <= candidates.size(); ++start) {
        if (filled.empty() || (filled.front() >= start && filled.back() < start + count))
            windows.push_back(start);
    }
    if (windows.empty() || (windows.size() > 1 && !filled.empty())) return std::nullopt;
    const std::size_t chosen = windows.front();
    for (std::size_t i = 0; i < count; ++i) placed.push_back(&candidates[chosen + i]);
    return placed;
}

}  // namespace nianbao
