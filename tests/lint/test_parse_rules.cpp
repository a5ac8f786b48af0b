// §5.3 and §5.9: the rules the compiler emits while it reads the report,
// each on the clean report changed in one place (the clean report itself,
// which has no diagnostic, is the passing input of every rule).
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {


std::string insert_line(const std::string& text, std::size_t before, const std::string& line) {
    auto lines = split_lines(text);
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(before - 1), line);
    return join_lines(lines);
}

std::string delete_line(const std::string& text, std::size_t number) {
    auto lines = split_lines(text);
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(number - 1));
    return join_lines(lines);
}

struct Case {
    const char* rule;
    Severity severity;
    std::string text;
    std::size_t line;
    std::size_t column;
};

}  // namespace

TEST_CASE("parse and value rules: rule, severity and position", "[lint][parse]") {
    const std::string clean = clean_report();
    const auto cell = [&](std::size_t line, std::size_t index, const std::string& value) {
        return Case{"", I, set_cell(clean, line, index, value), line, cell_column(line_of(clean, line), index)};
    };
    std::vector<Case> cases;
    cases.push_back({"P-ARTIFACT", I, set_line(clean, 6, "[bookmark: _GoBack]本局全年主动公开政府信息120条。"), 6, 1});
    cases.push_back({"P-LABEL-ANNOTATED", I, set_cell(clean, 18, 0, "规章（设区的市、自治州人民政府应提供相关数据）"), 18, 1});
    cases.push_back({"P-LABEL-FUZZY", W, set_cell(clean, 19, 0, "行政规范文件"), 19, 1});
    cases.push_back({"P-LABEL-UNKNOWN", W, insert_line(clean, 23, "其他事项\t3\t\t"), 23, 1});
    cases.push_back({"P-EXTRA-ROW", W, insert_line(clean, 20, "其他主动公开文件\t1\t0\t1"), 20, 1});
    cases.push_back({"P-ROW-MISSING", E, delete_line(clean, 41), 31, 1});  // DENY_4 gone: at the table
    cases.push_back({"P-CELL-COUNT", E, set_line(clean, 37, line_of(clean, 37).substr(0, line_of(clean, 37).rfind('\t'))), 37, 1});
    auto c = cell(29, 1, "约1.2");
    c.rule = "VAL-DEC", c.severity = E, cases.push_back(c);
    c = cell(25, 1, "");
    c.rule = "VAL-BLANK", c.severity = W, cases.push_back(c);
    c = cell(26, 1, "-");
    c.rule = "VAL-PLACEHOLDER", c.severity = W, cases.push_back(c);
    c = cell(22, 1, "30件");
    c.rule = "VAL-UNIT", c.severity = I, cases.push_back(c);
    c = cell(22, 1, "３０");
    c.rule = "VAL-NUMFMT", c.severity = I, cases.push_back(c);
    c = cell(36, 2, "1.5");
    c.rule = "VAL-INT", c.severity = E, cases.push_back(c);
    for (const Case& k : cases) {
        INFO(k.rule);
        single(compile_text(k.text), k.rule, k.severity, k.line, k.column);
    }
}

TEST_CASE("VAL-SIGNED: an F2019 本年增/减 that is no integer [S4]", "[lint][parse]") {
    const std::string text = set_line(example_text("004_50ad684e5c01058f"), 56, "\t约18");
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "VAL-SIGNED", E, 56, 2);
    CHECK(d.message.en == "T2 row “行政处罚”, column “本年增/减” must be a (signed) integer, found “约18”");
    CHECK(of_rule(compile_text(set_line(example_text("004_50ad684e5c01058f"), 56, "\t-8")), "VAL-SIGNED").empty());
}

TEST_CASE("VAL-UNIT: a unit in the header of 采购总金额 counts, and fills amount_unit", "[lint][parse]") {
    const std::string stem = "004_50ad684e5c01058f";  // F2019 T2: 采购总金额 with no unit, cell `0`
    const Report plain = compile_text(example_text(stem));
    REQUIRE(of_rule(plain, "VAL-UNIT").size() == 1);
    CHECK(of_rule(plain, "VAL-UNIT").front()->message.zh == "T2“政府集中采购”行“采购总金额”列：金额未注明单位，表头也未注明");
    const Report headed = compile_text(replace_once(example_text(stem), "\t采购总金额\n", "\t采购总金额(万元)\n"));
    CHECK(of_rule(headed, "VAL-UNIT").empty());
    const T2Row* procure = headed.t2->row("PROCURE");
    REQUIRE(procure);
    REQUIRE(procure->cells[1].number());
    CHECK(procure->cells[1].number()->unit == "万元");
    // A cell unit that contradicts the header's: the value is not used.
    const Report contradicted =
        compile_text(replace_once(replace_once(example_text(stem), "\t采购总金额\n", "\t采购总金额（万元）\n"),
                                  "\t政府集中采购\n\t0\n\t0\n", "\t政府集中采购\n\t0\n\t3元\n"));
    REQUIRE(of_rule(contradicted, "VAL-UNIT").size() == 1);
    CHECK(of_rule(contradicted, "VAL-UNIT").front()->severity == W);
}
