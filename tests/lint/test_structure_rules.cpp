// §5.1 structure rules: each fails on a changed copy of the clean report (at
// the heading concerned, or the title) and passes on the clean report.
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {
Report lint(const std::string& text) { return compile_text(text); }
}  // namespace

TEST_CASE("DOC-TITLE-MISSING: no title before 一, reported at the heading of 一", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 1, ""));
    single(r, "DOC-TITLE-MISSING", E, 4, 1);
    CHECK(of_rule(clean(), "DOC-TITLE-MISSING").empty());
}

TEST_CASE("DOC-TITLE-FORM: 政务信息公开年度报告 is not the template title", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 1, "某市生态环境局2024年政务信息公开年度报告"));
    const Diagnostic& d = single(r, "DOC-TITLE-FORM", W, 1, 1);
    CHECK(d.message.zh.find("某市生态环境局2024年政务信息公开年度报告") != std::string::npos);
    CHECK(of_rule(clean(), "DOC-TITLE-FORM").empty());
    // `年度` and a suffix in full-width brackets are regular (§1.2).
    CHECK(of_rule(lint(set_line(clean_report(), 1, "某市生态环境局 2024 年度政府信息公开工作年度报告（图片版）")),
                  "DOC-TITLE-FORM")
              .empty());
}

TEST_CASE("DOC-SEC-MISSING: a missing 一 is reported where it belongs, at the heading of 二", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 4, ""));
    const Diagnostic& d = single(r, "DOC-SEC-MISSING", E, 15, 1);
    CHECK(d.message.zh == "缺少第1部分“一、总体情况”");
    CHECK(of_rule(clean(), "DOC-SEC-MISSING").empty());
}

TEST_CASE("DOC-SEC-ORDER: 五 after 六, at the heading of 五", "[lint][structure]") {
    auto lines = split_lines(clean_report());
    std::swap(lines[63], lines[65]);  // headings 五 (line 64) and 六 (line 66)
    std::swap(lines[64], lines[66]);  // and their paragraphs
    const Report r = lint(join_lines(lines));
    const Diagnostic& d = single(r, "DOC-SEC-ORDER", E, 66, 1);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].span->line == 64);
    CHECK(of_rule(clean(), "DOC-SEC-ORDER").empty());
}

TEST_CASE("DOC-SEC-DUP: 六 twice, at the second heading, with a note at the first", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 68, "六、其他需要报告的事项"));
    const Diagnostic& d = single(r, "DOC-SEC-DUP", E, 68, 1);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].span->line == 66);
    CHECK(of_rule(clean(), "DOC-SEC-DUP").empty());
}

TEST_CASE("DOC-SEC-DUP: each repeat of a part has its own place, the same message and note", "[lint][structure]") {
    const Report r = lint(set_line(set_line(clean_report(), 65, "五、存在的主要问题及改进情况"), 68,
                                   "五、存在的主要问题及改进情况"));
    std::vector<const Diagnostic*> repeats;
    for (const auto& d : r.diagnostics)
        if (d.rule == "DOC-SEC-DUP") repeats.push_back(&d);
    REQUIRE(repeats.size() == 2);
    CHECK(repeats[0]->span.line == 65);
    CHECK(repeats[1]->span.line == 68);
    for (const Diagnostic* d : repeats) {
        CHECK(d->severity == E);
        CHECK(d->message.zh == "第5部分标题重复出现");
        CHECK(d->message.en == "section 5 heading occurs again");
        REQUIRE(d->notes.size() == 1);
        CHECK(d->notes[0].span->line == 64);
        CHECK(d->notes[0].message.en == "first occurrence here");
    }
}

TEST_CASE("DOC-SEC-HEADING: the [SH19] wording of 五", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 64, "五、政府信息公开工作存在的主要问题及改进情况"));
    single(r, "DOC-SEC-HEADING", W, 64, 1);
    CHECK(of_rule(clean(), "DOC-SEC-HEADING").empty());
    // Spaces and half-width punctuation are not a variant wording.
    CHECK(of_rule(lint(set_line(clean_report(), 64, "五、 存在的主要问题及改进情况")), "DOC-SEC-HEADING").empty());
}

TEST_CASE("DOC-SEC-EMPTY: 五 without prose, at its heading, no S5 rule then", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 65, ""));
    single(r, "DOC-SEC-EMPTY", E, 64, 1);
    CHECK(of_rule(r, "S5-PROBLEMS").empty());
    CHECK(of_rule(r, "S5-MEASURES").empty());
    CHECK(of_rule(clean(), "DOC-SEC-EMPTY").empty());
}

TEST_CASE("DOC-TABLE-MISSING: 四 without T4 (a table pasted as an image, [HN22])", "[lint][structure]") {
    std::string text = clean_report();
    for (std::size_t line = 60; line <= 63; ++line) text = set_line(text, line, "");
    const Report r = lint(text);
    const Diagnostic& d = single(r, "DOC-TABLE-MISSING", E, 59, 1);
    CHECK(d.message.en == "四、政府信息公开行政复议、行政诉讼情况: no recognisable T4 (the table may have been an image)");
    CHECK(of_rule(clean(), "DOC-TABLE-MISSING").empty());
}

TEST_CASE("DOC-TABLE-UNREAD: table text under 三 that was not understood is not a missing table", "[lint][structure]") {
    // T3 flattened into lines of numbers without its row labels (lines 31–58).
    auto lines = split_lines(clean_report());
    lines.erase(lines.begin() + 30, lines.begin() + 58);
    lines.insert(lines.begin() + 30, {"本机关收到申请情况如下：", "合计 5 0 0 0 0 0 5", "办结 5 0 0 0 0 0 5"});
    const std::string text = join_lines(lines);
    REQUIRE(line_of(text, 30) == "三、收到和处理政府信息公开申请情况");
    const Report r = lint(text);
    const Diagnostic& d = single(r, "DOC-TABLE-UNREAD", E, 32, 1);
    CHECK(d.message.zh == "“三、收到和处理政府信息公开申请情况”第 32 行起的表格文字未能识别为 T3，表格的值均未读取");
    CHECK(of_rule(r, "DOC-TABLE-MISSING").empty());
    CHECK(of_rule(clean(), "DOC-TABLE-UNREAD").empty());
}

TEST_CASE("DOC-TABLE-MISSING: an entirely blank T2 replaces its VAL-BLANK", "[lint][structure]") {
    std::string text = clean_report();
    for (const std::size_t line : {18, 19}) text = set_line(text, line, line_of(text, line).substr(0, line_of(text, line).find('\t')) + "\t\t\t");
    for (const std::size_t line : {22, 25, 26, 29}) text = set_line(text, line, line_of(text, line).substr(0, line_of(text, line).find('\t')) + "\t\t\t");
    const Report r = lint(text);
    const Diagnostic& d = single(r, "DOC-TABLE-MISSING", E, 16, 1);
    CHECK(d.message.en == "T2: every value cell of the table is blank");
    CHECK(of_rule(r, "VAL-BLANK").empty());
}

TEST_CASE("DOC-TABLE-MISPLACED: T4 under 六, reported at the table", "[lint][structure]") {
    auto lines = split_lines(clean_report());
    const std::vector<std::string> t4(lines.begin() + 59, lines.begin() + 63);  // lines 60–63
    lines.erase(lines.begin() + 59, lines.begin() + 63);                        // 五 is now line 60, 六 62
    lines.insert(lines.begin() + 63, t4.begin(), t4.end());                     // after 六's paragraph (line 63)
    const std::string text = join_lines(lines);
    REQUIRE(line_of(text, 62) == "六、其他需要报告的事项");
    const Report r = lint(text);
    const Diagnostic& d = single(r, "DOC-TABLE-MISPLACED", W, 64, 1);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].span->line == 59);  // the heading of 四
    CHECK(of_rule(r, "DOC-TABLE-MISSING").empty());
    CHECK(of_rule(clean(), "DOC-TABLE-MISPLACED").empty());
}

TEST_CASE("S1-TOPIC: one warning per missing topic, at the heading of 一", "[lint][structure]") {
    std::string text = set_line(clean_report(), 13, "（五）队伍建设");
    text = set_line(text, 14, "加强队伍建设。");
    const Report r = lint(text);
    const Diagnostic& d = single(r, "S1-TOPIC", W, 4, 1);
    CHECK(d.message.en == "section 一 does not cover 监督保障情况 (oversight) (none of 监督保障、监督、保障、考核、培训 found)");
    CHECK(of_rule(clean(), "S1-TOPIC").empty());
    // The platform topic under another common sub-heading (a real report: `（四）平台载体建设方面`).
    std::string platform = set_line(clean_report(), 11, "（四）平台载体建设方面");
    platform = set_line(platform, 12, "优化政府网站栏目。");
    CHECK(of_rule(lint(platform), "S1-TOPIC").empty());
    platform = set_line(platform, 11, "（四）网站建设方面");
    CHECK(of_rule(lint(platform), "S1-TOPIC").size() == 1);
}

TEST_CASE("S1-GOV-ASSESS: a people's government's report without 考核/评议/责任追究", "[lint][structure]") {
    std::string text = set_line(clean_report(), 1, "某县人民政府2024年政府信息公开工作年度报告");
    text = set_line(text, 69, "某县人民政府");
    single(lint(text), "S1-GOV-ASSESS", W, 4, 1);
    CHECK(of_rule(lint(set_line(text, 14, "加强监督保障，开展年度考核。")), "S1-GOV-ASSESS").empty());
    CHECK(of_rule(clean(), "S1-GOV-ASSESS").empty());  // a department's report is exempt
}

TEST_CASE("S5-PROBLEMS / S5-MEASURES / S5-PREV-RECTIFY: at the heading of 五", "[lint][structure]") {
    const Report no_problems = lint(set_line(clean_report(), 65, "下一步将加强培训。上一年度报告所列事项已完成整改。"));
    const Diagnostic& problems = single(no_problems, "S5-PROBLEMS", W, 64, 1);
    CHECK(problems.strict_error);
    const Report no_measures = lint(set_line(clean_report(), 65, "信息公开形式不够丰富。上一年度报告所列问题已完成整改。"));
    CHECK(single(no_measures, "S5-MEASURES", W, 64, 1).strict_error);
    const Report no_rectify = lint(set_line(clean_report(), 65, "信息公开形式不够丰富。下一步将加强培训。"));
    CHECK_FALSE(single(no_rectify, "S5-PREV-RECTIFY", W, 64, 1).strict_error);
    // `{Y-1}年度…问题` counts as mentioning last year's problems.
    CHECK(of_rule(lint(set_line(clean_report(), 65, "信息公开形式不够丰富。2023年度报告指出的问题已解决，下一步将加强培训。")),
                  "S5-PREV-RECTIFY")
              .empty());
    for (const char* rule : {"S5-PROBLEMS", "S5-MEASURES", "S5-PREV-RECTIFY"}) CHECK(of_rule(clean(), rule).empty());
}

TEST_CASE("S6-FEE: 六 without a fee statement ([S2])", "[lint][structure]") {
    const Report r = lint(set_line(clean_report(), 67, "无其他需要报告的事项。"));
    CHECK(single(r, "S6-FEE", W, 66, 1).strict_error);
    CHECK(of_rule(lint(set_line(clean_report(), 67, "本年度未收取任何费用。")), "S6-FEE").empty());  // 收取…费
    CHECK(of_rule(clean(), "S6-FEE").empty());
    // The fee measures apply from the 2021 reports on: before, only an INFO, not strict.
    std::string y2020 = set_line(clean_report(), 67, "无其他需要报告的事项。");
    y2020 = replace_once(replace_once(y2020, "2024年政府", "2020年政府"), "从2024年", "从2020年");
    const Report early_report = lint(y2020);
    const Diagnostic& early = single(early_report, "S6-FEE", I, 66, 1);
    CHECK_FALSE(early.strict_error);
    REQUIRE(early.notes.size() == 1);
    CHECK(early.notes[0].message.zh == "信息处理费自 2021 年度起收取，2020 年度报告不必说明");
    std::string y2021 = replace_once(replace_once(y2020, "2020年政府", "2021年政府"), "从2020年", "从2021年");
    const Report late = lint(y2021);
    CHECK(single(late, "S6-FEE", W, 66, 1).strict_error);
}
