// T2 model tests, both layouts. Values were checked against the source lines
// named in each test (TAB rows of [S0][S1], cell lines of [S4]).
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("T2 F2021 from TAB rows [S0 lines 33-46]", "[model][t2]") {
    const Report r = compile_text(read_file(example_path("000_e3c010c5c349aa33.txt")));
    REQUIRE(r.t2);
    CHECK(r.t2->layout == Layout::F2021);
    CHECK(t2(r, "RULES", 0) == "0");
    CHECK(t2(r, "NORMDOC", 2) == "0");
    CHECK(t2(r, "LICENSE", 0) == "2498");       // 行政许可→2498→→
    CHECK(t2(r, "PENALTY", 0) == "103");        // 行政处罚→103→→
    CHECK(t2(r, "COERCION", 0) == "0");
    CHECK(t2(r, "ADMINFEE", 0) == "43.5824");   // decimal kept as printed
    CHECK(r.t2->span.line == 33);
    CHECK(r.t2->span.end_line == 46);
}

TEST_CASE("T2 F2021 NORMDOC [S1 line 32: 行政规范性文件→1→0→14]", "[model][t2]") {
    const Report r = compile_text(read_file(example_path("001_f435a7dd2cd20ddb.txt")));
    CHECK(t2(r, "NORMDOC", 0) == "1");
    CHECK(t2(r, "NORMDOC", 1) == "0");
    CHECK(t2(r, "NORMDOC", 2) == "14");
    CHECK(t2(r, "LICENSE", 0) == "3346");
}

TEST_CASE("T2 F2019 from cell lines, 5 blocks [S4 lines 11-82]", "[model][t2]") {
    const Report r = compile_text(read_file(example_path("004_50ad684e5c01058f.txt")));
    REQUIRE(r.t2);
    CHECK(r.t2->layout == Layout::F2019);
    REQUIRE(r.t2->rows.size() == 8);
    CHECK(t2(r, "PENALTY", 0) == "16");  // 上一年项目数量
    CHECK(t2(r, "PENALTY", 1) == "18");  // 本年增/减
    CHECK(t2(r, "PENALTY", 2) == "11");  // 处理决定数量
    CHECK(t2(r, "OTHERSVC", 2) == "0");
    CHECK(t2(r, "ADMINFEE", 1) == "0");
    CHECK(t2(r, "PROCURE", 1) == "0");
    const Number* amount = r.t2->row("PROCURE")->cells[1].number();
    REQUIRE(amount);
    CHECK(amount->unit.empty());  // no unit printed → VAL-UNIT info (docs/tables.md#t2-f2019)
    CHECK(count_rule(r, "VAL-UNIT") == 1);
}

TEST_CASE("T2 signed deltas and a unit in the procurement amount (T14, T16)", "[model][t2]") {
    const std::string text =
        "二、主动公开政府信息情况\n"
        "第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
        "行政许可\t120\t-8\t3\n其他对外管理服务事项\t5\t+1036\t0\n"
        "第二十条第（九）项\t\t\t\n信息内容\t采购项目数量\t采购总金额\t\n政府集中采购\t3\t251000元\t\n";
    const Report r = compile_text(text);
    REQUIRE(r.t2);
    CHECK(r.t2->layout == Layout::F2019);
    CHECK(t2(r, "LICENSE", 1) == "-8");
    CHECK(t2(r, "OTHERSVC", 1) == "1036");
    CHECK(t2(r, "PROCURE", 1) == "251000");
    CHECK(r.t2->row("PROCURE")->cells[1].number()->unit == "元");
    CHECK(count_rule(r, "P-ROW-MISSING") == 1);  // RULES, NORMDOC, PENALTY, COERCION, ADMINFEE absent
}

TEST_CASE("T2 blank, placeholder and unreadable cells are null with a diagnostic", "[model][t2]") {
    const std::string text =
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t\t0\t0\n行政规范性文件\t-\t约10\t1.5\n";
    const Report r = compile_text(text);
    REQUIRE(r.t2);
    CHECK_FALSE(t2(r, "RULES", 0));    // blank
    CHECK_FALSE(t2(r, "NORMDOC", 0));  // placeholder
    CHECK_FALSE(t2(r, "NORMDOC", 1));  // 约10
    CHECK_FALSE(t2(r, "NORMDOC", 2));  // 1.5 is not a count
    CHECK(count_rule(r, "VAL-BLANK") == 1);
    CHECK(count_rule(r, "VAL-PLACEHOLDER") == 1);
    CHECK(count_rule(r, "VAL-INT") == 2);
    const Diagnostic* blank = find_rule(r, "VAL-BLANK");
    CHECK(blank->span.line == 4);
    CHECK(blank->span.column == 4);  // the empty cell after `规章→`
}

TEST_CASE("T2 annotated labels and local extra rows (T15)", "[model][t2]") {
    const std::string text =
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
        "规章（设区的市、自治州人民政府应提供相关数据）\t2\t2\t13\n规范性文件\t4\t4\t40\n其他主动公开文件\t9\t9\t9\n";
    const Report r = compile_text(text);
    REQUIRE(r.t2);
    CHECK(t2(r, "RULES", 2) == "13");
    CHECK(count_rule(r, "P-LABEL-ANNOTATED") == 1);
    CHECK(count_rule(r, "P-EXTRA-ROW") == 1);
    REQUIRE(r.t2->extra_rows.size() == 1);
    CHECK(r.t2->extra_rows[0].label == "其他主动公开文件");
    REQUIRE(r.t2->extra_rows[0].cells.size() == 3);  // kept, never checked: no diagnostic of its own
    CHECK(value(r.t2->extra_rows[0].cells[2]) == "9");
}
