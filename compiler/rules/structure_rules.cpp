// §5.1 Structure: title, the six sections, the tables' places, and the
// content each prose section must have. Structure diagnostics point at the
// heading concerned (or at the title).
#include "agency_kind.hpp"
#include "groups.hpp"
#include "lint_context.hpp"
#include "text_patterns.hpp"

#include "../normalize.hpp"
#include "../rules/parse_rules.hpp"

#include <array>
#include <fmt/format.h>

namespace nianbao::rules {

namespace {

constexpr std::array<std::string_view, 6> canonical_headings = {
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

std::string_view canonical_heading(int number) {
    return canonical_headings[static_cast<std::size_t>(number - 1)];
}

// Where a missing part should have been: the heading of the first section
// after it, else the end of the last section, else the start of the text.
Span missing_section_place(const Report& report, int number, Emitter& emit) {
    for (const Section& s : report.sections)
        if (s.number > number) return s.heading_span;
    if (!report.sections.empty()) {
        const Span& last = report.sections.back().span;
        return emit.span(ByteRange{last.offset + last.length, 0});
    }
    return report.title_span.known() ? report.title_span : emit.span(ByteRange{0, 0});
}

// `〈机关〉〈Y〉年(度)政府信息公开工作年度报告(（…）)` after NFKC (FORMAT.md §1.2).
bool regular_title(std::string_view title) {
    const std::string text = nfkc(title);
    for (std::size_t i = 0; i + 4 < text.size(); ++i) {
        if (!is_ascii_digit(text[i]) || (i > 0 && is_ascii_digit(text[i - 1]))) continue;
        if (!(text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0)) continue;
        if (!is_ascii_digit(text[i + 2]) || !is_ascii_digit(text[i + 3])) continue;
        std::string_view rest = std::string_view(text).substr(i + 4);
        if (!rest.starts_with("年")) continue;
        rest.remove_prefix(std::string_view("年").size());
        if (rest.starts_with("度")) rest.remove_prefix(std::string_view("度").size());
        constexpr std::string_view body = "政府信息公开工作年度报告";
        if (!rest.starts_with(body)) return false;
        rest.remove_prefix(body.size());
        return rest.empty() || (rest.starts_with("(") && rest.ends_with(")"));
    }
    return false;
}

void check_title_missing(LintContext& c);
void check_title_form(LintContext& c);
void check_missing_sections(LintContext& c);
void check_section_order(LintContext& c);
void check_duplicate_sections(LintContext& c);
void check_heading_wording(LintContext& c);
void check_empty_sections(LintContext& c);
void check_tables_missing(LintContext& c);
void check_tables_misplaced(LintContext& c);
void check_topics(LintContext& c);
void check_government_assessment(LintContext& c);
void check_problems(LintContext& c);
void check_measures(LintContext& c);
void check_previous_rectification(LintContext& c);
void check_fee_statement(LintContext& c);

}  // namespace

const RuleDef doc_title_missing{
    "DOC-TITLE-MISSING", Severity::error, false,
    "第一部分之前没有报告标题", "No title line before section 一",
    "未找到报告标题（应为“〈机关名称〉〈年份〉年政府信息公开工作年度报告”）",
    "no report title found (expected “〈agency〉〈year〉年政府信息公开工作年度报告”)", check_title_missing};

const RuleDef doc_title_form{
    "DOC-TITLE-FORM", Severity::warning, false,
    "标题不规范", "Title found but irregular",
    "标题“{0}”不规范，应为“〈机关名称〉〈年份〉年政府信息公开工作年度报告”",
    "irregular title “{0}”; expected “〈agency〉〈year〉年政府信息公开工作年度报告”", check_title_form};

const RuleDef doc_sec_missing{
    "DOC-SEC-MISSING", Severity::error, false,
    "缺少六个部分之一", "One of the six sections is absent",
    "缺少第{0}部分“{1}”", "section {0} “{1}” is missing", check_missing_sections};

const RuleDef doc_sec_order{
    "DOC-SEC-ORDER", Severity::error, false,
    "各部分未按一至六的顺序排列", "Sections present but not in order 一…六",
    "“{0}”出现在“{1}”之后，顺序应为一至六", "“{0}” comes after “{1}”; the order is 一 to 六",
    check_section_order};

const RuleDef doc_sec_dup{
    "DOC-SEC-DUP", Severity::error, false,
    "同一部分标题出现两次", "The same section heading occurs twice outside tables",
    "第{0}部分标题重复出现", "section {0} heading occurs again", check_duplicate_sections};

const RuleDef doc_sec_heading{
    "DOC-SEC-HEADING", Severity::warning, false,
    "部分标题仅按变体写法识别", "Heading recognised only through a variant wording",
    "标题“{0}”与标准写法“{1}”不同", "heading “{0}” differs from the template wording “{1}”",
    check_heading_wording};

const RuleDef doc_sec_empty{
    "DOC-SEC-EMPTY", Severity::error, false,
    "第一或第五部分没有任何文字", "Section 一 or 五 has no prose at all",
    "“{0}”下没有任何文字", "“{0}” has no text at all", check_empty_sections};

const RuleDef doc_table_missing{
    "DOC-TABLE-MISSING", Severity::error, false,
    "第二、三、四部分没有可识别的表格", "Section 二/三/四 contains no recognisable T2/T3/T4",
    "{0}：{1}", "{0}: {1}", check_tables_missing};

const RuleDef doc_table_misplaced{
    "DOC-TABLE-MISPLACED", Severity::warning, false,
    "表格位于其他部分之下", "A T2/T3/T4 table is found under another section",
    "{0} 应位于“{1}”之下", "{0} belongs under “{1}”", check_tables_misplaced};

const RuleDef s1_topic{
    "S1-TOPIC", Severity::warning, false,
    "总体情况未涉及五个方面之一", "One of the five topics of section 一 has no keyword hit",
    "“总体情况”未涉及{0}（未找到：{1}）", "section 一 does not cover {0} (none of {1} found)", check_topics};

const RuleDef s1_gov_assess{
    "S1-GOV-ASSESS", Severity::warning, false,
    "人民政府的年报未说明考核、评议和责任追究结果",
    "A people's government's report names no assessment, evaluation or accountability results",
    "“{0}”是人民政府的年报，“总体情况”应说明工作考核、社会评议和责任追究结果（第五十条第（四）项）",
    "“{0}” is a people's government's report; section 一 must state assessment, public evaluation and "
    "accountability results (Art. 50 (4))",
    check_government_assessment};

const RuleDef s5_problems{
    "S5-PROBLEMS", Severity::warning, true,
    "第五部分没有说明存在的问题", "Section 五 has no problem statement",
    "“{0}”未说明存在的主要问题", "“{0}” states no problems", check_problems};

const RuleDef s5_measures{
    "S5-MEASURES", Severity::warning, true,
    "第五部分没有改进措施", "Section 五 has no improvement measures",
    "“{0}”未说明改进措施", "“{0}” states no improvement measures", check_measures};

const RuleDef s5_prev_rectify{
    "S5-PREV-RECTIFY", Severity::warning, false,
    "第五部分未提及上一年度报告所列问题的整改情况",
    "Section 五 does not mention rectification of the previous report's problems",
    "“{0}”未提及上一年度问题的整改情况（未找到“整改”“上一年度”“上年度”“去年”“{1}年度…问题”）",
    "“{0}” does not mention how last year's problems were rectified (none of 整改, 上一年度, 上年度, 去年, "
    "{1}年度…问题 found)",
    check_previous_rectification};

const RuleDef s6_fee{
    "S6-FEE", Severity::warning, true,
    "第六部分未说明信息处理费收取情况", "Section 六 does not state the information-processing fee",
    "“{0}”未说明信息处理费的收取情况（包括未收取）",
    "“{0}” does not state the information-processing fee (not even that none was charged)",
    check_fee_statement};

namespace {

void check_title_missing(LintContext& c) {
    const Report& r = c.report();
    if (r.title) return;
    const Span where = r.sections.empty() ? c.emit().span(ByteRange{0, 0}) : r.sections.front().heading_span;
    c.emit().emit(doc_title_missing, where);
}

void check_title_form(LintContext& c) {
    const Report& r = c.report();
    if (!r.title || regular_title(*r.title)) return;
    c.emit().emit(doc_title_form, r.title_span, *r.title);
}

// The first section of each number, in document order.
std::array<const Section*, 7> first_sections(const Report& r) {
    std::array<const Section*, 7> first{};
    for (const Section& s : r.sections)
        if (!first[static_cast<std::size_t>(s.number)]) first[static_cast<std::size_t>(s.number)] = &s;
    return first;
}

void check_duplicate_sections(LintContext& c) {
    const auto first = first_sections(c.report());
    for (const Section& s : c.report().sections) {
        const Section* seen = first[static_cast<std::size_t>(s.number)];
        if (seen == &s) continue;
        Diagnostic& d = c.emit().emit(doc_sec_dup, s.heading_span, s.number);
        Emitter::note(d, seen->heading_span, "第一次出现在此处", "first occurrence here");
    }
}

// A section that comes after a higher-numbered one (repetitions are DOC-SEC-DUP).
void check_section_order(LintContext& c) {
    const auto first = first_sections(c.report());
    const Section* highest = nullptr;
    for (const Section& s : c.report().sections) {
        if (first[static_cast<std::size_t>(s.number)] != &s) continue;
        if (highest && s.number < highest->number) {
            Diagnostic& d = c.emit().emit(doc_sec_order, s.heading_span, s.heading, highest->heading);
            Emitter::note(d, highest->heading_span, "“{0}”在此处", "“{0}” is here", highest->heading);
        }
        if (!highest || s.number > highest->number) highest = &s;
    }
}

void check_missing_sections(LintContext& c) {
    const auto first = first_sections(c.report());
    for (int n = 1; n <= 6; ++n)
        if (!first[static_cast<std::size_t>(n)])
            c.emit().emit(doc_sec_missing, missing_section_place(c.report(), n, c.emit()), n,
                          std::string(canonical_heading(n)));
}

std::string normalized_heading(std::string_view heading) {
    std::string text = nfkc(remove_spaces(heading));
    for (const std::string_view end : {"。", ":", ";"})
        if (std::string_view(text).ends_with(end)) text.resize(text.size() - end.size());
    return text;
}

void check_heading_wording(LintContext& c) {
    for (const Section& s : c.report().sections) {
        const std::string_view canonical = canonical_heading(s.number);
        if (normalized_heading(s.heading) != nfkc(canonical))
            c.emit().emit(doc_sec_heading, s.heading_span, s.heading, std::string(canonical));
    }
}

void check_empty_sections(LintContext& c) {
    for (const int n : {1, 5}) {
        const ProseText* prose = c.prose(n);
        if (prose && prose->empty()) {
            const Section* s = c.report().section(n);
            c.emit().emit(doc_sec_empty, s->heading_span, s->heading);
        }
    }
}

struct TableFacts {
    TableKind kind;
    int section;
    std::string_view name;
    bool blank;  // built, but not one cell holds anything
    Span span;
};

template <typename Cells>
bool all_blank(const Cells& cells, bool& any_blank) {
    for (const Cell& cell : cells) {
        if (boost::variant2::holds_alternative<Blank>(cell.content)) {
            any_blank = true;
        } else if (!boost::variant2::holds_alternative<Absent>(cell.content)) {
            return false;
        }
    }
    return true;
}

bool table_blank(const Report& r, TableKind kind) {
    bool any_blank = false;
    switch (kind) {
        case TableKind::t2:
            for (const auto& row : r.t2->rows)
                if (!all_blank(row.cells, any_blank)) return false;
            return any_blank;
        case TableKind::t3:
            for (const auto& row : r.t3->rows)
                if (!all_blank(row.cells, any_blank)) return false;
            return any_blank;
        case TableKind::t4: return all_blank(r.t4->cells, any_blank) && any_blank;
        case TableKind::unknown: break;
    }
    return false;
}

// Which section each recognised table stands in (0: the preamble).
std::vector<std::pair<const TableRef*, int>> table_places(const Report& r) {
    std::vector<std::pair<const TableRef*, int>> places;
    for (const Block& b : r.preamble)
        if (const auto* t = boost::variant2::get_if<TableRef>(&b); t && t->kind != TableKind::unknown)
            places.emplace_back(t, 0);
    for (const Section& s : r.sections)
        for (const Block& b : s.blocks)
            if (const auto* t = boost::variant2::get_if<TableRef>(&b); t && t->kind != TableKind::unknown)
                places.emplace_back(t, s.number);
    return places;
}

bool table_built(const Report& r, TableKind kind) {
    switch (kind) {
        case TableKind::t2: return r.t2.has_value();
        case TableKind::t3: return r.t3.has_value();
        case TableKind::t4: return r.t4.has_value();
        case TableKind::unknown: break;
    }
    return false;
}

constexpr std::array<std::string_view, 3> table_names = {"T2", "T3", "T4"};

// Where the table of section n stands: in its own section if it is there,
// else wherever it was found; null when the report has none.
const std::pair<const TableRef*, int>* table_place(const std::vector<std::pair<const TableRef*, int>>& places, int n) {
    const auto kind = static_cast<TableKind>(n - 2);
    const std::pair<const TableRef*, int>* found = nullptr;
    for (const auto& place : places)
        if (place.first->kind == kind && (!found || (place.second == n && found->second != n))) found = &place;
    return found;
}

// No table of the kind anywhere (images, [HN22]), or a table whose every
// value cell is blank (VAL-BLANK is then superseded, FORMAT.md §5.3).
void check_tables_missing(LintContext& c) {
    const Report& r = c.report();
    const auto places = table_places(r);
    for (int n = 2; n <= 4; ++n) {
        const auto kind = static_cast<TableKind>(n - 2);
        const std::string name(table_names[static_cast<std::size_t>(n - 2)]);
        const auto* found = table_place(places, n);
        if (const Section* home = r.section(n); !found && home) {
            c.emit().emit(doc_table_missing, home->heading_span, home->heading,
                          Message{fmt::format("没有可识别的 {} 表格（表格可能是图片）", name),
                                  fmt::format("no recognisable {} (the table may have been an image)", name)});
        } else if (found && table_built(r, kind) && table_blank(r, kind)) {
            c.emit().emit(doc_table_missing, found->first->span, name,
                          Message{std::string("表格中所有数值单元格都是空白"),
                                  std::string("every value cell of the table is blank")});
        }
    }
}

void check_tables_misplaced(LintContext& c) {
    const Report& r = c.report();
    const auto places = table_places(r);
    for (int n = 2; n <= 4; ++n) {
        const auto* found = table_place(places, n);
        if (!found || found->second == n) continue;
        const std::string name(table_names[static_cast<std::size_t>(n - 2)]);
        Diagnostic& d = c.emit().emit(doc_table_misplaced, found->first->span, name, std::string(canonical_heading(n)));
        if (const Section* home = r.section(n))
            Emitter::note(d, home->heading_span, "“{0}”在此处", "“{0}” is here", home->heading);
    }
}

struct Topic {
    std::string_view zh;
    std::string_view en;
    std::initializer_list<std::string_view> keywords;
};

void check_topics(LintContext& c) {
    const ProseText* prose = c.prose(1);
    if (!prose) return;
    static const Topic topics[] = {
        {"主动公开情况", "ACTIVE (主动公开)", {"主动公开"}},
        {"依申请公开情况", "ONREQ (依申请公开)", {"依申请公开", "申请公开"}},
        {"政府信息管理情况", "INFOMGMT (政府信息管理)", {"政府信息管理", "信息管理", "公开管理"}},
        {"政府信息公开平台建设情况", "PLATFORM (平台建设)", {"平台建设", "公开平台"}},
        {"监督保障情况", "OVERSIGHT (监督保障)", {"监督保障", "监督", "保障", "考核", "培训"}},
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
    const ProseText* prose = c.prose(1);
    if (!prose || !r.agency || !classify_agency(*r.agency).government) return;
    if (prose->contains_any({"考核", "评议", "责任追究"})) return;
    c.emit().emit(s1_gov_assess, r.section(1)->heading_span, *r.agency);
}

void check_problems(LintContext& c) {
    const ProseText* prose = c.prose(5);
    if (!prose || prose->empty()) return;  // empty: DOC-SEC-EMPTY
    if (prose->contains_any({"问题", "不足", "短板", "差距", "薄弱", "有待", "不够", "不及时", "还需", "欠缺"})) return;
    const Section* s = c.report().section(5);
    c.emit().emit(s5_problems, s->heading_span, s->heading);
}

void check_measures(LintContext& c) {
    const ProseText* prose = c.prose(5);
    if (!prose || prose->empty()) return;
    if (prose->contains_any({"改进", "措施", "下一步", "加强", "进一步", "持续"})) return;
    const Section* s = c.report().section(5);
    c.emit().emit(s5_measures, s->heading_span, s->heading);
}

void check_previous_rectification(LintContext& c) {
    const Report& r = c.report();
    const ProseText* prose = c.prose(5);
    if (!prose || prose->empty() || !r.year || *r.year < 2021) return;
    if (prose->contains_any({"整改", "上一年度", "上年度", "去年"})) return;
    const std::string previous = fmt::format("{}年度", *r.year - 1);
    for (auto at = prose->find(previous); at != std::string::npos; at = prose->find(previous, at + 1))
        if (find_in_sentence(prose->text(), at + previous.size(), "问题")) return;
    const Section* s = r.section(5);
    c.emit().emit(s5_prev_rectify, s->heading_span, s->heading, *r.year - 1);
}

void check_fee_statement(LintContext& c) {
    const ProseText* prose = c.prose(6);
    if (!prose) return;  // DOC-SEC-MISSING
    if (prose->contains_any({"信息处理费", "依申请公开费用"})) return;
    for (auto at = prose->find("收取"); at != std::string::npos; at = prose->find("收取", at + 1))
        if (find_in_sentence(prose->text(), at, "费")) return;
    const Section* s = c.report().section(6);
    c.emit().emit(s6_fee, s->heading_span, s->heading);
}

constexpr const RuleDef* list[] = {&doc_title_missing, &doc_title_form,     &doc_sec_missing, &doc_sec_order,
                                   &doc_sec_dup,       &doc_sec_heading,    &doc_sec_empty,   &doc_table_missing,
                                   &doc_table_misplaced, &s1_topic,         &s1_gov_assess,   &s5_problems,
                                   &s5_measures,       &s5_prev_rectify,    &s6_fee};

}  // namespace

std::span<const RuleDef* const> structure_rules() { return list; }

}  // namespace nianbao::rules
