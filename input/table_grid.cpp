#include "input/table_grid.hpp"

#include <algorithm>

namespace nianbao::frontends {

namespace {

// Spans beyond these are markup errors; capping them keeps a hostile page
// from allocating a huge grid (the HTML standard caps colspan at 1000).
constexpr std::size_t max_colspan = 1000;
constexpr std::size_t max_columns = 4000;

struct Slot {
    bool covered = false;
    std::string text;
    Origin origin;
};

}  // namespace

GridRows lay_out_grid(const std::vector<std::vector<GridCell>>& rows) {
    std::vector<std::vector<Slot>> grid(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::size_t column = 0;
        for (const auto& cell : rows[r]) {
            while (column < grid[r].size() && grid[r][column].covered) ++column;
            if (column >= max_columns) break;
            const std::size_t colspan = std::clamp<std::size_t>(cell.colspan, 1, max_colspan);
            const std::size_t last_row =
                cell.rowspan == 0 ? rows.size() : std::min(rows.size(), r + std::max<std::size_t>(cell.rowspan, 1));
            const std::size_t end_column = std::min(column + colspan, max_columns);
            for (std::size_t rr = r; rr < last_row; ++rr) {
                if (grid[rr].size() < end_column) grid[rr].resize(end_column);
                for (std::size_t c = column; c < end_column; ++c) {
                    grid[rr][c].covered = true;
                    grid[rr][c].origin = cell.origin;
                }
            }
            grid[r][column].text = cell.text;
            column = end_column;
        }
    }
    GridRows out;
    for (auto& row : grid) {
        out.cells.emplace_back();
        out.origins.emplace_back();
        for (auto& slot : row) {
            out.cells.back().push_back(std::move(slot.text));
            out.origins.back().push_back(slot.origin);
        }
    }
    return out;
}

}  // namespace nianbao::frontends
