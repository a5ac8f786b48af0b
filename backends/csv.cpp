#include "backends/csv.hpp"

#include "model/metrics.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace nianbao {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";
constexpr std::string_view crlf = "\r\n";

void append_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void append_record(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        append_field(out, fields[i]);
    }
    out += crlf;
}

std::string t2_column(std::string_view row, std::string_view field) { return fmt::format("T2.{}.{}", row, field); }
std::string t3_column(std::string_view row, std::string_view column) { return fmt::format("T3.{}.{}", row, column); }

struct ColumnSet {
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> index;

    void add(std::string name) {
        if (index.emplace(name, names.size()).second) names.push_back(std::move(name));
    }
};

void add_t2_columns(ColumnSet& set, Layout layout) {
    for (const auto& row : t2_rows(layout))
        for (const auto& field : row.fields) {
            set.add(t2_column(row.key, field.key));
            if (!field.unit_key.empty()) set.add(t2_column(row.key, field.unit_key));
        }
}

void add_t3_columns(ColumnSet& set, Layout layout) {
    for (const auto& row : t3_rows(layout))
        for (const auto& column : t3_columns()) set.add(t3_column(row.key, column.key));
}

const ColumnSet& column_set() {
    static const ColumnSet set = [] {
        ColumnSet s;
        for (const char* name : {"path", "agency", "year", "layout", "errors", "warnings"}) s.add(name);
        add_t2_columns(s, Layout::F2021);
        add_t3_columns(s, Layout::F2021);
        for (const auto& cell : t4_cells()) s.add(fmt::format("T4.{}", cell.key));
        add_t2_columns(s, Layout::F2019);  // only the F2019 names not seen yet are added
        add_t3_columns(s, Layout::F2019);
        for (const std::string_view name : metric_names()) s.add(fmt::format("metrics.{}", name));
        s.add("failure");
        return s;
    }();
    return set;
}

std::string value_text(const Cell& cell) {
    const Number* n = cell.number();
    return n ? n->text : std::string();
}

// Visits every cell of the report as (table, row, column, value).
template <typename Visit>
void for_each_cell(const Report& report, Visit&& visit) {
    if (report.t2) {
        for (const auto& row : report.t2->rows) {
            const T2RowSpec* spec = find_t2_row(report.t2->layout, row.key);
            for (std::size_t f = 0; f < spec->fields.size() && f < row.cells.size(); ++f) {
                const T2Field& field = spec->fields[f];
                visit("T2", row.key, field.key, value_text(row.cells[f]));
                if (!field.unit_key.empty()) {
                    const Number* n = row.cells[f].number();
                    visit("T2", row.key, field.unit_key, n ? n->unit : std::string());
                }
            }
        }
    }
    if (report.t3) {
        const auto columns = t3_columns();
        for (const auto& row : report.t3->rows)
            for (std::size_t c = 0; c < columns.size(); ++c) visit("T3", row.key, columns[c].key, value_text(row.cells[c]));
    }
    if (report.t4) {
        const auto specs = t4_cells();
        for (std::size_t i = 0; i < specs.size(); ++i) visit("T4", specs[i].key, std::string_view(), value_text(report.t4->cells[i]));
    }
}

std::size_t count(const Report& report, Severity severity) {
    std::size_t n = 0;
    for (const auto& d : report.diagnostics) n += d.severity == severity ? 1 : 0;
    return n;
}

std::string wide_row(const Report& report) {
    const ColumnSet& set = column_set();
    std::vector<std::string> fields(set.names.size());
    fields[0] = report.source.path;
    fields[1] = report.agency.value_or("");
    fields[2] = report.year ? std::to_string(*report.year) : "";
    fields[3] = std::string(document_layout(report));
    fields[4] = std::to_string(count(report, Severity::error));
    fields[5] = std::to_string(count(report, Severity::warning));
    for_each_cell(report, [&](std::string_view table, std::string_view row, std::string_view column, std::string value) {
        const std::string name = column.empty() ? fmt::format("{}.{}", table, row) : fmt::format("{}.{}.{}", table, row, column);
        fields[set.index.at(name)] = std::move(value);
    });
    const Metrics metrics = compute_metrics(report);
    for (const std::string_view name : metric_names())
        if (const auto value = metric_value(metrics, name))
            fields[set.index.at(fmt::format("metrics.{}", name))] = metric_text(name, *value);
    std::string out;
    append_record(out, fields);
    return out;
}

std::string long_rows(const Report& report) {
    std::string out;
    for_each_cell(report, [&](std::string_view table, std::string_view row, std::string_view column, std::string value) {
        append_record(out, {report.source.path, std::string(table), std::string(row), std::string(column), std::move(value)});
    });
    // A report without any table still says it was read: one record, as a
    // failed input has one.
    if (out.empty()) append_record(out, {report.source.path, "NO-TABLES", "", "", "no T2, T3 or T4 found"});
    return out;
}

}  // namespace

const std::vector<std::string>& csv_columns() { return column_set().names; }

std::string csv_header(const CsvOptions& options) {
    std::string out(bom);
    if (options.long_form) {
        append_record(out, {"path", "table", "row", "column", "value"});
    } else {
        append_record(out, csv_columns());
    }
    return out;
}

std::string render_csv(const Report& report, const CsvOptions& options) {
    return options.long_form ? long_rows(report) : wide_row(report);
}

std::string render_csv_failure(const std::string& path, const std::string& reason, const CsvOptions& options) {
    std::string out;
    if (options.long_form) {
        append_record(out, {path, "FAILURE", "", "", reason});
        return out;
    }
    std::vector<std::string> fields(csv_columns().size());
    fields.front() = path;
    fields.back() = reason;
    append_record(out, fields);
    return out;
}

}  // namespace nianbao
