// A table region's cells, classified once: empty, number, placeholder or text
// (with its normalised form), and the placement of a row's value cells.
#pragma once

#include "grammar/parse.hpp"
#include "model/vocabulary.hpp"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nianbao {

enum class CellClass { empty, number, placeholder, text };

struct ClassifiedCell {
    const syntax::Cell* cell = nullptr;
    CellClass kind = CellClass::empty;
    const Label* label = nullptr;          // text cells only: the normalised label
    std::string_view normalized;           // label->text()
    std::shared_ptr<const Label> owned;    // holds `label` when the per-thread memo is full

    [[nodiscard]] bool is_value() const { return kind == CellClass::number || kind == CellClass::placeholder; }
};

struct ClassifiedRow {
    const syntax::Row* row = nullptr;
    std::vector<ClassifiedCell> cells;

    [[nodiscard]] std::size_t value_count() const;
};

[[nodiscard]] std::vector<ClassifiedRow> classify_rows(const syntax::Table& table);

// The value cells of a row, one per slot of its schema (at most 15: T4).
struct Placement {
    static constexpr std::size_t capacity = 16;
    std::array<const ClassifiedCell*, capacity> cells{};
    std::size_t count = 0;
    const ClassifiedCell& operator[](std::size_t i) const { return *cells[i]; }
};

// Places a row's value cells into `count` slots (docs/forms.md#t1: by numeric-cell
// count, never by absolute column). Blank cells are placed only where that is
// unambiguous; otherwise there is no placement (P-CELL-COUNT).
// `grid_start`: where the table's grid puts the row's values (value_grid),
// as an index into `candidates`; it decides between placements only.
[[nodiscard]] std::optional<Placement> place_values(std::span<const ClassifiedCell> candidates,
                                                   std::size_t count,
                                                   std::optional<std::size_t> grid_start = std::nullopt);

// Where a table's value columns stand, when its rows show it — a converter
// that writes each merged label cell as an empty field makes every row as
// wide as the grid (table_cells.cpp: a rectangular grid whose values reach
// both edges of the value columns, or full rows that all agree).
struct ValueGrid {
    std::size_t fields = 0;  // of the whole row, labels included
    std::size_t first = 0;   // the field of the first value
    // For a row of `fields` fields whose values span starts at field
    // `values_at`: the grid's start as an index into that span.
    [[nodiscard]] std::optional<std::size_t> start_in(const ClassifiedRow& row, std::size_t values_at) const;
};
[[nodiscard]] std::optional<ValueGrid> value_grid(std::span<const ClassifiedRow* const> rows, std::size_t count);

}  // namespace nianbao
