#include "model/cell_names.hpp"

#include <fmt/format.h>

namespace nianbao {

namespace {

// The label of a row of `table` by its key, or the key for none.
std::string label_of(std::string_view table, Layout layout, std::string_view row) {
    if (table == "T2") {
        if (const T2RowSpec* spec = find_t2_row(layout, row)) return std::string(spec->label);
    } else if (table == "T3") {
        if (const int index = t3_row_index(layout, row); index >= 0)
            return t3_row_label(layout, static_cast<std::size_t>(index));
    } else if (table == "T4") {
        for (const T4CellSpec& spec : t4_cells())
            if (spec.key == row) return fmt::format("{}”“{}", spec.group, spec.label);
    }
    return std::string(row);
}

std::string t2_field_label(Layout layout, std::string_view row, std::string_view field) {
    if (const T2RowSpec* spec = find_t2_row(layout, row))
        for (const T2Field& f : spec->fields)
            if (f.key == field) return std::string(f.label);
    return std::string(field);
}

std::size_t t3_column_index(std::string_view key) {
    for (std::size_t c = 0; c < t3_column_count; ++c)
        if (t3_columns()[c].key == key) return c;
    return t3_column_count;
}

}  // namespace

std::string_view table_section(std::string_view table) {
    if (table == "T2") return "二、主动公开政府信息情况";
    if (table == "T3") return "三、收到和处理政府信息公开申请情况";
    if (table == "T4") return "四、政府信息公开行政复议、行政诉讼情况";
    return table;
}

Message table_name(std::string_view table) {
    return {fmt::format("“{}”的表格", table_section(table)), fmt::format("the table of “{}”", table_section(table))};
}

std::string t3_row_label(Layout layout, std::size_t row) {
    const T3RowSpec& spec = t3_rows(layout)[row];
    if (spec.group.empty() || spec.group.starts_with("三、")) return std::string(spec.label);
    return fmt::format("{} {}", spec.group, spec.label);
}

Message t3_row_name(Layout layout, std::size_t row) {
    const std::string label = t3_row_label(layout, row);
    return {fmt::format("T3“{}”行", label), fmt::format("T3 row “{}”", label)};
}

Message t3_column_name(std::size_t column) {
    const std::string_view label = t3_columns()[column].label;
    return {fmt::format("T3“{}”列", label), fmt::format("T3 column “{}”", label)};
}

Message t3_cell_name(Layout layout, std::size_t row, std::size_t column) {
    const std::string label = t3_row_label(layout, row);
    const std::string_view col = t3_columns()[column].label;
    return {fmt::format("T3“{}”行“{}”列", label, col), fmt::format("T3 row “{}”, column “{}”", label, col)};
}

Message t2_row_name(Layout layout, std::string_view row) {
    const std::string label = label_of("T2", layout, row);
    return {fmt::format("T2“{}”行", label), fmt::format("T2 row “{}”", label)};
}

Message t2_cell_name(Layout layout, std::string_view row, std::string_view field) {
    const std::string label = label_of("T2", layout, row);
    const std::string col = t2_field_label(layout, row, field);
    return {fmt::format("T2“{}”行“{}”列", label, col), fmt::format("T2 row “{}”, column “{}”", label, col)};
}

Message t4_cell_name(std::size_t cell) {
    const T4CellSpec& spec = t4_cells()[cell];
    return {fmt::format("T4“{}”“{}”", spec.group, spec.label), fmt::format("T4 “{}”, “{}”", spec.group, spec.label)};
}

Message row_name(std::string_view table, Layout layout, std::string_view row) {
    if (table == "T2") return t2_row_name(layout, row);
    const std::string label = label_of(table, layout, row);
    return {fmt::format("{}“{}”行", table, label), fmt::format("{} row “{}”", table, label)};
}

Message cell_name(std::string_view table, Layout layout, std::string_view row, std::string_view column) {
    if (table == "T2") return t2_cell_name(layout, row, column);
    if (table == "T3") {
        const int index = t3_row_index(layout, row);
        const std::size_t col = t3_column_index(column);
        if (index >= 0 && col < t3_column_count) return t3_cell_name(layout, static_cast<std::size_t>(index), col);
    }
    if (table == "T4") {
        for (std::size_t i = 0; i < t4_cell_count; ++i)
            if (t4_cells()[i].key == row) return t4_cell_name(i);
    }
    const std::string name = column.empty() ? fmt::format("{} {}", table, row) : fmt::format("{} {}/{}", table, row, column);
    return {name, name};
}

namespace {

// The template's order of the columns of a row, and their labels.
std::vector<std::pair<std::string_view, std::string>> columns_of(std::string_view table, Layout layout,
                                                                 std::string_view row) {
    std::vector<std::pair<std::string_view, std::string>> out;
    if (table == "T3")
        for (const T3Column& c : t3_columns()) out.emplace_back(c.key, std::string(c.label));
    if (table == "T2")
        if (const T2RowSpec* spec = find_t2_row(layout, row))
            for (const T2Field& f : spec->fields) out.emplace_back(f.key, std::string(f.label));
    return out;
}

}  // namespace

Message row_cells_name(std::string_view table, Layout layout, std::string_view row,
                       const std::vector<std::string_view>& columns) {
    if (columns.size() == 1) return cell_name(table, layout, row, columns.front());
    const auto order = columns_of(table, layout, row);
    std::vector<std::size_t> at;  // positions in the template's order
    for (const auto column : columns)
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i].first == column) at.push_back(i);
    if (at.size() != columns.size()) {
        const std::string keys = fmt::format("{} {}", table, row);
        return {keys, keys};
    }
    std::string zh, en;
    for (std::size_t i = 0; i < at.size();) {
        std::size_t j = i;
        while (j + 1 < at.size() && at[j + 1] == at[j] + 1) ++j;
        const std::string& first = order[at[i]].second;
        const std::string& last = order[at[j]].second;
        zh += i ? "、" : "";
        en += i ? ", " : "";
        if (j >= i + 2) {
            zh += fmt::format("“{}”至“{}”", first, last);
            en += fmt::format("“{}” to “{}”", first, last);
        } else {
            for (std::size_t k = i; k <= j; ++k) {
                zh += fmt::format("{}“{}”", k > i ? "、" : "", order[at[k]].second);
                en += fmt::format("{}“{}”", k > i ? ", " : "", order[at[k]].second);
            }
        }
        i = j + 1;
    }
    const std::string label = label_of(table, layout, row);
    return {fmt::format("{}“{}”行{}列", table, label, zh), fmt::format("{} row “{}”, columns {}", table, label, en)};
}

std::string_view t4_group(std::string_view cell) {
    for (const T4CellSpec& spec : t4_cells())
        if (spec.key == cell) return spec.group;
    return {};
}

Message t4_cells_name(const std::vector<std::string_view>& cells) {
    std::vector<std::size_t> at;
    for (const auto key : cells)
        for (std::size_t i = 0; i < t4_cell_count; ++i)
            if (t4_cells()[i].key == key) at.push_back(i);
    if (at.empty()) return {"T4", "T4"};
    if (at.size() == 1) return t4_cell_name(at.front());
    std::string zh, en;
    for (std::size_t i = 0; i < at.size();) {
        std::size_t j = i;
        while (j + 1 < at.size() && at[j + 1] == at[j] + 1) ++j;
        const std::string_view first = t4_cells()[at[i]].label;
        const std::string_view last = t4_cells()[at[j]].label;
        if (j >= i + 2) {
            zh += fmt::format("{}“{}”至“{}”", i ? "、" : "", first, last);
            en += fmt::format("{}“{}” to “{}”", i ? ", " : "", first, last);
        } else {
            for (std::size_t k = i; k <= j; ++k) {
                zh += fmt::format("{}“{}”", k > 0 ? "、" : "", t4_cells()[at[k]].label);
                en += fmt::format("{}“{}”", k > 0 ? ", " : "", t4_cells()[at[k]].label);
            }
        }
        i = j + 1;
    }
    const std::string_view group = t4_cells()[at.front()].group;
    return {fmt::format("T4“{}”{}", group, zh), fmt::format("T4 “{}”, {}", group, en)};
}

Message row_labels(std::string_view table, Layout layout, const std::vector<std::string>& rows) {
    Message out;
    for (const std::string& row : rows) {
        const std::string label = label_of(table, layout, row);
        out.zh += fmt::format("{}“{}”", out.zh.empty() ? "" : "、", label);
        out.en += fmt::format("{}“{}”", out.en.empty() ? "" : ", ", label);
    }
    return out;
}

}  // namespace nianbao
