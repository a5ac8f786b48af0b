// Section headings (docs/layout.md#sections) and the lines that must not be taken for them.
#include "match.hpp"

#include <catch2/catch.hpp>

namespace g = nianbao::grammar;
using nianbao::test::matches;

TEST_CASE("section_heading_N accepts the template headings", "[grammar][headings]") {
    CHECK(matches<g::section_heading_1>("一、总体情况\n"));
    CHECK(matches<g::section_heading_2>("二、主动公开政府信息情况\n"));
    CHECK(matches<g::section_heading_3>("三、收到和处理政府信息公开申请情况\n"));
    CHECK(matches<g::section_heading_4>("四、政府信息公开行政复议、行政诉讼情况\n"));
    CHECK(matches<g::section_heading_5>("五、存在的主要问题及改进情况\n"));
    CHECK(matches<g::section_heading_6>("六、其他需要报告的事项\n"));
}

TEST_CASE("section headings accept the variants of docs/layout.md#sections", "[grammar][headings]") {
    CHECK(matches<g::section_heading_5>("五、政府信息公开工作存在的主要问题及改进情况\n"));  // [SH19]
    CHECK(matches<g::section_heading_5>("五、存在问题及改进情况\n"));                        // [FX]
    CHECK(matches<g::section_heading_4>("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n"));
    CHECK(matches<g::section_heading_2>("  二、主动公开政府信息情况\r\n"));                 // indent, CRLF
    CHECK(matches<g::section_heading_5>("[bookmark: _GoBack]五、存在的主要问题及改进情况\n"));
    CHECK(matches<g::section_heading_2>("二、主動公開政府資訊情況\n"));                     // traditional
}

TEST_CASE("T3 row labels starting with 一、…四、 are not headings", "[grammar][headings]") {
    CHECK_FALSE(matches<g::any_section_heading>("一、本年新收政府信息公开申请数量\n"));
    CHECK_FALSE(matches<g::any_section_heading>("二、上年结转政府信息公开申请数量\n"));
    CHECK_FALSE(matches<g::any_section_heading>("三、本年度办理结果\n"));
    CHECK_FALSE(matches<g::any_section_heading>("四、结转下年度继续办理\n"));
}

TEST_CASE("a line with a TAB is never a heading", "[grammar][headings]") {
    CHECK_FALSE(matches<g::any_section_heading>("\t一、总体情况\n"));
    CHECK_FALSE(matches<g::any_section_heading>("三、收到和处理政府信息公开申请情况\t0\n"));
}

TEST_CASE("prose enumerations are not headings", "[grammar][headings]") {
    CHECK_FALSE(matches<g::any_section_heading>("一是加强政务公开工作队伍建设。\n"));
    CHECK_FALSE(matches<g::any_section_heading>("五、加强队伍建设\n"));  // 五 without 问题/改进
}

TEST_CASE("enumerator matches full- and half-width sub-heading numbers", "[grammar][headings]") {
    CHECK(matches<g::enumerator>("（一）"));
    CHECK(matches<g::enumerator>("(五)"));
    CHECK(matches<g::enumerator>("（十二）"));
    CHECK_FALSE(matches<g::enumerator>("（1）"));
}

TEST_CASE("date_line matches signature dates in both numeral systems", "[grammar][closing]") {
    CHECK(matches<g::date_line>("2025年1月10日\n"));
    CHECK(matches<g::date_line>("\xC2\xA0\xC2\xA0        2025年1月10日\n"));  // NBSP indent [S4]
    CHECK(matches<g::date_line>("二〇二五年一月十日\n"));
    CHECK(matches<g::date_line>("2025 年 1 月 10 日\n"));
    CHECK_FALSE(matches<g::date_line>("2025年1月10日发布。\n"));
}

TEST_CASE("trailer_line matches website and QR-code boilerplate", "[grammar][closing]") {
    CHECK(matches<g::trailer_line>("焦作市卫生健康委员会门户网站网址为 <http://wjw.jiaozuo.gov.cn/>，如需了解更多政府信息，请登录查询。\n"));
    CHECK(matches<g::trailer_line>("更多精彩内容欢迎扫描下方二维码\n"));
    CHECK_FALSE(matches<g::trailer_line>("本机关2024年未收取信息处理费。\n"));
}

// W1: where line breaks were lost, a heading stands mid-line (docs/forms.md#w1).
// `prefix` is what precedes it on the line; matched is the heading itself.
template <typename Rule>
bool matches_after(std::string_view prefix, std::string_view heading) {
    namespace pegtl = tao::pegtl;
    const std::string text = std::string(prefix) + std::string(heading);
    pegtl::memory_input<> in(text.data(), text.size(), "test");
    in.bump(prefix.size());
    try {
        return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
    } catch (const pegtl::parse_error&) {
        return false;
    }
}

TEST_CASE("mid-line headings stand after a sentence end, a number, a space or a bracket", "[grammar][headings]") {
    CHECK(matches_after<g::any_midline_heading>("电话：0591-23165370。", "一、总体情况"));
    CHECK(matches_after<g::any_midline_heading>("现行有效件数24252.311082", "三、收到和处理政府信息公开申请情况"));
    CHECK(matches_after<g::any_midline_heading>("继续办理1000001 ", "四、政府信息公开行政复议、行政诉讼情况"));
    CHECK(matches_after<g::any_midline_heading>("作用。", "六、其他需要报告的事项"));
    CHECK(matches_after<g::any_midline_heading>("（略）", "五、存在的主要问题及改进情况"));
    // The heading ends at its first 情况/事项/概况; the section's text follows it.
    CHECK_FALSE(matches_after<g::any_midline_heading>("。", "一、总体情况2021年"));
}

TEST_CASE("mid-line: never inside a sentence, never a T3 label", "[grammar][headings]") {
    // No numeral: the preamble's list of the six parts.
    CHECK_FALSE(matches_after<g::any_midline_heading>("本报告包括", "总体情况、主动公开政府信息情况"));
    // After a character of the sentence, not a sentence end.
    CHECK_FALSE(matches_after<g::any_midline_heading>("在", "二、主动公开政府信息情况"));
    CHECK_FALSE(matches_after<g::any_midline_heading>("第一、", "二、主动公开政府信息情况"));
    // T3 labels after a row's numbers: no heading ends before their digits.
    CHECK_FALSE(matches_after<g::any_midline_heading>("640020470", "二、上年结转政府信息公开申请数量"));
    CHECK_FALSE(matches_after<g::any_midline_heading>("0000000", "三、本年度办理结果"));
    CHECK_FALSE(matches_after<g::any_midline_heading>("630020469", "四、结转下年度继续办理"));
}

TEST_CASE("a heading line with a sentence end is a heading followed by its text", "[grammar][headings]") {
    CHECK_FALSE(matches<g::section_heading_1>("一、总体情况2021年，我区坚持公开。\n"));
    CHECK(matches<g::section_heading_1>("一、总体情况"));  // mid-line form at the start, text after it
}

// A PDF extractor's page break (form feed) before a heading (W8).
TEST_CASE("a heading after a form feed is a heading", "[grammar][headings]") {
    CHECK(matches<g::section_heading_3>("\f三、收到和处理政府信息公开申请情况\n"));
    CHECK(matches<g::any_section_heading>("\f\v五、存在的主要问题及改进情况\n"));
}
