// §5.2 Layout / format version: which official layout each table follows,
// and whether that fits the reporting year and the notice the report cites.
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/prose_patterns.hpp"

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
bool pre_2019_heading(const OutlineLine& line) {
    if (line.text.find('\t') != std::string::npos) return false;
    const std::string text = nfkc(remove_spaces(line.text));
    for (const std::string_view marker : {"依申请公开政府信息情况", "信息公开的收费及减免情况", "咨询处理情况"})
        if (text.find(marker) != std::string::npos) return true;
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
    for (const OutlineLine& line : r.outline) {
        if (!pre_2019_heading(line)) continue;
        c.out_of_scope = true;
        c.emit().emit(fmt_out_of_scope, line.span,
                      Message{fmt::format("“{}”是 2019 年以前的年报结构", line.text),
                              fmt::format("“{}” belongs to the pre-2019 report structure", line.text)});
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
    if (!c.report().t3 || c.report().t3->layout_shown)
        check_table_layout(c, c.report().t3, "T3", fmt_anachronism, Layout::F2021, until_2020);
}

void check_mixed(LintContext& c) {
    const Report& r = c.report();
    if (c.out_of_scope || !r.t2 || !r.t3 || !r.t3->layout_shown || r.t2->layout == r.t3->layout) return;
    Diagnostic& d = c.emit().emit(fmt_mixed, r.t3->span, std::string(layout_name(r.t3->layout)),
                                  std::string(layout_name(r.t2->layout)));
    Emitter::note(d, r.t2->span, "T2 在此处", "T2 is here");
}

void check_declared(LintContext& c) {
    const Report& r = c.report();
    if (c.out_of_scope || !r.declared_format) return;
    const bool legacy_table = (r.t2 && r.t2->layout == Layout::F2019) || (r.t3 && r.t3->layout == Layout::F2019);
    if (*r.declared_format == "2021-30" && legacy_table) {
        c.emit().emit(fmt_declared, r.declared_format_span, std::string("国办公开办函〔2021〕30号"),
                      Message{std::string("表格使用 2019 年（试行）格式"), std::string("a table follows the 2019 layout")});
    } else if (*r.declared_format == "2019-60" && r.year && *r.year >= 2021) {
        c.emit().emit(fmt_declared, r.declared_format_span, std::string("国办公开办函〔2019〕60号"),
                      Message{fmt::format("{} 年度报告应依据国办公开办函〔2021〕30号", *r.year),
                              fmt::format("a report for {} follows 国办公开办函〔2021〕30号", *r.year)});
    }
}

constexpr const LintRule* list[] = {&fmt_out_of_scope, &fmt_legacy, &fmt_anachronism, &fmt_mixed, &fmt_declared};

}  // namespace

std::span<const LintRule* const> format_rules() { return list; }

}  // namespace nianbao::rules
