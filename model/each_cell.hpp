// Every value cell of a report under its key (docs/tables.md): T2 row and
// field, T3 row and column, T4 key (column empty), in the layout's order.
// For the comparisons and the backends that list cells one by one.
#pragma once

#include "model/model.hpp"

#include <string_view>

namespace nianbao {

// visit(table, row, column, cell) with table "T2" | "T3" | "T4".
template <typename Visit>
void for_each_value_cell(const Report& r, Visit&& visit) {
    if (r.t2)
        for (const auto& row : r.t2->rows) {
            const T2RowSpec* spec = find_t2_row(r.t2->layout, row.key);
            for (std::size_t f = 0; spec && f < spec->fields.size() && f < row.cells.size(); ++f)
                visit(std::string_view("T2"), row.key, spec->fields[f].key, row.cells[f]);
        }
    if (r.t3) {
        const auto columns = t3_columns();
        for (const auto& row : r.t3->rows)
            for (std::size_t c = 0; c < columns.size(); ++c)
                visit(std::string_view("T3"), row.key, columns[c].key, row.cells[c]);
    }
    if (r.t4) {
        const auto specs = t4_cells();
        for (std::size_t i = 0; i < specs.size(); ++i)
            visit(std::string_view("T4"), specs[i].key, std::string_view(), r.t4->cells[i]);
    }
}

}  // namespace nianbao
