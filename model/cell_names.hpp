// How messages name tables, rows, columns and cells: in the template's words
// (docs/tables.md) — `T3“（二）部分公开”行“自然人”列` — never by the model's
// keys (`PARTIAL/NP`), which an official reading the finding does not know.
// The keys stay in the JSON fields.
#pragma once

#include "model/diagnostic.hpp"
#include "model/layouts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// The section a table belongs to: `三、收到和处理政府信息公开申请情况` for "T3".
[[nodiscard]] std::string_view table_section(std::string_view table);
// `“三、收到和处理政府信息公开申请情况”的表格` / `the table of “三、…”`.
[[nodiscard]] Message table_name(std::string_view table);

// T3 leaf labels repeat across groups: `（三）不予公开 1.属于国家秘密`.
[[nodiscard]] std::string t3_row_label(Layout layout, std::size_t row);
[[nodiscard]] Message t3_row_name(Layout layout, std::size_t row);   // T3“（一）予以公开”行
[[nodiscard]] Message t3_column_name(std::size_t column);            // T3“自然人”列
[[nodiscard]] Message t3_cell_name(Layout layout, std::size_t row, std::size_t column);

[[nodiscard]] Message t2_row_name(Layout layout, std::string_view row);  // T2“规章”行
[[nodiscard]] Message t2_cell_name(Layout layout, std::string_view row, std::string_view field);
[[nodiscard]] Message t4_cell_name(std::size_t cell);                 // T4“行政复议”“结果维持”

// Any row by its key (T2, T3), or any T4 cell by its key: for messages that
// only have the keys. Falls back to the key for one no layout has.
[[nodiscard]] Message row_name(std::string_view table, Layout layout, std::string_view row);
[[nodiscard]] Message cell_name(std::string_view table, Layout layout, std::string_view row, std::string_view column);

// Several cells of one row, runs of neighbouring columns joined:
// `T3“（一）予以公开”行“科研机构”、“社会公益组织”列`, `…行“商业企业”至“其他”列`.
[[nodiscard]] Message row_cells_name(std::string_view table, Layout layout, std::string_view row,
                                     const std::vector<std::string_view>& columns);

// T4 cells of one group (行政复议, …), runs joined: `T4“复议后起诉”“结果维持”至“总计”`.
// `cells` are T4 keys in the template's order; empty group for a key none has.
[[nodiscard]] std::string_view t4_group(std::string_view cell);
[[nodiscard]] Message t4_cells_name(const std::vector<std::string_view>& cells);

// The labels of `rows` (keys of `table`), quoted and joined: `“（二）部分公开”、“…”`.
[[nodiscard]] Message row_labels(std::string_view table, Layout layout, const std::vector<std::string>& rows);

}  // namespace nianbao
