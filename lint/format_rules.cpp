// §5.2 Layout / format version: which official layout each table follows,
// and whether that fits the reporting year and the notice the report cites.
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "lint/text_patterns.hpp"

#include "model/normalize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace nianbao::rules {

namespace {

void check_out_of_scope(LintContext& c);
void check_legacy(LintContext& c);
void check_anachronism(LintContext& c);
void check_mixed(LintContext& c);
void check_declared(LintContext& c);

}  // namespace

const LintRule fmt_out_of_scope{{
    "FMT-OUT-OF-SCOPE", Severity::error, false,
    "报告年度不晚于 2018 年或采用 2019 年以前的结构", "Y ≤ 2018, or the document follows a pre-2019 structure",
    "{0}；只检查了文档结构", "{0}; only the structure was checked"}, check_out_of_scope};

const LintRule fmt_legacy{{
    "FMT-LEGACY", Severity::error, false,
    "2021 年及以后的报告使用了 2019 年（试行）格式的表格", "A report for 2021 or later uses an F2019 table",
    "{0} 使用 2019 年（试行）格式（国办公开办函〔2019〕60号），{1} 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号）",
    "{0} follows the 2019 trial layout (国办公开办函〔2019〕60号); a report for {1} must use the 2021 layout "
    "(国办公开办函〔2021〕30号)"}, check_legacy};

const LintRule fmt_anachronism{{
    "FMT-ANACHRONISM", Severity::warning, false,
    "2020 年及以前的报告使用了 2021 年格式的表格", "A report for 2020 or earlier uses an F2021 table",
    "{0} 使用 2021 年格式，但报告年度为 {1} 年（年份可能有误）",
    "{0} follows the 2021 layout but the report is for {1} (is the year in the title right?)"}, check_anachronism};

const LintRule fmt_mixed{{
    "FMT-MIXED", Severity::warning, false,
    "表二和表三使用了不同的格式", "T2 and T3 use different layouts",
    "T3 为 {0} 格式，T2 为 {1} 格式", "T3 follows {0} but T2 follows {1}"}, check_mixed};

const LintRule fmt_declared{{
    "FMT-DECLARED", Severity::warning, false,
    "引用的格式文件与实际使用的格式不符", "The notice cited does not match the layout used",
    "报告引用了{0}，但{1}", "the report cites {0}, but {1}"}, check_declared};

namespace {

// `三、依申请公开政府信息情况` and the like: part headings of the 2008-era reports.
bool pre_2019_heading(std::string_view line) {
    if (line.find('\t') != std::string_view::npos) return false;
    if (find_text(line, "情况") == std::string_view::npos) return false;
    // Only a numbered line is normalised whole: prose mentions 情况 often.
    // A line that starts with a character NFKC keeps (ASCII, a CJK ideograph,
    // CJK punctuation) other than the numerals does not start with them after
    // NFKC either: most prose lines end here.
    const std::string_view trimmed = trim_spaces(line);
    std::size_t i = 0;
    const char32_t first = trimmed.empty() ? U' ' : next_code_point(trimmed, i);
    if (nfkc_stable(first) && std::u32string_view(U"一二三四五六七八").find(first) == std::u32string_view::npos)
        return false;
    const std::string start = leading_text(line, 2);
    static constexpr std::string_view numbers[] = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"};
    if (std::none_of(std::begin(numbers), std::end(numbers), [&](std::string_view n) { return start.starts_with(n); }))
        return false;
    const std::string text = nfkc(remove_spaces(line));
    for (const std::string_view marker : {"依申请公开政府信息情况", "信息公开的收费及减免情况", "咨询处理情况"})
        if (find_text(text, marker) != std::string::npos) return true;
    return false;
}

void check_out_of_scope(LintContext& c) {
    const Report& r = c.report();
    if (r.year && *r.year <= 2018) {
        c.out_of_scope = true;
        c.emit().emit(fmt_out_of_scope, r.title_span,
                      Message{fmt::format("报告年度 {} 早于《条例》修订（2019 年）", *r.year),
                              fmt::format("the report is for {}, before the 2019 revision of the Regulation", *r.year)});
        return;
    }
    // The marker words all end in 情况: only the lines where it occurs are
    // asked, in document order, found by one search through the whole text.
    const Source& source = c.emit().source();
    const std::string_view text = source.text();
    for (std::size_t at = find_text(text, "情况"); at != std::string_view::npos;) {
        const std::string_view line = source.line_at(at);
        const auto begin = static_cast<std::size_t>(line.data() - text.data());
        at = find_text(text, "情况", begin + line.size());
        if (!pre_2019_heading(line)) continue;
        c.out_of_scope = true;
        c.emit().emit(fmt_out_of_scope, ByteRange{begin, line.size()},
                      Message{fmt::format("“{}”是 2019 年以前的年报结构", trim_spaces(line)),
                              fmt::format("“{}” belongs to the pre-2019 report structure", trim_spaces(line))});
        return;
    }
}

template <typename Table>
void check_table_layout(LintContext& c, const std::optional<Table>& table, std::string_view name,
                        const RuleDef& rule, Layout wrong, bool (*year_applies)(int)) {
    const Report& r = c.report();
    if (c.out_of_scope || !table || !r.year || !year_applies(*r.year) || table->layout != wrong) return;
    c.emit().emit(rule, table->span, std::string(name), *r.year);
}

void check_legacy(LintContext& c) {
    const auto from_2021 = [](int year) { return year >= 2021; };
    check_table_layout(c, c.report().t2, "T2", fmt_legacy, Layout::F2019, from_2021);
    check_table_layout(c, c.report().t3, "T3", fmt_legacy, Layout::F2019, from_2021);
}

void check_anachronism(LintContext& c) {
    const auto until_2020 = [](int year) { return year <= 2020; };
    check_table_layout(c, c.report().t2, "T2", fmt_anachronism, Layout::F2021, until_2020);
    check_table_layout(c, c.report().t3, "T3", fmt_anachronism, Layout::F2021, until_2020);
}

void check_mixed(LintContext& c) {
    const Report& r = c.report();
    if (c.out_of_scope || !r.t2 || !r.t3 || r.t2->layout == r.t3->layout) return;
    Diagnostic& d = c.emit().emit(fmt_mixed, r.t3->span, std::string(layout_name(r.t3->layout)),
                                  std::string(layout_name(r.t2->layout)));
    Emitter::note(d, r.t2->span, "T2 在此处", "T2 is here");
}

// The citation `〔YYYY〕NN号` in the preamble or section 一, with its span.
std::optional<Span> find_citation(LintContext& c, std::string_view year, std::string_view number) {
    for (const int part : {0, 1}) {
        const ProseText* prose = c.prose(part);
        if (!prose) continue;
        for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"〔", "〕"}, {"[", "]"},
                                          {"(", ")"}, {"【", "】"}}) {
            const std::string citation = fmt::format("{}{}{}{}号", open, year, close, number);
            if (const auto at = prose->find(citation); at != std::string::npos)
                return c.phrase_span(*prose, at, at + citation.size());
        }
    }
    return std::nullopt;
}

void check_declared(LintContext& c) {
    const Report& r = c.report();
    if (c.out_of_scope || !r.declared_format) return;
    const bool legacy_table = (r.t2 && r.t2->layout == Layout::F2019) || (r.t3 && r.t3->layout == Layout::F2019);
    if (*r.declared_format == "2021-30" && legacy_table) {
        if (const auto where = find_citation(c, "2021", "30"))
            c.emit().emit(fmt_declared, *where, std::string("国办公开办函〔2021〕30号"),
                          Message{std::string("表格使用 2019 年（试行）格式"), std::string("a table follows the 2019 layout")});
    } else if (*r.declared_format == "2019-60" && r.year && *r.year >= 2021) {
        if (const auto where = find_citation(c, "2019", "60"))
            c.emit().emit(fmt_declared, *where, std::string("国办公开办函〔2019〕60号"),
                          Message{fmt::format("{} 年度报告应依据国办公开办函〔2021〕30号", *r.year),
                                  fmt::format("a report for {} follows 国办公开办函〔2021〕30号", *r.year)});
    }
}

constexpr const LintRule* list[] = {&fmt_out_of_scope, &fmt_legacy, &fmt_anachronism, &fmt_mixed, &fmt_declared};

}  // namespace

std::span<const LintRule* const> format_rules() { return list; }

}  // namespace nianbao::rules
