#include "backends/html_tables.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace nianbao::html {

namespace {

// Template texts that name no key of layouts.hpp (docs/tables.md#t2, #t3-header, #t4).
constexpr std::string_view t2_content_header = "信息内容";
constexpr std::string_view t3_corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
constexpr std::string_view t3_applicants = "申请人情况";
constexpr std::string_view t3_organisations = "法人或其他组织";
constexpr std::string_view t4_litigation = "行政诉讼";
constexpr std::size_t t3_label_columns = 3;

// A rowspan/colspan value; 1 is the default and is left out.
std::string span_count(std::size_t n) { return n > 1 ? std::to_string(n) : std::string(); }

// Two texts joined by `separator`, either of them possibly empty.
std::string joined(std::string_view a, std::string_view b, std::string_view separator) {
    if (a.empty()) return std::string(b);
    if (b.empty()) return std::string(a);
    return fmt::format("{}{}{}", a, separator, b);
}

// A null cell (OUTPUT.md §2) is drawn hatched, with what it held in the
// source, so a reader never takes it for a 0.
struct CellLook {
    std::string css;
    std::string text;         // shown in the cell
    std::string hidden;       // for screen readers only
    std::string description;  // shown on hover
};

CellLook look_of(const Cell& cell) {
    struct Visitor {
        CellLook operator()(const Number& n) const { return {"num", n.text + n.unit, {}, {}}; }
        CellLook operator()(const Blank&) const {
            return {"null null-blank", {}, "空白", "空白单元格（数据为 null）"};
        }
        CellLook operator()(const Absent&) const {
            return {"null null-absent", {}, "缺失", "源文本中没有此单元格（数据为 null）"};
        }
        CellLook operator()(const Placeholder& p) const {
            return {"null null-placeholder", p.text, {}, fmt::format("占位符“{}”（数据为 null）", p.text)};
        }
        CellLook operator()(const Unreadable& u) const {
            return {"null null-unreadable", u.text, {}, fmt::format("无法读取为数值：“{}”（数据为 null）", u.text)};
        }
    };
    return boost::variant2::visit(Visitor{}, cell.content);
}

void write_value_cell(Writer& out, const Cell& cell, Overlay& overlay, std::string key, std::size_t colspan = 1) {
    const Flag flag = overlay.element(cell.span);
    const CellLook look = look_of(cell);
    out.open("td", {{"id", flag.id},
                    {"class", joined(look.css, flag.css, " ")},
                    {"colspan", span_count(colspan)},
                    {"data-key", std::move(key)},
                    {"title", joined(look.description, flag.title, "\n")}});
    out.text(look.text);
    if (!look.hidden.empty()) out.element("span", {{"class", "sr"}}, look.hidden);
    out.raw(flag.markers).close("td");
}

// <table> with its flag and a caption read by screen readers; the visible
// label of the table is the section heading above it, as in the template.
void open_table(Writer& out, std::string_view css, std::string_view name, std::string_view caption,
                const Span& span, Overlay& overlay) {
    const Flag flag = overlay.element(span, fmt::format("table-{}", name));
    out.open("table", {{"id", flag.id},
                       {"class", joined(css, flag.css, " ")},
                       {"title", flag.title}});
    out.open("caption").element("span", {{"class", "sr"}}, caption).raw(flag.markers).close("caption");
}

std::string caption_of(std::string_view table, std::string_view subject, Layout layout) {
    return fmt::format("{}　{}{}", table, subject, layout == Layout::F2019 ? "（2019年试行格式）" : "");
}

void write_extra_rows(Writer& out, const std::vector<ExtraRow>& rows, std::size_t label_columns,
                      std::size_t value_columns, Overlay& overlay) {
    if (rows.empty()) return;
    out.open("tbody", {{"class", "extra"}});
    for (const ExtraRow& row : rows) {
        const Flag flag = overlay.element(row.span);
        out.open("tr", {{"id", flag.id}, {"class", flag.css}, {"title", flag.title}});
        out.open("th", {{"scope", "row"}, {"colspan", span_count(label_columns)}}).text(row.label);
        out.raw(flag.markers).close("th");
        out.element("td", {{"class", "extra-note"}, {"colspan", span_count(value_columns)}},
                    "（未识别的行，不计入数据）");
        out.close("tr");
    }
    out.close("tbody");
}

// --- T2 (§2): blocks of title row, header row and data rows --------------------------
std::size_t t2_value_columns(Layout layout) {
    std::size_t widest = 0;
    for (const auto& spec : t2_rows(layout)) widest = std::max(widest, spec.fields.size());
    return widest;
}

// A block narrower than the grid stretches its last column over the rest,
// as the template merges it (one 本年处理决定数量 over three grid columns).
std::size_t t2_colspan(std::size_t field, std::size_t fields, std::size_t grid) {
    return field + 1 == fields ? grid - field : 1;
}

void write_t2_block_head(Writer& out, const T2RowSpec& spec, std::size_t grid) {
    out.open("tr", {{"class", "block"}})
        .element("th", {{"scope", "rowgroup"}, {"colspan", span_count(grid + 1)}}, spec.block)
        .close("tr");
    out.open("tr", {{"class", "head"}}).element("th", {{"scope", "col"}}, t2_content_header);
    for (std::size_t f = 0; f < spec.fields.size(); ++f)
        out.element("th", {{"scope", "col"}, {"colspan", span_count(t2_colspan(f, spec.fields.size(), grid))}},
                    spec.fields[f].label);
    out.close("tr");
}

void write_t2_row(Writer& out, const T2Row& row, const T2RowSpec& spec, std::size_t grid, Overlay& overlay) {
    const Flag flag = overlay.element(row.span);
    out.open("tr", {{"id", flag.id}, {"class", flag.css}, {"title", flag.title}});
    out.open("th", {{"scope", "row"}}).text(spec.label).raw(flag.markers).close("th");
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        const Cell cell = f < row.cells.size() ? row.cells[f] : Cell{Absent{}, row.span};
        write_value_cell(out, cell, overlay, fmt::format("T2.{}.{}", row.key, spec.fields[f].key),
                         t2_colspan(f, spec.fields.size(), grid));
    }
    out.close("tr");
}

// --- T3 (§3): label path of a row, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 ----
struct LabelPath {
    std::array<std::string_view, t3_label_columns> parts{};
    std::size_t depth = 0;

    [[nodiscard]] bool has_group(std::size_t level) const { return depth >= level + 2; }
};

std::vector<LabelPath> t3_label_paths(Layout layout) {
    const auto specs = t3_rows(layout);
    // Sub-groups (（三）不予公开 …) sit inside the group of the rows under it.
    const std::string_view results = specs[static_cast<std::size_t>(t3_row_index(layout, "GRANT"))].group;
    std::vector<LabelPath> paths;
    for (const auto& spec : specs) {
        if (spec.group.empty())
            paths.push_back({{spec.label}, 1});
        else if (spec.group == results)
            paths.push_back({{results, spec.label}, 2});
        else
            paths.push_back({{results, spec.group, spec.label}, 3});
    }
    return paths;
}

bool same_group(const LabelPath& a, const LabelPath& b, std::size_t level) {
    if (!a.has_group(level) || !b.has_group(level)) return false;
    return std::equal(a.parts.begin(), a.parts.begin() + static_cast<std::ptrdiff_t>(level) + 1, b.parts.begin());
}

std::size_t group_rows(const std::vector<LabelPath>& paths, std::size_t first, std::size_t level) {
    std::size_t end = first + 1;
    while (end < paths.size() && same_group(paths[first], paths[end], level)) ++end;
    return end - first;
}

void write_t3_head(Writer& out) {
    const auto columns = t3_columns();
    const std::size_t organisations = columns.size() - 2;
    out.open("thead");
    out.open("tr")
        .element("th", {{"class", "corner"},
                        {"colspan", span_count(t3_label_columns)},
                        {"rowspan", span_count(3)},
                        {"scope", "col"}},
                 t3_corner)
        .element("th", {{"scope", "colgroup"}, {"colspan", span_count(columns.size())}}, t3_applicants)
        .close("tr");
    out.open("tr")
        .element("th", {{"scope", "col"}, {"rowspan", span_count(2)}}, columns.front().label)
        .element("th", {{"scope", "colgroup"}, {"colspan", span_count(organisations)}}, t3_organisations)
        .element("th", {{"scope", "col"}, {"rowspan", span_count(2)}}, columns.back().label)
        .close("tr");
    out.open("tr");
    for (std::size_t c = 1; c + 1 < columns.size(); ++c) out.element("th", {{"scope", "col"}}, columns[c].label);
    out.close("tr");
    out.close("thead");
}

void write_t3_row(Writer& out, const T3Row& row, const std::vector<LabelPath>& paths, std::size_t i,
                  Overlay& overlay) {
    const LabelPath& path = paths[i];
    const Flag flag = overlay.element(row.span);
    out.open("tr", {{"id", flag.id}, {"class", flag.css}, {"title", flag.title}});
    for (std::size_t level = 0; level + 1 < path.depth; ++level) {
        if (i > 0 && same_group(paths[i - 1], path, level)) continue;
        out.element("th", {{"scope", "row"},
                           {"class", fmt::format("group group-{}", level)},
                           {"rowspan", span_count(group_rows(paths, i, level))}},
                    path.parts[level]);
    }
    out.open("th", {{"scope", "row"}, {"colspan", span_count(t3_label_columns + 1 - path.depth)}})
        .text(path.parts[path.depth - 1])
        .raw(flag.markers)
        .close("th");
    const auto columns = t3_columns();
    for (std::size_t c = 0; c < columns.size(); ++c)
        write_value_cell(out, row.cells[c], overlay, fmt::format("T3.{}.{}", row.key, columns[c].key));
    out.close("tr");
}

}  // namespace

void write_t2(Writer& out, const T2Table& table, Overlay& overlay) {
    const std::size_t grid = t2_value_columns(table.layout);
    open_table(out, "t2", "T2", caption_of("表二", "主动公开政府信息情况", table.layout), table.span, overlay);
    const auto specs = t2_rows(table.layout);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const bool starts_block = i == 0 || specs[i - 1].block != specs[i].block;
        if (starts_block) {
            if (i > 0) out.close("tbody");
            out.open("tbody");
            write_t2_block_head(out, specs[i], grid);
        }
        const T2Row* row = table.row(specs[i].key);
        const T2Row missing{specs[i].key, {}, table.span, {}};
        write_t2_row(out, row ? *row : missing, specs[i], grid, overlay);
    }
    if (!specs.empty()) out.close("tbody");
    write_extra_rows(out, table.extra_rows, 1, grid, overlay);
    out.close("table");
}

void write_t3(Writer& out, const T3Table& table, Overlay& overlay) {
    open_table(out, "t3", "T3", caption_of("表三", "收到和处理政府信息公开申请情况", table.layout), table.span,
               overlay);
    write_t3_head(out);
    const auto specs = t3_rows(table.layout);
    const std::vector<LabelPath> paths = t3_label_paths(table.layout);
    out.open("tbody");
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const T3Row* row = table.row(specs[i].key);
        T3Row missing{specs[i].key, {}, table.span, false, {}};
        missing.cells.fill(Cell{Absent{}, table.span});
        write_t3_row(out, row ? *row : missing, paths, i, overlay);
    }
    out.close("tbody");
    write_extra_rows(out, table.extra_rows, t3_label_columns, t3_column_count, overlay);
    out.close("table");
}

void write_t4(Writer& out, const T4Table& table, Overlay& overlay) {
    const auto specs = t4_cells();
    // Runs of cells under one group: 行政复议, then the two kinds of 行政诉讼.
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // first cell, count
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (i == 0 || specs[i - 1].group != specs[i].group)
            runs.emplace_back(i, 1);
        else
            ++runs.back().second;
    }
    const auto& [review_first, review_count] = runs.front();
    open_table(out, "t4", "T4", "表四　政府信息公开行政复议、行政诉讼情况", table.span, overlay);
    out.open("thead");
    out.open("tr")
        .element("th", {{"scope", "colgroup"}, {"colspan", span_count(review_count)}}, specs[review_first].group)
        .element("th", {{"scope", "colgroup"}, {"colspan", span_count(specs.size() - review_count)}}, t4_litigation)
        .close("tr");
    out.open("tr");
    for (std::size_t i = review_first; i < review_first + review_count; ++i)
        out.element("th", {{"scope", "col"}, {"rowspan", span_count(2)}}, specs[i].label);
    for (std::size_t r = 1; r < runs.size(); ++r)
        out.element("th", {{"scope", "colgroup"}, {"colspan", span_count(runs[r].second)}}, specs[runs[r].first].group);
    out.close("tr");
    out.open("tr");
    for (std::size_t i = review_first + review_count; i < specs.size(); ++i)
        out.element("th", {{"scope", "col"}}, specs[i].label);
    out.close("tr");
    out.close("thead");
    out.open("tbody").open("tr");
    for (std::size_t i = 0; i < specs.size(); ++i)
        write_value_cell(out, table.cells[i], overlay, fmt::format("T4.{}", specs[i].key));
    out.close("tr").close("tbody");
    out.close("table");
}

void write_unrecognised(Writer& out, const TableRef& table, Overlay& overlay) {
    const Flag flag = overlay.element(table.span);
    out.open("table", {{"id", flag.id},
                       {"class", joined("unrecognised", flag.css, " ")},
                       {"title", flag.title}});
    out.open("caption").text("未能识别的表格（按源文本原样列出，不计入数据）").raw(flag.markers).close("caption");
    out.open("tbody");
    for (const auto& row : table.grid) {
        out.open("tr");
        for (const auto& cell : row) out.element("td", {}, cell);
        out.close("tr");
    }
    out.close("tbody").close("table");
}

}  // namespace nianbao::html
