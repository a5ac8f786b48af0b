// §5.2 layout / format rules.
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {
const std::string s4 = "004_50ad684e5c01058f";

// The clean report with T3 in the F2019 layout: a single （六）其他处理 row.
std::string clean_with_f2019_t3() {
    auto lines = split_lines(clean_report());
    lines[53] = "（六）其他处理\t0\t0\t0\t0\t0\t0\t0";  // line 54
    lines.erase(lines.begin() + 54, lines.begin() + 56);  // lines 55, 56
    return join_lines(lines);
}
}  // namespace

TEST_CASE("FMT-OUT-OF-SCOPE: a 2017 report, only structure is checked", "[lint][format]") {
    std::string text = set_line(clean_report(), 1, "某市生态环境局2017年政府信息公开工作年度报告");
    text = set_cell(text, 36, 2, "7");  // a T3 sum that fails: not checked
    const Report r = compile_text(text);
    single(r, "FMT-OUT-OF-SCOPE", E, 1, 1);
    CHECK(of_rule(r, "T3-TOTALCOL").empty());
    CHECK(of_rule(r, "Y-PERIOD").empty());
    CHECK(of_rule(compile_text(clean_report()), "FMT-OUT-OF-SCOPE").empty());
}

TEST_CASE("FMT-OUT-OF-SCOPE: a part of the pre-2019 structure", "[lint][format]") {
    const Report r = compile_text(set_line(clean_report(), 65, "四、政府信息公开的收费及减免情况"));
    const Diagnostic& d = single(r, "FMT-OUT-OF-SCOPE", E, 65, 1);
    CHECK(d.message.en == "“四、政府信息公开的收费及减免情况” belongs to the pre-2019 report structure; only the structure was checked");
}

// The pre-2019 outline seen from its first part (龙游县横山镇 2023 in tests/corpus).
TEST_CASE("FMT-OUT-OF-SCOPE: a first part 基本情况 whose items are the old parts, no content rules", "[lint][format]") {
    const std::string old_outline =
        "某镇2023年政府信息公开工作年度报告\n一、政府信息公开工作的基本情况\n1.主动公开政府信息的情况\n"
        "本镇新增主动公开政府信息130条。\n2.依申请公开政府信息情况\n2023年度受理政府信息公开申请1件。\n";
    const Report r = compile_text(old_outline);
    const Diagnostic& d = single(r, "FMT-OUT-OF-SCOPE", E, 2, 1);
    CHECK(d.message.zh == "“一、政府信息公开工作的基本情况”及其下的“2.依申请公开政府信息情况”是 2019 年以前的年报结构；只检查了文档结构");
    CHECK(of_rule(r, "S1-TOPIC").empty());  // content is not checked out of scope
    CHECK(of_rule(r, "S1-GOV-ASSESS").empty());
    // The 2021 outline names the same work under 总体情况: in scope.
    std::string modern = old_outline;
    modern.replace(modern.find("一、政府信息公开工作的基本情况"), std::string("一、政府信息公开工作的基本情况").size(), "一、总体情况");
    CHECK(of_rule(compile_text(modern), "FMT-OUT-OF-SCOPE").empty());
    // A 基本情况 part whose items are not the old parts: in scope.
    std::string items = old_outline;
    items.replace(items.find("2.依申请公开政府信息情况"), std::string("2.依申请公开政府信息情况").size(), "2.依申请公开");
    CHECK(of_rule(compile_text(items), "FMT-OUT-OF-SCOPE").empty());
}

TEST_CASE("FMT-OUT-OF-SCOPE: the line is found whatever ends it", "[lint][format]") {
    // The part heading between prose lines that mention 情况 themselves, with
    // CR LF line ends, and once after a lone CR.
    std::string text = set_line(clean_report(), 65, "四、政府信息公开的收费及减免情况");
    std::string crlf;
    for (const char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Report r = compile_text(crlf);
    const Diagnostic& d = single(r, "FMT-OUT-OF-SCOPE", E, 65, 1);
    CHECK(d.message.en == "“四、政府信息公开的收费及减免情况” belongs to the pre-2019 report structure; only the structure was checked");
    CHECK(d.span.length == std::string("四、政府信息公开的收费及减免情况").size());

    const std::string lone_cr = set_line(clean_report(), 65, "上述情况说明如下。\r四、政府信息公开的收费及减免情况");
    const Report after = compile_text(lone_cr);
    const Diagnostic& after_cr = single(after, "FMT-OUT-OF-SCOPE", E, 66, 1);
    CHECK(after_cr.span.length == std::string("四、政府信息公开的收费及减免情况").size());
}

TEST_CASE("FMT-LEGACY: one per table of a 2024 report in the 2019 layout [S4]", "[lint][format]") {
    const Report r = compile_text(example_text(s4));
    const auto found = of_rule(r, "FMT-LEGACY");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == E);
    CHECK(found[0]->span.line == 11);  // `→第二十条第（一）项`
    CHECK(found[0]->span.column == 2);
    CHECK(found[1]->span.line == 88);  // `→（本列数据的勾稽关系为：…）`
    CHECK(found[1]->span.column == 2);
    CHECK(of_rule(compile_text(clean_report()), "FMT-LEGACY").empty());
    // The same tables in a 2020 report are on time.
    CHECK(of_rule(compile_text(replace_once(example_text(s4), "2024年政府信息公开工作年度报告\n",
                                            "2020年政府信息公开工作年度报告\n")),
                  "FMT-LEGACY")
              .empty());
}

TEST_CASE("FMT-ANACHRONISM: a 2020 report in the 2021 layout, at each table", "[lint][format]") {
    const Report r = compile_text(set_line(clean_report(), 1, "某市生态环境局2020年政府信息公开工作年度报告"));
    const auto found = of_rule(r, "FMT-ANACHRONISM");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == W);
    CHECK(found[0]->span.line == 16);
    CHECK(found[1]->span.line == 31);
    CHECK(of_rule(compile_text(clean_report()), "FMT-ANACHRONISM").empty());
}

TEST_CASE("FMT-MIXED: T3 in the 2019 layout, T2 in the 2021 layout", "[lint][format]") {
    const Report r = compile_text(clean_with_f2019_t3());
    REQUIRE(r.t3);
    CHECK(r.t3->layout == Layout::F2019);
    const Diagnostic& d = single(r, "FMT-MIXED", W, 31, 1);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].span->line == 16);
    CHECK(of_rule(r, "FMT-LEGACY").size() == 1);  // T3, as docs/rules.md#fmt-legacy says (one per table)
    CHECK(of_rule(r, "T3-TOTALCOL").empty());
    CHECK(of_rule(compile_text(clean_report()), "FMT-MIXED").empty());
}

TEST_CASE("FMT-DECLARED: a 2024 report citing the 2019 notice, at the citation", "[lint][format]") {
    const std::string line = "本报告依据国办公开办函〔2019〕60号编制，统计数据从2024年1月1日至12月31日。";
    const Report r = compile_text(set_line(clean_report(), 3, line));
    const Diagnostic& d = single(r, "FMT-DECLARED", W, 3, column_of(line, "〔2019〕60号"));
    CHECK(d.span.end_column == d.span.column + 9);  // 〔2019〕60号: 9 code points
    // Citing the 2021 notice with 2021 tables is right.
    CHECK(of_rule(compile_text(set_line(clean_report(), 3, "依据国办公开办函〔2021〕30号编制。")), "FMT-DECLARED").empty());
    // Citing the 2021 notice over a 2019-layout T3 is not.
    const std::string mixed = set_line(clean_with_f2019_t3(), 3, "依据国办公开办函〔2021〕30号编制。");
    single(compile_text(mixed), "FMT-DECLARED", W, 3, column_of("依据国办公开办函〔2021〕30号编制。", "〔2021〕"));
}
