// §5.1 Structure: title, the six sections and the tables' places (the
// content of the prose sections is content_rules.cpp). Structure diagnostics
// point at the heading concerned, the title, or the misplaced table.
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/prose_patterns.hpp"

#include "model/normalize.hpp"
#include "model/parse_rules.hpp"

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

// `〈机关〉〈Y〉年(度)政府信息公开工作年度报告(（…）)` after NFKC (docs/layout.md#title).
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
void check_tables_unread(LintContext& c);

}  // namespace

const LintRule doc_title_missing{{
    "DOC-TITLE-MISSING", Severity::error, false,
    "第一部分之前没有报告标题", "No title line before section 一",
    "未找到报告标题（应为“〈机关名称〉〈年份〉年政府信息公开工作年度报告”）",
    "no report title found (expected “〈agency〉〈year〉年政府信息公开工作年度报告”)"}, check_title_missing};

const LintRule doc_title_form{{
    "DOC-TITLE-FORM", Severity::warning, false,
    "标题不规范", "Title found but irregular",
    "标题“{0}”不规范，应为“〈机关名称〉〈年份〉年政府信息公开工作年度报告”",
    "irregular title “{0}”; expected “〈agency〉〈year〉年政府信息公开工作年度报告”"}, check_title_form};

const LintRule doc_sec_missing{{
    "DOC-SEC-MISSING", Severity::error, false,
    "缺少六个部分之一", "One of the six sections is absent",
    "缺少第{0}部分“{1}”", "section {0} “{1}” is missing"}, check_missing_sections};

const LintRule doc_sec_order{{
    "DOC-SEC-ORDER", Severity::error, false,
    "各部分未按一至六的顺序排列", "Sections present but not in order 一…六",
    "“{0}”出现在“{1}”之后，顺序应为一至六", "“{0}” comes after “{1}”; the order is 一 to 六"}, check_section_order};

const LintRule doc_sec_dup{{
    "DOC-SEC-DUP", Severity::error, false,
    "同一部分标题出现两次", "The same section heading occurs twice outside tables",
    "第{0}部分标题重复出现", "section {0} heading occurs again"}, check_duplicate_sections};

const LintRule doc_sec_heading{{
    "DOC-SEC-HEADING", Severity::warning, false,
    "部分标题仅按变体写法识别", "Heading recognised only through a variant wording",
    "标题“{0}”与标准写法“{1}”不同", "heading “{0}” differs from the template wording “{1}”"}, check_heading_wording};

const LintRule doc_sec_empty{{
    "DOC-SEC-EMPTY", Severity::error, false,
    "第一或第五部分没有任何文字", "Section 一 or 五 has no prose at all",
    "“{0}”下没有任何文字", "“{0}” has no text at all"}, check_empty_sections};

const LintRule doc_table_missing{{
    "DOC-TABLE-MISSING", Severity::error, false,
    "第二、三、四部分没有可识别的表格", "Section 二/三/四 contains no recognisable T2/T3/T4",
    "{0}：{1}", "{0}: {1}"}, check_tables_missing};

const LintRule doc_table_unread{{
    "DOC-TABLE-UNREAD", Severity::error, false,
    "第二、三、四部分有表格文字，但未能识别为表格", "Section 二/三/四 holds table text that was not understood",
    "“{0}”第 {1} 行起的表格文字未能识别为 {2}，表格的值均未读取",
    "“{0}”: the table text at line {1} was not understood as {2}; none of its values was read"}, check_tables_unread};

const LintRule doc_table_misplaced{{
    "DOC-TABLE-MISPLACED", Severity::warning, false,
    "表格位于其他部分之下", "A T2/T3/T4 table is found under another section",
    "{0} 应位于“{1}”之下", "{0} belongs under “{1}”"}, check_tables_misplaced};

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

// A document cut short (P-TRUNCATED) misses its later sections in the file only.
void check_missing_sections(LintContext& c) {
    const auto first = first_sections(c.report());
    const int last = c.report().truncated_in > 0 ? c.report().truncated_in : 6;
    for (int n = 1; n <= last; ++n)
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
    static const std::array<std::string, 7> normalized_canonical = [] {
        std::array<std::string, 7> texts;
        for (int n = 1; n <= 6; ++n) texts[static_cast<std::size_t>(n)] = normalized_heading(canonical_heading(n));
        return texts;
    }();
    for (const Section& s : c.report().sections) {
        const std::string_view canonical = canonical_heading(s.number);
        // The template wording is compared normalised like any heading: as
        // printed, it needs no normalising to match itself.
        if (s.heading == canonical) continue;
        if (normalized_heading(s.heading) != normalized_canonical[static_cast<std::size_t>(s.number)])
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

// Digit runs of a line, for telling table text from prose.
std::size_t number_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] >= '0' && text[i] <= '9' && (i == 0 || text[i - 1] < '0' || text[i - 1] > '9')) ++count;
    return count;
}

// The first text of a section that looks like a table although none was
// recognised: a grid the table reader did not place, or a line of at least
// four numbers apart from one another (a table flattened into lines).
std::optional<Span> table_text(const Section& s) {
    constexpr std::size_t table_numbers = 4;
    for (const Block& b : s.blocks) {
        if (const auto* t = boost::variant2::get_if<TableRef>(&b)) return t->span;
        if (const auto* p = boost::variant2::get_if<Paragraph>(&b)) {
            const std::string_view text = p->text_in(s.text);
            if (number_count(text) >= table_numbers && text.find("。") == std::string_view::npos) return p->span;
        }
    }
    return std::nullopt;
}

// No table of the kind anywhere (images, [HN22]), or a table whose every
// value cell is blank (VAL-BLANK is then superseded, docs/forms.md#t12).
void check_tables_missing(LintContext& c) {
    const Report& r = c.report();
    const auto places = table_places(r);
    for (int n = 2; n <= 4; ++n) {
        const auto kind = static_cast<TableKind>(n - 2);
        const std::string name(table_names[static_cast<std::size_t>(n - 2)]);
        const auto* found = table_place(places, n);
        if (n == r.truncated_in) continue;  // the cut table is the cut's (P-TRUNCATED)
        if (const Section* home = r.section(n); !found && home) {
            if (table_text(*home)) continue;  // DOC-TABLE-UNREAD
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

// Text that looks like a table where none was recognised is a reading
// problem, not a missing table: say where the text is.
void check_tables_unread(LintContext& c) {
    const Report& r = c.report();
    const auto places = table_places(r);
    for (int n = 2; n <= 4; ++n) {
        const Section* home = r.section(n);
        if (n == r.truncated_in || !home || table_place(places, n)) continue;
        if (const auto text = table_text(*home))
            c.emit().emit(doc_table_unread, *text, home->heading, text->line,
                          std::string(table_names[static_cast<std::size_t>(n - 2)]));
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

constexpr const LintRule* list[] = {&doc_title_missing, &doc_title_form,  &doc_sec_missing,   &doc_sec_order,
                                   &doc_sec_dup,       &doc_sec_heading, &doc_sec_empty,     &doc_table_missing,
                                   &doc_table_unread,    &doc_table_misplaced};

}  // namespace

std::span<const LintRule* const> structure_rules() { return list; }

}  // namespace nianbao::rules
