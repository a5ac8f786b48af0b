// §5.7 prose ↔ table and §5.8 year rules: each points at the phrase it read.
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {
// The clean report with no application at all: every T3 value 0, and 一 says so.
std::string without_applications() {
    std::string text = set_line(clean_report(), 8, "本局全年未收到政府信息公开申请。");
    for (std::size_t line = 34; line <= 58; ++line)
        for (std::size_t c = 2; c <= 8; ++c) text = set_cell(text, line, c, "0");
    return text;
}
}  // namespace

TEST_CASE("X-NOAPP: 未收到…申请 while T3 NEW/SUM is 2, at the phrase", "[lint][cross]") {
    const std::string line = "本局全年未收到政府信息公开申请。";
    const Report r = compile_text(set_line(clean_report(), 8, line));
    const Diagnostic& d = single(r, "X-NOAPP", W, 8, column_of(line, "未收到"));
    CHECK(d.strict_error);
    CHECK(d.message.en == "the text says “未收到政府信息公开申请”, but T3 counts 2 new applications (本年新收…总计)");
    CHECK(d.notes.at(0).span->line == 34);
    CHECK(of_rule(compile_text(without_applications()), "X-NOAPP").empty());
    CHECK(of_rule(clean(), "X-NOAPP").empty());
}

TEST_CASE("X-APP-COUNT: 收到…申请5件 against 2 new and 3 with those carried over", "[lint][cross]") {
    const std::string line = "本局全年共收到政府信息公开申请5件。";
    const Report r = compile_text(set_line(clean_report(), 8, line));
    const Diagnostic& d = single(r, "X-APP-COUNT", W, 8, column_of(line, "收到"));
    CHECK(d.message.en == "the text says “收到政府信息公开申请5件”, but T3 has 2 new applications, 3 with those carried over");
    CHECK(of_rule(compile_text(set_line(clean_report(), 8, "本局全年共受理政府信息公开申请3件。")), "X-APP-COUNT").empty());
    CHECK(of_rule(clean(), "X-APP-COUNT").empty());  // 2 = NEW/SUM
}

TEST_CASE("X-NOLITIG: 无行政复议 while T4 counts one review", "[lint][cross]") {
    const std::string line = "加强监督保障，开展业务培训，全年无行政复议、行政诉讼。";
    const std::string text = set_line(clean_report(), 14, line);
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "X-NOLITIG", W, 14, column_of(line, "无行政复议"));
    CHECK(d.message.en == "the text says “无行政复议”, but T4 counts 1 reviews and suits");
    const std::string no_cases = set_line(text, 63, "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    CHECK(of_rule(compile_text(no_cases), "X-NOLITIG").empty());
    CHECK(of_rule(clean(), "X-NOLITIG").empty());
    // Denying an outcome is not denying the cases (a real report: T4 counts 89).
    const std::string outcome = "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。";
    CHECK(of_rule(compile_text(set_line(clean_report(), 14, outcome)), "X-NOLITIG").empty());
}

TEST_CASE("X-FEE-NOAPP and X-FEE-PARSE: a fee of 200 元 with no application", "[lint][cross]") {
    const std::string line = "本机关2024年收取信息处理费200元。";
    const Report r = compile_text(set_line(without_applications(), 67, line));
    single(r, "X-FEE-NOAPP", W, 67, column_of(line, "信息处理费"));
    const Diagnostic& fee = single(r, "X-FEE-PARSE", I, 67, column_of(line, "信息处理费"));
    CHECK(fee.message.zh == "信息处理费：200 元");
    // With applications a fee is possible; a fee of 0 is no finding either.
    CHECK(of_rule(compile_text(set_line(clean_report(), 67, line)), "X-FEE-NOAPP").empty());
    const Report zero = compile_text(set_line(without_applications(), 67, "本机关2024年收取信息处理费0元。"));
    CHECK(of_rule(zero, "X-FEE-NOAPP").empty());
    CHECK(of_rule(zero, "X-FEE-PARSE").size() == 1);
    // `未收取信息处理费` names no amount: nothing to read.
    CHECK(of_rule(clean(), "X-FEE-PARSE").empty());
}

TEST_CASE("X-NORMDOC-TEXT: 制发规范性文件3件 against NORMDOC made 2", "[lint][cross]") {
    const std::string line = "加强政府信息管理，全年制发规范性文件3件。";
    const Report r = compile_text(set_line(clean_report(), 10, line));
    const Diagnostic& d = single(r, "X-NORMDOC-TEXT", I, 10, column_of(line, "制发"));
    CHECK(d.message.en.starts_with("the text says “制发规范性文件3件”, T2 has 2 规范性文件 made"));
    CHECK(of_rule(compile_text(set_line(clean_report(), 10, "加强政府信息管理，全年制发规范性文件2件。")), "X-NORMDOC-TEXT").empty());
    // A count of valid documents is no count of documents issued (docs/tables.md#cross-checks).
    CHECK(of_rule(compile_text(set_line(clean_report(), 10, "对规范性文件进行全面清理，现行有效1件。")), "X-NORMDOC-TEXT").empty());
    CHECK(of_rule(clean(), "X-NORMDOC-TEXT").empty());
}

TEST_CASE("Y-TITLE: a year later than the current year", "[lint][years]") {
    single(compile_text(set_line(clean_report(), 1, "某市生态环境局2999年政府信息公开工作年度报告")), "Y-TITLE", E, 1, 1);
    CHECK(of_rule(clean(), "Y-TITLE").empty());
}

TEST_CASE("Y-PERIOD: a statistics period of 2023 in a 2024 report, at the period", "[lint][years]") {
    const std::string line = "本报告统计数据从2023年1月1日至12月31日。";
    const Report r = compile_text(set_line(clean_report(), 3, line));
    const Diagnostic& d = single(r, "Y-PERIOD", E, 3, column_of(line, "2023"));
    CHECK(spanned(set_line(clean_report(), 3, line), d.span) == "2023年1月1日至12月31日");
    // A date that is no statistics period (`自2023年1月1日起施行`) is not one.
    CHECK(of_rule(compile_text(set_line(clean_report(), 3, "该办法自2023年1月1日起施行。")), "Y-PERIOD").empty());
    CHECK(of_rule(clean(), "Y-PERIOD").empty());
}

TEST_CASE("Y-SIGN-EARLY / Y-SIGN-YEAR / Y-DEADLINE: the signature date", "[lint][years]") {
    single(compile_text(set_line(clean_report(), 70, "2024年12月20日")), "Y-SIGN-EARLY", E, 70, 1);
    const Report late_year = compile_text(set_line(clean_report(), 70, "2026年1月10日"));
    single(late_year, "Y-SIGN-YEAR", W, 70, 1);
    CHECK(of_rule(late_year, "Y-SIGN-EARLY").empty());
    const Report february = compile_text(set_line(clean_report(), 70, "2025年2月10日"));
    const Diagnostic& d = single(february, "Y-DEADLINE", I, 70, 1);
    CHECK(d.message.en == "signed 2025-02-10, after the publication deadline for a department, 2025-01-31 (Regulation Art. 49)");
    // A people's government publishes by 31 March.
    std::string government = set_line(clean_report(), 1, "某市人民政府2024年政府信息公开工作年度报告");
    government = set_line(set_line(government, 69, "某市人民政府"), 70, "2025年2月10日");
    CHECK(of_rule(compile_text(government), "Y-DEADLINE").empty());
    CHECK(of_rule(compile_text(set_line(clean_report(), 70, "2024年12月31日")), "Y-SIGN-EARLY").empty());
    for (const char* rule : {"Y-SIGN-EARLY", "Y-SIGN-YEAR", "Y-DEADLINE"}) CHECK(of_rule(clean(), rule).empty());
}

TEST_CASE("Y-PROSE-STALE: 截至2023年底 and 2023年，我局… in a 2024 report ([S4])", "[lint][years]") {
    const std::string line = "截至2023年底，推进政务公开平台建设。";
    const Report r = compile_text(set_line(clean_report(), 12, line));
    const Diagnostic& d = single(r, "Y-PROSE-STALE", I, 12, 1);
    CHECK(d.message.en.starts_with("“截至2023年底” treats 2023 as the current period"));
    single(compile_text(set_line(clean_report(), 6, "2023年，我局主动公开政府信息120条。")), "Y-PROSE-STALE", I, 6, 1);
    // 五 legitimately speaks of last year.
    CHECK(of_rule(compile_text(set_line(clean_report(), 65, "截至2023年底问题不够突出，下一步加强整改。")), "Y-PROSE-STALE").empty());
    CHECK(of_rule(clean(), "Y-PROSE-STALE").empty());
}

TEST_CASE("Y-PROSE-FUTURE: a year ≥ Y+2 stated as a fact", "[lint][years]") {
    const std::string line = "推进平台建设，2027年建成示范点。";
    single(compile_text(set_line(clean_report(), 12, line)), "Y-PROSE-FUTURE", I, 12, column_of(line, "2027"));
    CHECK(of_rule(compile_text(set_line(clean_report(), 12, "推进平台建设，力争到2027年建成示范点。")), "Y-PROSE-FUTURE").empty());
    CHECK(of_rule(compile_text(set_line(clean_report(), 12, "2025年，推进平台建设。")), "Y-PROSE-FUTURE").empty());
    CHECK(of_rule(clean(), "Y-PROSE-FUTURE").empty());
}

// W11: a section cut short says nothing of what it lacks.
TEST_CASE("S1-TOPIC and S1-GOV-ASSESS: not on a section 一 the document was cut in", "[lint][content]") {
    const std::string head = "某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我县坚持";
    const Report cut = compile_text(head);
    CHECK(cut.truncated_in == 1);
    CHECK(count_rule(cut, "P-TRUNCATED") == 1);
    CHECK(of_rule(cut, "S1-TOPIC").empty());
    CHECK(of_rule(cut, "S1-GOV-ASSESS").empty());
    // The same section, whole: its five topics and the assessment are missing.
    const Report whole = compile_text(head + "公开。\n");
    CHECK(whole.truncated_in == 0);
    CHECK(of_rule(whole, "S1-TOPIC").size() == 5);
    CHECK(of_rule(whole, "S1-GOV-ASSESS").size() == 1);
}

TEST_CASE("Y-PUBLISHED-LATE: the publication date of crawler or page metadata, department vs government", "[lint][years]") {
    // Line 2 of the clean report (empty) becomes the metadata line of a crawler or a page.
    const auto with_date = [](const std::string& text, const std::string& line) { return set_line(text, 2, line); };
    const Report late = compile_text(with_date(set_line(clean_report(), 70, "2025年2月10日"), "发布时间: 2025-02-10 09:00"));
    const auto found = of_rule(late, "Y-PUBLISHED-LATE");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == W);
    CHECK(found[0]->span.line == 2);
    CHECK(found[0]->message.en ==
          "published 2025-02-10 (发布时间), after the publication deadline for a department, 2025-01-31 (Regulation Art. 49)");
    CHECK(found[0]->message.zh == "发布时间 2025-02-10 晚于政府部门的公布期限 2025-01-31（《条例》第四十九条）");
    // The publication date decides: the signature date, as late, is not reported as well.
    CHECK(of_rule(late, "Y-DEADLINE").empty());
    // Published on the last day, or signed late but published in time: nothing.
    CHECK(of_rule(compile_text(with_date(clean_report(), "发布时间: 2025-01-31 18:00")), "Y-PUBLISHED-LATE").empty());
    const Report in_time = compile_text(with_date(set_line(clean_report(), 70, "2025年2月10日"), "发布时间: 2025-01-20 09:00"));
    CHECK(of_rule(in_time, "Y-PUBLISHED-LATE").empty());
    CHECK(of_rule(in_time, "Y-DEADLINE").empty());

    // A people's government: by 31 March, from a page's 发布日期.
    std::string government = set_line(clean_report(), 1, "某市人民政府2024年政府信息公开工作年度报告");
    government = set_line(government, 69, "某市人民政府");
    CHECK(of_rule(compile_text(with_date(government, "发布日期：2025-03-31")), "Y-PUBLISHED-LATE").empty());
    const Report april_report = compile_text(with_date(government, "发布日期：2025-04-01"));
    const auto april = of_rule(april_report, "Y-PUBLISHED-LATE");
    REQUIRE(april.size() == 1);
    CHECK(april[0]->message.en ==
          "published 2025-04-01 (发布日期), after the publication deadline for a people's government, 2025-03-31 (Regulation Art. 49)");
    // Without a publication date there is nothing to check here (Y-DEADLINE reads the signature).
    CHECK(of_rule(clean(), "Y-PUBLISHED-LATE").empty());
}
