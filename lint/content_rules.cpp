// §5.1 Structure, the content each prose section must have: the five topics
// of 一, a government's assessment results, problems, measures and last
// year's rectification in 五, the fee statement in 六. Found by keywords over
// the section's prose (D7: lines joined); reported at the section heading.
#include "lint/agency_kind.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/prose_patterns.hpp"

#include <fmt/format.h>

namespace nianbao::rules {

namespace {

void check_topics(LintContext& c);
void check_government_assessment(LintContext& c);
void check_problems(LintContext& c);
void check_measures(LintContext& c);
void check_previous_rectification(LintContext& c);
void check_fee_statement(LintContext& c);

}  // namespace

const LintRule s1_topic{{
    "S1-TOPIC", Severity::warning, false,
    "总体情况未涉及五个方面之一", "One of the five topics of section 一 has no keyword hit",
    "“总体情况”未涉及{0}（未找到：{1}）", "section 一 does not cover {0} (none of {1} found)"}, check_topics};

const LintRule s1_gov_assess{{
    "S1-GOV-ASSESS", Severity::warning, false,
    "人民政府的年报未说明考核、评议和责任追究结果",
    "A people's government's report names no assessment, evaluation or accountability results",
    "“{0}”是人民政府的年报，“总体情况”应说明工作考核、社会评议和责任追究结果（第五十条第（四）项）",
    "“{0}” is a people's government's report; section 一 must state assessment, public evaluation and "
    "accountability results (Art. 50 (4))"}, check_government_assessment};

const LintRule s5_problems{{
    "S5-PROBLEMS", Severity::warning, true,
    "第五部分没有说明存在的问题", "Section 五 has no problem statement",
    "“{0}”未说明存在的主要问题", "“{0}” states no problems"}, check_problems};

const LintRule s5_measures{{
    "S5-MEASURES", Severity::warning, true,
    "第五部分没有改进措施", "Section 五 has no improvement measures",
    "“{0}”未说明改进措施", "“{0}” states no improvement measures"}, check_measures};

const LintRule s5_prev_rectify{{
    "S5-PREV-RECTIFY", Severity::warning, false,
    "第五部分未提及上一年度报告所列问题的整改情况",
    "Section 五 does not mention rectification of the previous report's problems",
    "“{0}”未提及上一年度问题的整改情况（未找到“整改”“上一年度”“上年度”“去年”“{1}年度…问题”）",
    "“{0}” does not mention how last year's problems were rectified (none of 整改, 上一年度, 上年度, 去年, "
    "{1}年度…问题 found)"}, check_previous_rectification};

const LintRule s6_fee{{
    "S6-FEE", Severity::warning, true,
    "第六部分未说明信息处理费收取情况", "Section 六 does not state the information-processing fee",
    "“{0}”未说明信息处理费的收取情况（包括未收取）",
    "“{0}” does not state the information-processing fee (not even that none was charged)"}, check_fee_statement};

namespace {

struct Topic {
    std::string_view zh;
    std::string_view en;
    std::initializer_list<std::string_view> keywords;
};

void check_topics(LintContext& c) {
    const ProseText* prose = c.complete_prose(1);
    if (!prose) return;
    static const Topic topics[] = {
        {"主动公开情况", "主动公开情况 (proactive disclosure)", {"主动公开"}},
        {"依申请公开情况", "依申请公开情况 (disclosure on request)", {"依申请公开", "申请公开"}},
        {"政府信息管理情况", "政府信息管理情况 (information management)", {"政府信息管理", "信息管理", "公开管理"}},
        {"政府信息公开平台建设情况", "政府信息公开平台建设情况 (platforms)", {"平台建设", "公开平台", "平台载体"}},
        {"监督保障情况", "监督保障情况 (oversight)", {"监督保障", "监督", "保障", "考核", "培训"}},
    };
    const Section* s = c.report().section(1);
    for (const Topic& topic : topics) {
        if (prose->contains_any(topic.keywords)) continue;
        std::string keywords;
        for (const auto k : topic.keywords) {
            if (!keywords.empty()) keywords += "、";
            keywords += k;
        }
        c.emit().emit(s1_topic, s->heading_span, Message{std::string(topic.zh), std::string(topic.en)}, keywords);
    }
}

void check_government_assessment(LintContext& c) {
    const Report& r = c.report();
    const ProseText* prose = c.complete_prose(1);
    if (!prose || !r.agency || !classify_agency(*r.agency).government) return;
    if (prose->contains_any({"考核", "评议", "责任追究"})) return;
    c.emit().emit(s1_gov_assess, r.section(1)->heading_span, *r.agency);
}

void check_problems(LintContext& c) {
    const ProseText* prose = c.complete_prose(5);
    if (!prose || prose->empty()) return;  // empty: DOC-SEC-EMPTY
    if (prose->contains_any({"问题", "不足", "短板", "差距", "薄弱", "有待", "不够", "不及时", "还需", "欠缺"})) return;
    const Section* s = c.report().section(5);
    c.emit().emit(s5_problems, s->heading_span, s->heading);
}

void check_measures(LintContext& c) {
    const ProseText* prose = c.complete_prose(5);
    if (!prose || prose->empty()) return;
    if (prose->contains_any({"改进", "措施", "下一步", "加强", "进一步", "持续"})) return;
    const Section* s = c.report().section(5);
    c.emit().emit(s5_measures, s->heading_span, s->heading);
}

void check_previous_rectification(LintContext& c) {
    const Report& r = c.report();
    const ProseText* prose = c.complete_prose(5);
    if (!prose || prose->empty() || !r.year || *r.year < 2021) return;
    if (prose->contains_any({"整改", "上一年度", "上年度", "去年"})) return;
    const std::string previous = fmt::format("{}年度", *r.year - 1);
    for (auto at = prose->find(previous); at != std::string::npos; at = prose->find(previous, at + 1))
        if (find_in_sentence(prose->text(), at + previous.size(), "问题")) return;
    const Section* s = r.section(5);
    c.emit().emit(s5_prev_rectify, s->heading_span, s->heading, *r.year - 1);
}

void check_fee_statement(LintContext& c) {
    const ProseText* prose = c.complete_prose(6);
    if (!prose) return;  // DOC-SEC-MISSING
    if (prose->contains_any({"信息处理费", "依申请公开费用"})) return;
    for (auto at = prose->find("收取"); at != std::string::npos; at = prose->find("收取", at + 1))
        if (find_in_sentence(prose->text(), at, "费")) return;
    const Report& r = c.report();
    const Section* s = r.section(6);
    Diagnostic& d = c.emit().emit(s6_fee, s->heading_span, s->heading);
    // The fee measures (国办函〔2020〕109号) apply from the 2021 reports on:
    // before, not stating a fee is worth knowing, not a fault.
    if (r.year && *r.year <= 2020) {
        d.severity = Severity::info;
        d.strict_error = false;
        Emitter::note(d, s->heading_span, fmt::format("信息处理费自 2021 年度起收取，{} 年度报告不必说明", *r.year),
                      fmt::format("the fee applies from the 2021 reports on; a {} report need not state it", *r.year));
    }
}

constexpr const LintRule* list[] = {&s1_topic,    &s1_gov_assess,   &s5_problems,
                                   &s5_measures, &s5_prev_rectify, &s6_fee};

}  // namespace

std::span<const LintRule* const> content_rules() { return list; }

}  // namespace nianbao::rules
