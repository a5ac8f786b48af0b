// X-COPY-PREV and T2-VALID-CHAIN across one agency's consecutive years: the
// clean report (tests/lint/data/clean_f2021.txt) as 2024, edited copies as 2025.
// The clean report has 10 counted sentences (tests/model/test_compare.cpp).
#include "lint/year_pairs.hpp"
#include "lint/prev_problems.hpp"
#include "model/sentences.hpp"
#include "lint_helpers.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {

// The clean report one year on: every year + 1, the same prose otherwise.
std::string next_year(std::string text) {
    for (const auto& [from, to] : {std::pair{"2025", "2026"}, std::pair{"2024", "2025"}})
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at)) text.replace(at, 4, to);
    return text;
}

YearSummary summary(const std::string& text) {
    auto s = summarize_year(compile_text(text));
    REQUIRE(s);
    return *s;
}

std::vector<Diagnostic> pair_findings(const std::string& old_text, const std::string& new_text, std::string_view rule) {
    std::vector<Diagnostic> out;
    for (auto& [index, d] : check_year_pairs({summary(old_text), summary(new_text)})) {
        CHECK(index == 1);  // always on the later report
        if (d.rule == rule) out.push_back(d);
    }
    return out;
}

// Four of the ten sentences changed: two counts, two rewritten.
std::string four_changed() {
    std::string text = next_year(clean_report());
    text = replace_once(text, "公开政府信息120条。", "公开政府信息130条。");
    text = replace_once(text, "信息公开申请2件。", "信息公开申请3件。");
    text = replace_once(text, "加强政府信息管理，规范发布流程。", "建立政府信息定期清理机制。");
    return replace_once(text, "推进政务公开平台建设。", "政务公开专区完成适老化改造。");
}

}  // namespace

TEST_CASE("X-COPY-PREV: 6 of 10 sentences repeated (60 %) is a warning at the title", "[lint][pairs]") {
    const auto found = pair_findings(clean_report(), four_changed(), "X-COPY-PREV");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == W);
    CHECK(found[0].span.line == 1);
    CHECK(found[0].message.en == "6 of 10 sentences (60.0%) repeat the 2024 report test.txt (template text removed)");
    CHECK(found[0].message.zh == "10 句中有 6 句（60.0%）与 2024 年度报告 test.txt 相同（已去除模板文字）");
}

TEST_CASE("X-COPY-PREV: 5 of 10 (exactly half) is no finding, nor another agency or a year apart", "[lint][pairs]") {
    const std::string five = replace_once(four_changed(), "加强监督保障，开展业务培训。", "开展政务公开专题培训两次。");
    const RepetitionShare half = repetition_share(summary(five).sentences, summary(clean_report()).sentences);
    CHECK(half.repeated == 5);
    CHECK(half.total == 10);
    CHECK(pair_findings(clean_report(), five, "X-COPY-PREV").empty());
    const std::string other_agency = replace_once(next_year(clean_report()), "某市生态环境局2025年", "某市交通运输局2025年");
    CHECK(pair_findings(clean_report(), other_agency, "X-COPY-PREV").empty());
    CHECK(pair_findings(clean_report(), next_year(next_year(clean_report())), "X-COPY-PREV").empty());
    CHECK(pair_findings(clean_report(), next_year(clean_report()), "X-COPY-PREV").size() == 1);  // 10 of 10
}

TEST_CASE("T2-VALID-CHAIN: NORMDOC valid 5, but 5 + made 2 − repealed 1 is 6 (info)", "[lint][pairs]") {
    const auto found = pair_findings(clean_report(), next_year(clean_report()), "T2-VALID-CHAIN");
    REQUIRE(found.size() == 1);  // RULES: 0 + 0 − 0 = 0 holds
    CHECK(found[0].severity == I);
    CHECK(found[0].message.en == "T2 NORMDOC: valid is 5, but the 2024 report's 5 + made 2 − repealed 1 is 6");
    CHECK(found[0].span.line == 19);
    const std::string six = replace_once(next_year(clean_report()), "行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t1\t6");
    CHECK(pair_findings(clean_report(), six, "T2-VALID-CHAIN").empty());
}

TEST_CASE("X-PREV-PROBLEMS: last year's section 五 named a problem this year's section 五 does not mention", "[lint][pairs]") {
    // The clean report's 五 names one problem, 信息公开形式不够丰富; its other two
    // sentences are a measure (改进措施：下一步将…) and a statement of rectification.
    const Report clean_model = compile_text(clean_report());
    const auto problems = section5_problems(clean_model, report_sentences(clean_model));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].text == "存在的问题：信息公开形式不够丰富。");
    const std::string five = "存在的问题：信息公开形式不够丰富。改进措施：下一步将加强培训。上一年度报告所列问题已完成整改。";
    const std::string other = replace_once(next_year(clean_report()), five,
                                           "存在的问题：依申请公开答复不够规范。改进措施：下一步将加强培训。");
    const auto found = pair_findings(clean_report(), other, "X-PREV-PROBLEMS");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == W);
    CHECK(found[0].span.line == 64);  // the heading 五、存在的主要问题及改进情况
    CHECK(found[0].message.zh == "2024 年度报告第五部分所列的 1 个问题（“存在的问题：信息公开形式不够丰富。”）在本年第五部分均未提及");
    // Followed up in other words: 公开形式 … 不够丰富 is named again.
    const std::string followed = replace_once(next_year(clean_report()), five,
                                              "针对上年公开形式不够丰富的问题，新增图解解读12篇。存在的问题：依申请公开答复不够规范。");
    CHECK(pair_findings(clean_report(), followed, "X-PREV-PROBLEMS").empty());
    CHECK(pair_findings(clean_report(), next_year(clean_report()), "X-PREV-PROBLEMS").empty());  // the same 五
    // Last year named no problem: nothing to follow up.
    const std::string no_problem = replace_once(clean_report(), five, "本年度工作中未发现突出问题。下一步将加强培训。");
    CHECK(pair_findings(no_problem, other, "X-PREV-PROBLEMS").empty());
}
