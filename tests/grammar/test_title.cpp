// Titles (docs/layout.md#title).
#include "match.hpp"

#include <catch2/catch.hpp>

namespace g = nianbao::grammar;
using nianbao::test::matches;

TEST_CASE("title_one_line: agency and year on one line", "[grammar][title]") {
    CHECK(matches<g::title_one_line>("老城区卫生健康委员会 2024 年政府信息公开工作年度报告\n"));  // [S0]
    CHECK(matches<g::title_one_line>("上海市人民政府办公厅2019年政府信息公开工作年度报告\n"));
    CHECK(matches<g::title_one_line>("某市财政局2022年度政府信息公开工作年度报告（图片版）\n"));
    CHECK(matches<g::title_one_line>("某县人民政府２０２３年政府信息公开工作年度报告\n"));  // full-width digits
}

TEST_CASE("title_two_lines: agency line, optional blank lines, year line", "[grammar][title]") {
    CHECK(matches<g::title_two_lines>("尖山区卫生健康局\n2023年政府信息公开工作年度报告\n"));        // [S2]
    CHECK(matches<g::title_two_lines>("海原县卫生健康局\n\n2024 年政府信息公开工作年度报告\n"));     // [S3]
    CHECK_FALSE(matches<g::title_two_lines>("正文\n2024年政府信息公开工作年度报告\n"));            // chrome
}

TEST_CASE("a preamble sentence quoting the title is not a title", "[grammar][title]") {
    CHECK_FALSE(matches<g::title>(
        "现发布《海原县卫生健康局 2024 年政府信息公开工作年度报告》，本报告统计数据从 2024 年 1 月 1 日至 12 月 31 日。\n"));
    CHECK_FALSE(matches<g::title>("一、总体情况\n"));
}

TEST_CASE("a section heading that reads as a title is a heading", "[grammar][title]") {
    const char* line = "一、总体情况2024年度政府信息公开工作年度报告\n";
    CHECK(matches<g::title_one_line>(line));
    CHECK(matches<g::any_section_heading>(line));
    CHECK_FALSE(matches<g::title>(line));
}

TEST_CASE("title_year_wrapped: a year-first title wrapped after 公开 (PDF text)", "[grammar][title]") {
    CHECK(matches<g::title_year_wrapped>("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n"));
    CHECK(matches<g::title>("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n"));
    // A sentence of the preamble is not a title: punctuation, or no report word ending the next line.
    CHECK_FALSE(matches<g::title_year_wrapped>("2025年，我办坚持政府信息公开\n工作年度报告\n"));
    CHECK_FALSE(matches<g::title_year_wrapped>("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告编制情况如下\n"));
    CHECK_FALSE(matches<g::title_year_wrapped>("2025 年上海市人民政府办公厅政府信息公开\n一、总体情况报告\n"));
}
