// The nesting estimate of a web page (input/html_nesting.hpp).
// Each expected depth is the depth of the tree Gumbo builds for the same
// markup (<html> is 1 deep, an element in <body> 3), checked by hand with
// Gumbo; where the estimate simplifies it is deeper, never shallower.
#include "input/html_nesting.hpp"

#include <catch2/catch.hpp>

#include <string>

using nianbao::frontends::estimate_nesting;
using nianbao::frontends::find_deep_nesting;

namespace {

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

}  // namespace

TEST_CASE("nesting: elements that are closed implicitly do not nest", "[frontends][nesting]") {
    CHECK(estimate_nesting(repeat("<div>", 10)) == 12);
    CHECK(estimate_nesting(repeat("<p>a", 1000)) == 3);
    CHECK(estimate_nesting("<ul>" + repeat("<li>x", 1000) + "</ul>") == 4);
    CHECK(estimate_nesting(repeat("<dl><dt>a<dd>b<dt>c</dl>", 100)) == 4);
    CHECK(estimate_nesting(repeat("<h1>a<h2>b", 100)) == 3);
    CHECK(estimate_nesting(repeat("<select><option>a<option>b</select>", 100)) == 4);
    CHECK(estimate_nesting(repeat("<a>x", 100)) == 3);  // an <a> closes the open one
}

TEST_CASE("nesting: tables get the tbody and tr the parser adds", "[frontends][nesting]") {
    CHECK(estimate_nesting("<table>" + repeat("<tr><td>a<td>b", 1000) + "</table>") == 6);  // html body table tbody tr td
    CHECK(estimate_nesting(repeat("<table><tr><td>", 20)) == 82);  // 4 per table, in a cell each
    CHECK(estimate_nesting(repeat("<em><table></em>", 30)) == 5);  // Gumbo: 4 (a table in a table closes it)
}

TEST_CASE("nesting: in a template read as a row, row starts are dropped", "[frontends][nesting]") {
    // Gumbo reads a <template> that starts with a cell in the "in row" mode:
    // a <tr> with no row open is dropped, so what follows keeps nesting
    // (fuzz finding; 780 KB of it once took Gumbo 23 s before the limit).
    CHECK(estimate_nesting("<template><td>" + repeat("<tr><t><g><r>", 100)) == 303);  // html head template + 3 per group
    CHECK(estimate_nesting("<template><tr>" + repeat("<tr><t><g><r>", 100)) <= 10);   // a body: each row closes the last
}

TEST_CASE("nesting: leaves count, text in raw-text elements and comments does not", "[frontends][nesting]") {
    CHECK(estimate_nesting("<svg>" + repeat("<path/>", 1000) + "</svg>") == 4);
    CHECK(estimate_nesting("<script>" + repeat("<div>", 1000) + "</script>") == 3);
    CHECK(estimate_nesting("<!--" + repeat("<div>", 1000) + "-->") == 2);
    CHECK(estimate_nesting(repeat("<a title=\"<div><div><div>\">x</a>", 100)) == 3);
}

TEST_CASE("nesting: end tags that the parser ignores leave elements open", "[frontends][nesting]") {
    CHECK(estimate_nesting(repeat("<span><div></span>", 100)) == 202);  // </span> stops at the special <div>
    CHECK(estimate_nesting(repeat("<div/>", 100)) == 102);             // `/>` closes nothing in HTML
    CHECK(estimate_nesting(repeat("<form><div></form>", 100)) == 202);  // the form leaves the stack, not the tree
    CHECK(estimate_nesting(repeat("<i><b></i>", 100)) == 103);
}

TEST_CASE("nesting: formatting elements re-opened and adopted", "[frontends][nesting]") {
    CHECK(estimate_nesting(repeat("<p><font color=red>text</p>", 1000)) == 7);  // at most three equal ones
    std::string distinct;
    for (int i = 0; i < 300; ++i) distinct += "<p><font id=" + std::to_string(i) + ">text</p>";
    CHECK(estimate_nesting(distinct) == 303);
    CHECK(estimate_nesting(repeat("<div><b><i></div>x", 50)) == 103);
    CHECK(estimate_nesting(repeat("<b><p>x</b>y</p>", 100)) == 4);
    CHECK(estimate_nesting(repeat("<b><div></b>x", 50)) == 53);
}

TEST_CASE("nesting: the limit names the tag that passes it", "[frontends][nesting]") {
    const std::string page = "<html><body>" + repeat("<div>", 300);
    CHECK_FALSE(find_deep_nesting(page, 302));
    const auto deep = find_deep_nesting(page, 256);
    REQUIRE(deep);
    CHECK(deep->offset == std::string("<html><body>").size() + 254 * 5);  // the 255th <div> is 257 deep
    CHECK(deep->reason == "elements nested more than 256 deep");
}

TEST_CASE("nesting: re-opening is bounded by the page's size", "[frontends][nesting]") {
    // 200 different <b> closed by blocks, then short texts in blocks: each
    // text re-opens all 200 (Gumbo builds 200 nodes per 12 bytes).
    std::string page;
    for (int i = 0; i < 200; ++i) page += "<div><b id=" + std::to_string(i) + "></div>";
    CHECK_FALSE(find_deep_nesting(page + repeat("<div>x</div>", 10), 256));
    const auto deep = find_deep_nesting(page + repeat("<div>x</div>", 1000), 256);
    REQUIRE(deep);
    CHECK(deep->reason ==
          "formatting elements (<b>, <font>, …) left open would be re-opened more often than the page's size allows");
}
