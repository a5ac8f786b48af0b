// CSV backend (OUTPUT.md §3): column order, RFC 4180 quoting, nulls, both
// layouts, the long form and failure rows.
#include "backends/csv.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace nianbao;
using namespace nianbao::test;

namespace {

// A minimal RFC 4180 reader: records of fields, quotes undone.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                records.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                records.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            records.emplace_back(1);
        } else {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back()[0].empty()) records.pop_back();
    return records;
}

std::size_t column(const std::string& name) {
    const auto& columns = csv_columns();
    const auto it = std::find(columns.begin(), columns.end(), name);
    REQUIRE(it != columns.end());
    return static_cast<std::size_t>(it - columns.begin());
}

Report example(const std::string& name) {
    return compile(Source::from_bytes("examples/" + name, read_file(example_path(name))));
}

}  // namespace

TEST_CASE("csv header: BOM, meta columns, F2021 cells in FORMAT order, F2019-only cells, failure", "[csv]") {
    const std::string header = csv_header({});
    REQUIRE(header.starts_with("\xEF\xBB\xBF"));
    const auto records = parse_csv(std::string_view(header).substr(3));
    REQUIRE(records.size() == 1);
    const auto& names = records[0];
    CHECK(names == csv_columns());
    CHECK(std::vector<std::string>(names.begin(), names.begin() + 7) ==
          std::vector<std::string>{"path", "agency", "year", "layout", "errors", "warnings", "T2.RULES.made"});
    CHECK(names[15] == "T2.ADMINFEE.amount_wan");  // last F2021 T2 cell (6 rows, 10 fields)
    CHECK(names[16] == "T3.NEW.NP");
    CHECK(names[16 + 25 * 7] == "T4.RV_UPHELD");
    CHECK(names[16 + 25 * 7 + 15] == "T2.RULES.new_made");  // first F2019-only cell
    CHECK(names.back() == "failure");
    CHECK(names[names.size() - 9] == "T3.OTHER.SUM");
    CHECK(names[names.size() - 8] == "metrics.applications_handled");  // then the other six metrics
    CHECK(names[names.size() - 2] == "metrics.suit_correction_rate");
    // Every cell key appears once: LICENSE.decisions is shared by both layouts.
    CHECK(std::count(names.begin(), names.end(), "T2.LICENSE.decisions") == 1);
    // F2019-only T2 cells: RULES 3 + NORMDOC 3 + LICENSE 2 (decisions is shared) + OTHERSVC 3
    // + PENALTY 2 + COERCION 2 + ADMINFEE 2 + PROCURE 3 (with amount_unit) = 20.
    CHECK(names.size() == 6 + 10 + 175 + 15 + 20 + 7 + 7 + 1);
}

TEST_CASE("csv row: values under their columns, nulls empty [S0, S4]", "[csv]") {
    const auto s0 = parse_csv(render_csv(example("000_e3c010c5c349aa33.txt"), {}));
    REQUIRE(s0.size() == 1);
    const auto& row = s0[0];
    REQUIRE(row.size() == csv_columns().size());
    CHECK(row[column("path")] == "examples/000_e3c010c5c349aa33.txt");
    CHECK(row[column("agency")] == "老城区卫生健康委员会");
    CHECK(row[column("year")] == "2024");
    CHECK(row[column("layout")] == "F2021");
    CHECK(row[column("T2.LICENSE.decisions")] == "2498");
    CHECK(row[column("T2.ADMINFEE.amount_wan")] == "43.5824");
    CHECK(row[column("T3.TOTAL.SUM")] == "0");
    CHECK(row[column("T2.PENALTY.prev_items")].empty());  // F2019-only column
    CHECK(row[column("failure")].empty());

    const auto s4 = parse_csv(render_csv(example("004_50ad684e5c01058f.txt"), {}))[0];
    CHECK(s4[column("layout")] == "F2019");
    CHECK(s4[column("T2.PENALTY.prev_items")] == "16");
    CHECK(s4[column("T2.PENALTY.delta")] == "18");
    CHECK(s4[column("T2.PENALTY.decisions")] == "11");
    CHECK(s4[column("T2.PROCURE.amount_unit")].empty());
    CHECK(s4[column("T3.OTHER.SUM")] == "0");
    CHECK(s4[column("T3.OTHER_1.SUM")].empty());
    CHECK(s4[column("T2.RULES.made")].empty());
}

TEST_CASE("csv quoting: commas, quotes and line breaks in agency and path (RFC 4180)", "[csv]") {
    std::string text = read_file(example_path("000_e3c010c5c349aa33.txt"));
    text.replace(text.find("老城区卫生健康委员会 2024"), std::string("老城区卫生健康委员会").size(),
                 "老城区,\"卫生\"健康委员会");
    Report report = compile(Source::from_bytes("dir, with \"quotes\"\nand a break/a.txt", text));
    const std::string row = render_csv(report, {});
    CHECK(row.find("\"dir, with \"\"quotes\"\"\nand a break/a.txt\"") == 0);
    CHECK(row.find(",\"老城区,\"\"卫生\"\"健康委员会\",") != std::string::npos);
    CHECK(row.ends_with("\r\n"));
    const auto parsed = parse_csv(row);
    REQUIRE(parsed.size() == 1);
    CHECK(parsed[0][column("path")] == "dir, with \"quotes\"\nand a break/a.txt");
    CHECK(parsed[0][column("agency")] == "老城区,\"卫生\"健康委员会");
    CHECK(parsed[0][column("T2.LICENSE.decisions")] == "2498");
}

TEST_CASE("csv long form: one record per cell, nulls as empty values", "[csv]") {
    const std::string header = csv_header({true});
    CHECK(header == "\xEF\xBB\xBFpath,table,row,column,value\r\n");
    const auto records = parse_csv(render_csv(example("000_e3c010c5c349aa33.txt"), {true}));
    CHECK(records.size() == 10 + 175 + 15);
    CHECK(records[6] == std::vector<std::string>{"examples/000_e3c010c5c349aa33.txt", "T2", "LICENSE", "decisions", "2498"});
    CHECK(records.back() == std::vector<std::string>{"examples/000_e3c010c5c349aa33.txt", "T4", "LR_TOTAL", "", "0"});
}

TEST_CASE("csv long form: a report without tables is one record saying so", "[csv]") {
    const Source source = Source::from_bytes("prose.txt", "某局2024年政府信息公开工作年度报告\n一、总体情况\n内容。\n");
    const Report report = compile(source);
    REQUIRE_FALSE(report.t2);
    CHECK(render_csv(report, {true}) == "prose.txt,NO-TABLES,,,\"no T2, T3 or T4 found\"\r\n");
}

TEST_CASE("csv failure rows carry the path and the reason", "[csv]") {
    const auto wide = parse_csv(render_csv_failure("bad,file.txt", "binary data, not a text report", {}));
    REQUIRE(wide.size() == 1);
    CHECK(wide[0].front() == "bad,file.txt");
    CHECK(wide[0].back() == "binary data, not a text report");
    CHECK(wide[0][column("T2.LICENSE.decisions")].empty());
    CHECK(render_csv_failure("a.txt", "empty", {true}) == "a.txt,FAILURE,,,empty\r\n");
}
