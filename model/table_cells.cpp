#include "model/table_cells.hpp"

#include "model/table_tokens.hpp"

#include "model/cell_reader.hpp"
#include "model/memo.hpp"
#include "model/normalize.hpp"

#include <algorithm>

namespace nianbao {

std::size_t ClassifiedRow::value_count() const {
    return static_cast<std::size_t>(
        std::count_if(cells.begin(), cells.end(), [](const ClassifiedCell& c) { return c.is_value(); }));
}

namespace {

// The label of a cell text, normalised and with the vocabulary answers it
// has collected; nullptr when the per-thread memo is full.
const Label* memoised_label(std::string_view text) {
    thread_local TextMemo<Label> labels;
    return labels.find_or_add(text, [](std::string_view t) { return Label(normalize_label_uncached(t)); });
}

}  // namespace

std::vector<ClassifiedRow> classify_rows(const syntax::Table& table) {
    std::vector<ClassifiedRow> rows;
    rows.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        ClassifiedRow classified{&row, {}};
        classified.cells.reserve(row.cells.size());
        for (const auto& cell : row.cells) {
            ClassifiedCell c;
            c.cell = &cell;
            switch (classify_cell_text(cell.text)) {
                case CellText::empty: break;
                case CellText::number: c.kind = CellClass::number; break;
                case CellText::placeholder: c.kind = CellClass::placeholder; break;
                case CellText::text:
                    c.kind = CellClass::text;
                    c.label = memoised_label(cell.text);
                    if (!c.label) {
                        c.owned = std::make_shared<const Label>(normalize_label_uncached(cell.text));
                        c.label = c.owned.get();
                    }
                    c.normalized = c.label->text();
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

namespace {

// A cell holding only no-break or ideographic spaces is a blank value cell
// copied from a web page (`&nbsp;`, W10): it keeps its place, where an empty
// field may be a merge artefact.
bool is_explicit_blank(const ClassifiedCell& cell) {
    return cell.kind == CellClass::empty && cell.cell && is_wide_space_blank(cell.cell->text);
}

}  // namespace

namespace {

// Every row has the same number of fields, its labels before the last
// `count` fields and its values in them, and values stand in the first and in
// the last of those fields: a rectangular grid whose value columns the
// values themselves show (an extra empty field at every row's end, or a
// column left blank throughout, shows no such edge).
std::optional<ValueGrid> rectangular_grid(std::span<const ClassifiedRow* const> rows, std::size_t count) {
    if (rows.empty() || rows.front()->cells.size() <= count) return std::nullopt;
    const std::size_t fields = rows.front()->cells.size(), first = fields - count;
    bool left_edge = false, right_edge = false;
    for (const ClassifiedRow* row : rows) {
        if (row->cells.size() != fields) return std::nullopt;
        for (std::size_t i = 0; i < fields; ++i) {
            const ClassifiedCell& cell = row->cells[i];
            if (i < first ? cell.is_value() : cell.kind == CellClass::text) return std::nullopt;
        }
        left_edge = left_edge || row->cells[first].is_value();
        right_edge = right_edge || row->cells[fields - 1].is_value();
    }
    return left_edge && right_edge ? std::optional<ValueGrid>(ValueGrid{fields, first}) : std::nullopt;
}

// The rows whose values are all filled, side by side, have the same number
// of fields and their first value in the same field (two rows at least).
std::optional<ValueGrid> full_rows_grid(std::span<const ClassifiedRow* const> rows, std::size_t count) {
    std::optional<ValueGrid> grid;
    std::size_t full_rows = 0;
    for (const ClassifiedRow* row : rows) {
        if (row->value_count() != count) continue;
        std::size_t first = 0;
        while (first < row->cells.size() && !row->cells[first].is_value()) ++first;
        if (first + count > row->cells.size()) return std::nullopt;
        for (std::size_t i = first; i < first + count; ++i)
            if (!row->cells[i].is_value()) return std::nullopt;  // not side by side
        const ValueGrid here{row->cells.size(), first};
        if (grid && (grid->fields != here.fields || grid->first != here.first)) return std::nullopt;
        grid = here;
        ++full_rows;
    }
    return full_rows >= 2 ? grid : std::nullopt;
}

}  // namespace

std::optional<ValueGrid> value_grid(std::span<const ClassifiedRow* const> rows, std::size_t count) {
    if (auto grid = rectangular_grid(rows, count)) return grid;
    return full_rows_grid(rows, count);
}

std::optional<std::size_t> ValueGrid::start_in(const ClassifiedRow& row, std::size_t values_at) const {
    if (row.cells.size() != fields || first < values_at) return std::nullopt;
    return first - values_at;
}

std::optional<Placement> place_values(std::span<const ClassifiedCell> candidates, std::size_t count,
                                      std::optional<std::size_t> grid_start) {
    if (count > Placement::capacity) return std::nullopt;
    std::size_t filled = 0, first = candidates.size(), last = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].kind == CellClass::empty) continue;
        ++filled;
        first = std::min(first, i);
        last = i;
    }
    Placement placed;
    placed.count = count;
    if (filled == count) {
        std::size_t slot = 0;
        for (const auto& cell : candidates)
            if (cell.kind != CellClass::empty) placed.cells[slot++] = &cell;
        return placed;
    }
    if (filled > count || candidates.size() < count) return std::nullopt;

    // Fewer filled cells than slots: some are blank. Every window of `count`
    // consecutive cells that holds all filled ones is a possible placement.
    // Two windows put the filled cells in different columns, so the row is
    // placed only when there is one window, or when nothing is filled at all.
    std::size_t windows = 0, chosen = 0;
    for (std::size_t start = 0; start + count <= candidates.size(); ++start) {
        if (filled == 0 || (first >= start && last < start + count)) {
            if (windows++ == 0) chosen = start;
        }
    }
    if (windows > 1 && filled > 0) {
        // Of several windows, the one that also holds every `&nbsp;` cell.
        std::size_t blank_first = candidates.size(), blank_last = 0;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (is_explicit_blank(candidates[i])) {
                blank_first = std::min(blank_first, i);
                blank_last = i;
            }
        if (blank_first < candidates.size()) {
            const std::size_t lo = std::min(first, blank_first), hi = std::max(last, blank_last);
            windows = 0;
            for (std::size_t start = 0; start + count <= candidates.size(); ++start)
                if (lo >= start && hi < start + count && windows++ == 0) chosen = start;
        }
    }
    if (windows > 1 && filled > 0 && grid_start && *grid_start + count <= candidates.size() &&
        first >= *grid_start && last < *grid_start + count) {
        windows = 1;  // the window the table's full rows show
        chosen = *grid_start;
    }
    if (windows == 0 || (windows > 1 && filled > 0)) return std::nullopt;
    for (std::size_t i = 0; i < count; ++i) placed.cells[i] = &candidates[chosen + i];
    return placed;
}

}  // namespace nianbao
