// T3 model tests: both layouts, every serialisation of the seeds, label
// recovery (T9). Seeds have all-zero T3 tables, so non-zero values come from
// inputs written here; each is checked by its row and column sums.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::size_t non_null_cells(const T3Table& t) {
    std::size_t n = 0;
    for (const auto& row : t.rows)
        for (const auto& cell : row.cells) n += cell.number() ? 1 : 0;
    return n;
}

// The 25 F2021 row labels in TAB fields, shifted and fused as in [S0].
const char* const labels[25] = {
        "一、本年新收政府信息公开申请数量\t", "二、上年结转政府信息公开申请数量\t", "三、本年度办理结果\t(一) 予以公开",
        "\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)", "\t(三) 不予公开\t1. 属于国家秘密",
        "\t\t2. 其他法律行政法规禁止公开", "\t\t3. 危及“三安全一稳定”", "\t\t4. 保护第三方合法权益",
        "\t\t5. 属于三类内部事务信息", "\t\t6. 属于四类过程性信息", "\t\t7. 属于行政执法案卷", "\t\t8. 属于行政查询事项",
        "\t(四) 无法提供\t1. 本机关不掌握相关政府信息", "\t\t2. 没有现成信息需要另行制作", "\t\t3. 补正后申请内容仍不明确",
        "\t(五) 不予处理\t1. 信访举报投诉类申请", "\t\t2. 重复申请", "\t\t3. 要求提供公开出版物", "\t\t4. 无正当理由大量反复申请",
        "\t\t5. 要求行政机关确认或重新出具已获取信息",
        "\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3. 其他\t", "(七) 总计\t",
        "四、结转下年度继续办理\t"};

// An F2021 T3 in TAB rows, with labels shifted and fused as in [S0].
std::string t3_text(const std::array<std::string, 25>& rows) {
    std::string text =
        "三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t\n"
        "\t\t自然人\t法人或其他组织\t\t\t\t\t\t\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n";
    for (std::size_t i = 0; i < 25; ++i) text += std::string(labels[i]) + "\t" + rows[i] + "\n";
    return text;
}

// The same table as a converter writes it with every merged cell an empty
// field: each label padded to three fields, then the seven values.
std::string expanded_t3_text(const std::array<std::string, 25>& rows) {
    const std::string tail;
    std::string text = "三、收到和处理政府信息公开申请情况\n"
                       "\t\t\t申请人情况\t\t\t\t\t\t" + tail + "\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计" + tail + "\n";
    for (std::size_t i = 0; i < 25; ++i) {
        std::string label = labels[i];
        while (!label.empty() && label.back() == '\t') label.pop_back();
        const auto fields = static_cast<std::size_t>(std::count(label.begin(), label.end(), '\t')) + 1;
        for (std::size_t f = fields; f < 3; ++f) label += "\t";
        text += label + "\t" + rows[i] + tail + "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("T3 F2021: all 175 cells of each F2021 seed are read", "[model][t3]") {
    for (const char* name : {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt"}) {
        const Report r = compile_text(read_file(example_path(name)));
        REQUIRE(r.t3);
        CHECK(r.t3->layout == Layout::F2021);
        CHECK(r.t3->rows.size() == 25);
        CHECK(non_null_cells(*r.t3) == 175);
        CHECK(t3(r, "TOTAL", 6) == "0");  // every seed T3 is all zero (checked line by line)
    }
}

TEST_CASE("T3 F2019: 23 rows, single （六）其他处理, 161 cells [S4]", "[model][t3]") {
    const Report r = compile_text(read_file(example_path("004_50ad684e5c01058f.txt")));
    REQUIRE(r.t3);
    CHECK(r.t3->layout == Layout::F2019);
    CHECK(r.t3->rows.size() == 23);
    CHECK(non_null_cells(*r.t3) == 161);
    REQUIRE(r.t3->row("OTHER"));
    CHECK(r.t3->row("OTHER")->span.line == 319);  // the row's empty merged cell, then `→（六）其他处理`
}

TEST_CASE("T3 values land in their row and column (shifted and fused labels, T7 T8)", "[model][t3]") {
    std::array<std::string, 25> rows;
    rows.fill("0\t0\t0\t0\t0\t0\t0");
    rows[0] = "5\t1\t0\t0\t0\t0\t6";   // NEW: 5 + 1 = 6
    rows[1] = "1\t0\t0\t0\t0\t0\t1";   // CARRY_IN
    rows[2] = "3\t1\t0\t0\t0\t0\t4";   // GRANT
    rows[12] = "1\t0\t0\t0\t0\t0\t1";  // UNABLE_1
    rows[22] = "0\t0\t0\t0\t0\t0\t0";  // OTHER_3 (label shifted into column 1)
    rows[23] = "4\t1\t0\t0\t0\t0\t5";  // TOTAL = GRANT + UNABLE_1 per column
    rows[24] = "2\t0\t0\t0\t0\t0\t2";  // CARRY_OUT: NEW + CARRY_IN = TOTAL + CARRY_OUT (6+1 = 5+2)
    const Report r = compile_text(t3_text(rows));
    REQUIRE(r.t3);
    CHECK(t3(r, "NEW", 0) == "5");
    CHECK(t3(r, "NEW", 1) == "1");
    CHECK(t3(r, "NEW", 6) == "6");
    CHECK(t3(r, "GRANT", 6) == "4");
    CHECK(t3(r, "UNABLE_1", 0) == "1");
    CHECK(t3(r, "TOTAL", 0) == "4");
    CHECK(t3(r, "CARRY_OUT", 6) == "2");
    // A table fragment: structure rules fire, but nothing is unreadable or fails a sum.
    CHECK(with_prefix(r, {"P-", "VAL-", "T3-"}).empty());
}

TEST_CASE("T3 lost labels are recovered from their position (T9) [S3]", "[model][t3]") {
    const Report r = compile_text(read_file(example_path("003_3e234e060d6fa3b4.txt")));
    REQUIRE(r.t3);
    CHECK(non_null_cells(*r.t3) == 175);
    CHECK(r.t3->row("GRANT")->recovered);
    CHECK(r.t3->row("PARTIAL")->recovered);
    CHECK(r.t3->row("TOTAL")->recovered);
    CHECK_FALSE(r.t3->row("DENY_1")->recovered);
    REQUIRE(count_rule(r, "P-LABEL-RECOVERED") == 1);
    const Diagnostic* d = find_rule(r, "P-LABEL-RECOVERED");
    CHECK(d->severity == Severity::warning);
    CHECK(d->span.line == 47);  // `三、本年度办理结果→0→0…` (8 numbers)
    REQUIRE(d->notes.size() == 3);
    CHECK(d->notes[0].span->line == 47);
    CHECK(d->notes[1].span->line == 48);
    CHECK(d->notes[2].span->line == 68);
}

TEST_CASE("T3 without enough rows for recovery reports the missing rows", "[model][t3]") {
    std::array<std::string, 25> rows;
    rows.fill("0\t0\t0\t0\t0\t0\t0");
    std::string text = t3_text(rows);
    // Drop the CARRY_IN row: 24 rows remain, nothing to recover positionally.
    const auto begin = text.find("二、上年结转");
    text.erase(begin, text.find('\n', begin) - begin + 1);
    const Report r = compile_text(text);
    REQUIRE(r.t3);
    const Diagnostic* d = find_rule(r, "P-ROW-MISSING");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->message.en == "the table of “三、收到和处理政府信息公开申请情况” lacks 1 row(s): “二、上年结转政府信息公开申请数量”");
    CHECK_FALSE(t3(r, "CARRY_IN", 0));
    CHECK(t3(r, "NEW", 0) == "0");
}

TEST_CASE("T3 row with a value too few or too many is P-CELL-COUNT, not a guess", "[model][t3]") {
    std::array<std::string, 25> rows;
    rows.fill("0\t0\t0\t0\t0\t0\t0");
    rows[4] = "1\t2\t3\t4\t5\t6";  // DENY_1 with six numbers
    const Report r = compile_text(t3_text(rows));
    REQUIRE(r.t3);
    const Diagnostic* d = find_rule(r, "P-CELL-COUNT");
    REQUIRE(d);
    CHECK(d->span.line == 9);  // heading, 3 header rows, NEW, CARRY_IN, GRANT, PARTIAL, DENY_1
    for (std::size_t c = 0; c < 7; ++c) CHECK_FALSE(t3(r, "DENY_1", c));
}

TEST_CASE("T3 blank cell placed where unambiguous (cell lines), VAL-BLANK once per table", "[model][t3]") {
    std::string text = read_file(example_path("002_082470c5bd8b0bdd.txt"));
    // [S2] line 84 is NEW/NP (`→0`): blank it.
    std::size_t pos = 0;
    for (int line = 1; line < 84; ++line) pos = text.find('\n', pos) + 1;
    REQUIRE(text.substr(pos, 3) == "\t0\n");
    text.replace(pos, 3, "\t\n");
    const Report r = compile_text(text);
    CHECK_FALSE(t3(r, "NEW", 0));
    CHECK(t3(r, "NEW", 1) == "0");
    REQUIRE(count_rule(r, "VAL-BLANK") == 1);
    CHECK(find_rule(r, "VAL-BLANK")->span.line == 84);
}

// A T3 whose (六) rows are missing does not show its layout: the report's is
// T2's, and it is not "mixed" (the generator found this with PDF-like text).
TEST_CASE("T3 without its (六) rows takes the report's layout from T2", "[model][t3]") {
    const std::string text =
        "二、主动公开政府信息情况\n"
        "第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
        "行政许可\t120\t-8\t3\n"
        "三、收到和处理政府信息公开申请情况\n"
        "\t\t\t申请人情况\t\t\t\t\t\t\n"
        "一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t0\t4\n"
        "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\n";
    const Report r = compile_text(text);
    REQUIRE(r.t2);
    REQUIRE(r.t3);
    CHECK(r.t2->layout == Layout::F2019);
    CHECK_FALSE(r.t3->layout_shown);
    CHECK(document_layout(r) == "F2019");
    CHECK(count_rule(r, "FMT-MIXED") == 0);
}

// W10: an `&nbsp;` cell is a blank value cell and keeps its place; an empty
// field after the label is a merge artefact. A row of a real web page
// (`（一）予以公开`: 258 12 · · 1 1 ·, its 总计 left blank).
TEST_CASE("T3 row with NBSP-only cells: the blank cells keep their place", "[model][t3]") {
    std::array<std::string, 25> rows;
    rows.fill("0\t0\t0\t0\t0\t0\t0");
    rows[2] = "\t258\t12\t\u00A0\t\u00A0\t1\t1\t\u00A0";
    const Report r = compile_text(t3_text(rows));
    REQUIRE(r.t3);
    CHECK(t3(r, "GRANT", 0) == "258");
    CHECK(t3(r, "GRANT", 1) == "12");
    CHECK(t3(r, "GRANT", 4) == "1");
    CHECK(t3(r, "GRANT", 5) == "1");
    CHECK_FALSE(t3(r, "GRANT", 6));  // blank
    // Without the &nbsp; the two windows of seven cells stay undecided: null.
    rows[2] = "\t258\t12\t\t\t1\t1\t";
    const Report plain = compile_text(t3_text(rows));
    REQUIRE(plain.t3);
    CHECK_FALSE(t3(plain, "GRANT", 0));
}

// A converter that writes merged cells as empty fields makes every row as wide
// as the grid: the values' places follow from it, blank cells and all.
TEST_CASE("T3 as a full grid of TAB fields: blank cells placed by the grid's value columns", "[model][t3]") {
    std::array<std::string, 25> rows;
    rows.fill("\t\t\t\t\t\t");  // all blank
    rows[0] = "3\t\t\t\t\t\t3";  // NEW: 自然人 3, 总计 3 (the grid's two edges)
    // PARTIAL: 科研机构 2 and nothing else. After its label stand eight fields
    // (the padding, then seven): two windows of seven hold the 2, the grid one.
    rows[3] = "\t\t2\t\t\t\t";
    const Report r = compile_text(expanded_t3_text(rows));
    REQUIRE(r.t3);
    CHECK(t3(r, "PARTIAL", 2) == "2");
    CHECK_FALSE(t3(r, "PARTIAL", 1));
    CHECK_FALSE(t3(r, "PARTIAL", 3));
    CHECK(t3(r, "NEW", 0) == "3");
    CHECK(count_rule(r, "P-CELL-COUNT") == 0);
    // No value in the first value column: that edge of the grid is not shown
    // (it would not be either if every row had an extra empty field at its
    // end), so nothing is placed by the grid.
    rows[0] = "\t3\t\t\t\t\t3";
    const Report shifted = compile_text(expanded_t3_text(rows));
    REQUIRE(shifted.t3);
    CHECK_FALSE(t3(shifted, "PARTIAL", 2));
    CHECK_FALSE(t3(shifted, "PARTIAL", 3));
    CHECK(count_rule(shifted, "P-CELL-COUNT") > 0);
}
