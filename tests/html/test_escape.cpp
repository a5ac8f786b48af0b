// Escaping of report text in the HTML pages (backends/html_writer.hpp).
#include "backends/html_writer.hpp"

#include <catch2/catch.hpp>

using namespace nianbao::html;

TEST_CASE("html: text escapes markup, keeps quotes and CJK", "[html]") {
    CHECK(escape_text("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(\"x\")&lt;/script&gt;");
    CHECK(escape_text("A&B </table> 总计") == "A&amp;B &lt;/table&gt; 总计");
    CHECK(escape_text("&amp;") == "&amp;amp;");
}

TEST_CASE("html: attribute values escape both quotes", "[html]") {
    std::string out;
    append_attribute(out, "\" onmouseover='x' <b>");
    CHECK(out == "&quot; onmouseover=&#39;x&#39; &lt;b&gt;");
}

TEST_CASE("html: control characters HTML forbids become U+FFFD", "[html]") {
    CHECK(escape_text(std::string("a\x01" "b\x7F" "c", 5)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
    CHECK(escape_text(std::string("\0", 1)) == "\xEF\xBF\xBD");
    CHECK(escape_text("tab\tline\ncr\r") == "tab\tline\ncr\r");
}

TEST_CASE("html: writer leaves out empty attributes and escapes the rest", "[html]") {
    Writer out;
    out.element("td", {{"id", ""}, {"title", "a\"b"}, {"colspan", "3"}}, "<1>");
    CHECK(out.str() == "<td title=\"a&quot;b\" colspan=\"3\">&lt;1&gt;</td>");
}

TEST_CASE("html: file names become URL paths", "[html]") {
    CHECK(url_path("reports/a b#1?.html") == "reports/a%20b%231%3F.html");
    CHECK(url_path("报告.html") == "%E6%8A%A5%E5%91%8A.html");
    CHECK(url_path("x\"onclick=y") == "x%22onclick%3Dy");
}
