// §5.3 VAL-MAGNITUDE, §5.4 T2 and §5.6 T4 rules: reported at the offending
// cell, with notes at the cells it is compared with.
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {
const std::string s4 = "004_50ad684e5c01058f";
}  // namespace

TEST_CASE("VAL-MAGNITUDE: 250000 万元 with no decimals", "[lint][value]") {
    const std::string text = set_cell(clean_report(), 29, 1, "250000");
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "VAL-MAGNITUDE", I, 29, cell_column(line_of(text, 29), 1));
    CHECK(d.message.en == "T2 行政事业性收费 is 250000 万元; was it entered in 元?");
    CHECK(of_rule(compile_text(set_cell(clean_report(), 29, 1, "316441.25")), "VAL-MAGNITUDE").empty());
    CHECK(of_rule(clean(), "VAL-MAGNITUDE").empty());
}

TEST_CASE("T2-VALID-LB: valid < made − repealed, at the valid cell", "[lint][t2]") {
    const std::string text = set_cell(clean_report(), 19, 3, "0");  // NORMDOC: made 2, repealed 1, valid 0
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "T2-VALID-LB", W, 19, cell_column(line_of(text, 19), 3));
    CHECK(d.message.en == "T2 row “行政规范性文件”: 现行有效件数 (0) is less than 本年制发件数 (2) minus 本年废止件数 (1)");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].span->column == cell_column(line_of(text, 19), 1));
    CHECK(d.notes[1].span->column == cell_column(line_of(text, 19), 2));
    CHECK(of_rule(compile_text(set_cell(clean_report(), 19, 3, "1")), "T2-VALID-LB").empty());  // 1 = 2 − 1
    CHECK(of_rule(clean(), "T2-VALID-LB").empty());
}

TEST_CASE("T2-VALID-LB: an unreadable cell skips the rule with P-SKIPPED", "[lint][t2]") {
    const std::string text = set_cell(clean_report(), 19, 3, "约5");
    const Report r = compile_text(text);
    CHECK(of_rule(r, "T2-VALID-LB").empty());
    single(r, "VAL-INT", E, 19, cell_column(line_of(text, 19), 3));
    const Diagnostic& skipped = single(r, "P-SKIPPED", I, 19, cell_column(line_of(text, 19), 3));
    CHECK(skipped.message.en == "T2-VALID-LB not evaluated: T2 row “行政规范性文件”, column “现行有效件数” could not be read");
}

// 004 (F2019, one cell per line): 规范性文件 new_made 26, new_published 27,
// total_published 28; 行政处罚 prev_items 55, delta 56, decisions 57.
TEST_CASE("T2-2019-CUM: total_published < new_published [F2019]", "[lint][t2]") {
    std::string text = set_line(example_text(s4), 27, "\t3");
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "T2-2019-CUM", W, 28, 2);
    CHECK(d.message.en == "T2 row “规范性文件”: 对外公开总数量 (0) is less than 本年新公开数量 (3)");
    CHECK(d.notes.at(0).span->line == 27);
    CHECK(of_rule(compile_text(set_line(text, 28, "\t3")), "T2-2019-CUM").empty());
    CHECK(of_rule(compile_text(example_text(s4)), "T2-2019-CUM").empty());
}

TEST_CASE("T2-2019-NEG: prev_items + delta < 0 [F2019]", "[lint][t2]") {
    const std::string text = set_line(example_text(s4), 56, "\t-18");  // 16 − 18
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "T2-2019-NEG", W, 56, 2);
    CHECK(d.message.en == "T2 row “行政处罚”: 上一年项目数量 (16) plus 本年增/减 (-18) is below 0");
    CHECK(of_rule(compile_text(set_line(example_text(s4), 56, "\t-16")), "T2-2019-NEG").empty());
    CHECK(of_rule(compile_text(example_text(s4)), "T2-2019-NEG").empty());  // 16 + 18
}

TEST_CASE("T2-RULES-AUTHORITY: a city bureau reporting 规章 made", "[lint][t2]") {
    const std::string text = set_cell(clean_report(), 18, 1, "2");
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "T2-RULES-AUTHORITY", W, 18, cell_column(line_of(text, 18), 1));
    CHECK(d.message.zh.starts_with("“某市生态环境局”填报规章本年制发 2 件"));
    // A city government's general office reports its government's 规章 ([SH19]).
    std::string office = set_line(text, 1, "某市人民政府办公厅2024年政府信息公开工作年度报告");
    CHECK(of_rule(compile_text(office), "T2-RULES-AUTHORITY").empty());
    // A county government makes none.
    std::string county = set_line(text, 1, "某县人民政府2024年政府信息公开工作年度报告");
    CHECK(of_rule(compile_text(county), "T2-RULES-AUTHORITY").size() == 1);
    CHECK(of_rule(clean(), "T2-RULES-AUTHORITY").empty());
}

TEST_CASE("T2-RULES-AUTHORITY: 规章 in force at a township, also one that names itself only 我镇", "[lint][t2]") {
    const std::string text = set_cell(clean_report(), 18, 3, "6");
    const std::string township = set_line(text, 1, "某镇人民政府2024年政府信息公开工作年度报告");
    const Report named = compile_text(township);
    const Diagnostic& d = single(named, "T2-RULES-AUTHORITY", W, 18, cell_column(line_of(text, 18), 3));
    CHECK(d.message.zh.starts_with("“某镇人民政府”填报规章现行有效 6 件"));
    // A city bureau may count its city's 规章 in its field as in force.
    CHECK(of_rule(compile_text(text), "T2-RULES-AUTHORITY").empty());
    // A cut copy without its title: the agency is known only as 我镇.
    std::string unnamed = set_line(township, 1, "");
    unnamed = set_line(unnamed, 3, line_of(unnamed, 3) + "我镇按照要求做好政务公开工作。");
    const Report self = compile_text(unnamed);
    const Diagnostic& u = single(self, "T2-RULES-AUTHORITY", W, 18, cell_column(line_of(text, 18), 3));
    CHECK(u.message.zh.starts_with("自称“我镇”的机关填报规章现行有效 6 件"));
    CHECK(u.message.en.starts_with("the agency that calls itself “我镇” reports 规章 (in force: 6)"));
    // Without a name or a self-reference, nothing is known of the agency.
    CHECK(of_rule(compile_text(set_line(township, 1, "")), "T2-RULES-AUTHORITY").empty());
}

TEST_CASE("T2-ZERO-ALL: every T2 value 0, at the table", "[lint][t2]") {
    std::string text = clean_report();
    for (const auto& [line, cells] : std::vector<std::pair<std::size_t, std::size_t>>{{19, 3}, {22, 1}, {25, 1}, {29, 1}})
        for (std::size_t c = 1; c <= cells; ++c) text = set_cell(text, line, c, "0");
    single(compile_text(text), "T2-ZERO-ALL", I, 16, 1);
    CHECK(of_rule(clean(), "T2-ZERO-ALL").empty());
}

TEST_CASE("T4-TOTAL-RV/LD/LR: at the 总计 cell, notes at the four results", "[lint][t4]") {
    const std::string line63 = line_of(clean_report(), 63);
    const std::string rv = set_cell(clean_report(), 63, 1, "2");  // RV: 1 + 2 ≠ 1
    const Report r = compile_text(rv);
    const Diagnostic& d = single(r, "T4-TOTAL-RV", E, 63, cell_column(line63, 4));
    CHECK(d.message.en == "T4 RV: 总计 is 1 but the four results before it sum to 3");
    REQUIRE(d.notes.size() == 4);
    CHECK(d.notes[1].span->column == cell_column(line63, 1));
    CHECK(d.notes[1].message.en == "T4 “行政复议”, “结果纠正” is 2");
    single(compile_text(set_cell(clean_report(), 63, 9, "1")), "T4-TOTAL-LD", E, 63, cell_column(line63, 9));
    single(compile_text(set_cell(clean_report(), 63, 13, "4")), "T4-TOTAL-LR", E, 63, cell_column(line63, 14));
    for (const char* rule : {"T4-TOTAL-RV", "T4-TOTAL-LD", "T4-TOTAL-LR"}) CHECK(of_rule(clean(), rule).empty());
}
