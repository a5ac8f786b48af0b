// The fixed tables of both official layouts (docs/tables.md): row keys,
// field keys, value domains and canonical labels. Compiler passes, lint rules
// and backends all read the tables through these definitions, in this order.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace nianbao {

enum class Layout { F2019, F2021 };

[[nodiscard]] std::string_view layout_name(Layout layout);

// What a value cell may hold.
enum class ValueKind {
    count,          // non-negative integer (VAL-INT)
    signed_count,   // F2019 本年增/减 (VAL-SIGNED)
    amount,         // non-negative decimal (VAL-DEC)
};

// --- T2 ---------------------------------------------------------------------------
struct T2Field {
    std::string_view key;
    std::string_view label;  // column header, canonical
    ValueKind kind;
    std::string_view header_unit;  // unit printed in the header (`万元`), empty if none
    std::string_view unit_key;     // JSON key receiving the unit of the cell, if any
};

struct T2RowSpec {
    std::string_view key;
    std::string_view label;        // canonical row label
    std::string_view block;        // canonical block title, e.g. 第二十条第(一)项
    std::span<const T2Field> fields;
};

[[nodiscard]] std::span<const T2RowSpec> t2_rows(Layout layout);
[[nodiscard]] const T2RowSpec* find_t2_row(Layout layout, std::string_view key);

// Signature tokens (§2.3): normalised header/label texts unique to one layout.
[[nodiscard]] std::span<const std::string_view> t2_signature_tokens(Layout layout);

// --- T3 ---------------------------------------------------------------------------
inline constexpr std::size_t t3_column_count = 7;

struct T3Column {
    std::string_view key;
    std::string_view label;
};
[[nodiscard]] std::span<const T3Column, t3_column_count> t3_columns();

struct T3RowSpec {
    std::string_view key;
    std::string_view group;  // `三、本年度办理结果` / `（三）不予公开` … (empty for top rows)
    std::string_view label;  // canonical leaf or row label, as in the template
};
[[nodiscard]] std::span<const T3RowSpec> t3_rows(Layout layout);
[[nodiscard]] int t3_row_index(Layout layout, std::string_view key);  // -1 when absent

// --- T4 ---------------------------------------------------------------------------
inline constexpr std::size_t t4_cell_count = 15;

struct T4CellSpec {
    std::string_view key;
    std::string_view group;     // 行政复议 / 未经复议直接起诉 / 复议后起诉
    std::string_view label;     // 结果维持 …
};
[[nodiscard]] std::span<const T4CellSpec, t4_cell_count> t4_cells();

}  // namespace nianbao
