// A table whose cells may span rows and columns, laid out on its grid the
// way the Word text export flattens it: each merged cell's text stands in its
// top-left grid cell and the other grid cells it covers are empty.
#pragma once

#include "input/origin.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace nianbao::frontends {

struct GridCell {
    std::string text;
    std::size_t colspan = 1;
    std::size_t rowspan = 1;  // 0: to the end of the table (HTML rowspan="0")
    Origin origin;
};

struct GridRows {
    std::vector<std::vector<std::string>> cells;  // per row, up to its last covered grid column
    std::vector<std::vector<Origin>> origins;     // same shape
};

// The HTML table model: each row's cells go to the next grid columns not
// covered by a cell from the rows above.
[[nodiscard]] GridRows lay_out_grid(const std::vector<std::vector<GridCell>>& rows);

}  // namespace nianbao::frontends
