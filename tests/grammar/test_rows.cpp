// Table rows in each serialisation (docs/forms.md#serialisations, #t19), matched by rule and
// turned into cells by the parser.
#include "grammar/parse.hpp"
#include "match.hpp"

#include <catch2/catch.hpp>

namespace g = nianbao::grammar;
using nianbao::test::matches;
namespace syntax = nianbao::syntax;

namespace {

// Cells of every row of the first table of the first section.
std::vector<std::vector<std::string>> table_cells(const std::string& body, const std::string& heading = "二、主动公开政府信息情况\n") {
    const std::string text = heading + body;  // the tree holds views into it
    const auto doc = nianbao::parse_document(text);
    std::vector<std::vector<std::string>> rows;
    REQUIRE(doc.sections.size() == 1);
    for (const auto& node : doc.sections[0].body) {
        if (const auto* table = boost::variant2::get_if<syntax::Table>(&node)) {
            for (const auto& row : table->rows) {
                auto& cells = rows.emplace_back();
                for (const auto& cell : row.cells) cells.emplace_back(cell.text);
            }
            break;
        }
    }
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("tab_row: one row per line with merge-empty cells (T1)", "[grammar][rows]") {
    CHECK(matches<g::tab_row>("行政许可\t2498\t\t\n"));
    CHECK(matches<g::tab_row>("\t\t自然人\t法人或其他组织\t\t\n"));
    CHECK_FALSE(matches<g::tab_row>("行政许可 2498\n"));
    CHECK(table_cells("行政许可\t2498\t\t\n") == Rows{{"行政许可", "2498", "", ""}});
}

TEST_CASE("cell_line: one cell per line, rows end at a blank line (T2)", "[grammar][rows]") {
    CHECK(matches<g::cell_line>("\t规章\n"));
    CHECK(matches<g::cell_line>("\t\n"));
    CHECK_FALSE(matches<g::cell_line>("\t规章\t0\n"));
    CHECK(table_cells("\t规章\n\t0\n\t0\n\t0\n\n\t行政规范性文件\n\t1\n\t0\n\t14\n") ==
          Rows{{"规章", "0", "0", "0"}, {"行政规范性文件", "1", "0", "14"}});
}

TEST_CASE("cell_continuation: wrapped cell text is joined without separator (T3)", "[grammar][rows]") {
    CHECK(matches<g::cell_line>("\t商业\n企业\n"));
    CHECK(table_cells("\t信息内容\n\t本年新\n制作数量\n\t本年新\n公开数量\n\t对外公开总数量\n") ==
          Rows{{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"}});
}

TEST_CASE("pipe_row: web copies with bars, divider rows ignored (T19)", "[grammar][rows]") {
    CHECK(matches<g::pipe_row>("| 行政许可 | 2498 | | |\n"));
    CHECK(matches<g::pipe_row>("第二十条第(一)项 | | |\n"));
    CHECK(matches<g::pipe_divider_row>("|---|:---:|---|\n"));
    CHECK_FALSE(matches<g::pipe_row>("甲|乙\n"));  // one bar in prose is not a table
    CHECK(table_cells("| 规章 | 0 | 0 | 0 |\n|---|---|---|---|\n| 行政规范性文件 | 1 | 0 | 14 |\n") ==
          Rows{{" 规章 ", " 0 ", " 0 ", " 0 ", ""}, {" 行政规范性文件 ", " 1 ", " 0 ", " 14 ", ""}});
}

TEST_CASE("space_row: PDF text with cells at wide gaps", "[grammar][rows]") {
    CHECK(matches<g::space_row>("行政许可    2498\n"));
    CHECK(matches<g::space_row>("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"));
    CHECK(matches<g::space_row>("(七) 总计 0 0 0 0 0 0 0\n"));
    CHECK(matches<g::space_row>("结果 维持  结果 纠正  其他 结果  尚未 审结  总计\n"));  // header word
    CHECK(table_cells("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)  0  0  0  0  0  0  0\n",
                      "三、收到和处理政府信息公开申请情况\n") ==
          Rows{{"(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)", "0", "0", "0", "0", "0", "0", "0"}});
    CHECK(table_cells("(七) 总计 0 0 0 0 0 0 0\n", "三、收到和处理政府信息公开申请情况\n") ==
          Rows{{"(七) 总计", "0", "0", "0", "0", "0", "0", "0"}});
}

TEST_CASE("space_row: prose with single spaces around numbers stays prose", "[grammar][rows]") {
    CHECK_FALSE(matches<g::space_row>("本年度共收到申请 3 件。\n"));
    CHECK_FALSE(matches<g::space_row>("2024 年 1 月 1 日至 12 月 31 日\n"));
    CHECK_FALSE(matches<g::space_row>("主动公开政府信息\n"));
}

TEST_CASE("space rows are only looked for in the sections that carry tables", "[grammar][rows]") {
    const std::string text = "一、总体情况\n行政许可    2498\n";
    const auto doc = nianbao::parse_document(text);
    REQUIRE(doc.sections.size() == 1);
    REQUIRE(doc.sections[0].body.size() == 1);
    CHECK(boost::variant2::holds_alternative<syntax::TextLine>(doc.sections[0].body[0]));
}

TEST_CASE("t2_block_title_line: a block title alone on its line", "[grammar][rows]") {
    CHECK(matches<g::t2_block_title_line>("第二十条第（一）项\n"));
    CHECK(matches<g::t2_block_title_line>("第二十条第(八)项\n"));
    CHECK(matches<g::t2_block_title_line>("第二十條第(一)項\n"));  // traditional (D17)
    CHECK_FALSE(matches<g::t2_block_title_line>("第二十条第（一）项规定的信息\n"));
}

TEST_CASE("a failed alternative leaves no half row behind", "[grammar][rows]") {
    // `第二十条第（一）项 …` fails as a block-title line, then parses as a tab row.
    CHECK(table_cells("第二十条第（一）项\t\t\t\n") == Rows{{"第二十条第（一）项", "", "", ""}});
    // A number run tried and abandoned does not record its first number twice.
    CHECK(table_cells("行政许可  2498  件数\n") == Rows{{"行政许可", "2498", "件数"}});
}
