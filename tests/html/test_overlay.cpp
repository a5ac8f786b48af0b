// The diagnostics overlay maps diagnostics to page elements by byte offsets
// only, so rules that do not exist yet (lint rules with cell spans) land on
// their cells without any change to the backend.
#include "backends/html.hpp"
#include "backends/html_overlay.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace nianbao;
using namespace nianbao::test;
using nianbao::html::innermost;

namespace {

Span at(std::size_t offset, std::size_t length) {
    Span span;
    span.line = span.end_line = 1;
    span.column = span.end_column = 1;
    span.offset = offset;
    span.length = length;
    return span;
}

using Indices = std::vector<std::size_t>;

// The opening tag of the element whose attribute list contains `marker`.
std::string tag_with(const std::string& page, const std::string& marker) {
    const auto at_marker = page.find(marker);
    if (at_marker == std::string::npos) return {};
    const auto open = page.rfind('<', at_marker);
    return page.substr(open, page.find('>', at_marker) - open + 1);
}

std::string attribute(const std::string& tag, const std::string& name) {
    const auto start = tag.find(" " + name + "=\"");
    if (start == std::string::npos) return {};
    const auto value = start + name.size() + 3;
    return tag.substr(value, tag.find('"', value) - value);
}

}  // namespace

TEST_CASE("overlay: the innermost element containing a location", "[html][overlay]") {
    const std::vector<Span> elements = {at(50, 250), at(90, 30), at(100, 1), at(101, 0), at(102, 1)};
    CHECK(innermost(elements, at(100, 1)) == Indices{2});   // a cell
    CHECK(innermost(elements, at(95, 10)) == Indices{1});   // across cells of a row: the row
    CHECK(innermost(elements, at(60, 100)) == Indices{0});  // across rows: the table
    CHECK(innermost(elements, at(101, 0)) == Indices{3});   // a blank cell's empty span
    CHECK(innermost(elements, at(100, 0)) == Indices{2});
    CHECK(innermost(elements, at(120, 0)) == Indices{0});   // the row ends before 120
    CHECK(innermost(elements, at(400, 1)).empty());
    CHECK(innermost(elements, Span{}).empty());              // unknown location
}

TEST_CASE("overlay: elements sharing the smallest span are all marked", "[html][overlay]") {
    // A missing row: the row and its absent cells all carry the table's span.
    const std::vector<Span> elements = {at(10, 80), at(10, 80), at(10, 80), Span{}, at(20, 5)};
    CHECK(innermost(elements, at(10, 80)) == Indices{0, 1, 2});
    CHECK(innermost(elements, at(21, 1)) == Indices{4});
}

TEST_CASE("overlay: overlapping elements that do not nest", "[html][overlay]") {
    const std::vector<Span> elements = {at(0, 10), at(5, 10), at(7, 1)};
    const std::vector<Span> locations = {at(6, 2), at(12, 1), at(2, 1), at(7, 1), Span{}, at(14, 0)};
    const auto found = innermost(elements, locations);
    REQUIRE(found.size() == locations.size());
    CHECK(found[0] == Indices{0, 1});  // in both, equally long
    CHECK(found[1] == Indices{1});
    CHECK(found[2] == Indices{0});
    CHECK(found[3] == Indices{2});
    CHECK(found[4].empty());
    CHECK(found[5] == Indices{1});
}

TEST_CASE("overlay: a lint diagnostic on a cell span marks that cell", "[html][overlay]") {
    Report report = compile(Source::from_bytes("000.txt", read_file(example_path("000_e3c010c5c349aa33.txt"))));
    REQUIRE(report.t3);
    const T3Row* total = report.t3->row("TOTAL");
    const T3Row* fresh = report.t3->row("NEW");
    REQUIRE((total && fresh));
    report.diagnostics.clear();  // only the diagnostics placed here, numbered from [1]
    Diagnostic totalcol{"T3-TOTALCOL", Severity::error, false, {"总计列不等于各列之和", "total column mismatch"},
                        total->cells[6].span, {}};
    totalcol.notes.push_back({{"新收申请总计", "new applications total"}, fresh->cells[6].span});
    report.diagnostics.push_back(totalcol);
    report.diagnostics.push_back(
        {"S6-FEE", Severity::warning, false, {"未说明信息处理费", "no fee statement"}, report.section(6)->span, {}});
    report.diagnostics.push_back({"DOC-X", Severity::info, false, {"全文提示", "whole report"}, Span{}, {}});

    const std::string page = render_html(report, {});
    const std::string sum = tag_with(page, "data-key=\"T3.TOTAL.SUM\"");
    CHECK(sum.find("class=\"num flag flag-error\"") != std::string::npos);
    CHECK(sum.find("title=\"[1] 错误 T3-TOTALCOL：总计列不等于各列之和\"") != std::string::npos);
    CHECK(tag_with(page, "data-key=\"T3.NEW.SUM\"").find("[1] 错误 T3-TOTALCOL：新收申请总计") != std::string::npos);
    CHECK(tag_with(page, "data-key=\"T3.TOTAL.NP\"").find("flag") == std::string::npos);
    CHECK(tag_with(page, "id=\"section-6\"").find("class=\"flag flag-warning\"") != std::string::npos);
    CHECK(page.find("<code>DOC-X</code> 全文：全文提示") != std::string::npos);  // listed, nothing to link to
    REQUIRE_FALSE(attribute(sum, "id").empty());
    CHECK(page.find("href=\"#" + attribute(sum, "id") + "\"") != std::string::npos);  // the list links to the cell

    const std::string quiet = render_html(report, {Lang::zh, Annotate::never});
    CHECK(quiet.find("flag flag-error\"") == std::string::npos);  // no flagged element (the style sheet names the class)
    CHECK(page.find("flag flag-error\"") != std::string::npos);
    CHECK(quiet.find("<aside") == std::string::npos);
}
