#include "lint/lint_context.hpp"

#include "lint/groups.hpp"
#include "model/parse_rules.hpp"
#include "lint/registry.hpp"

#include <algorithm>
#include <iterator>

namespace nianbao {

const ProseText* LintContext::prose(int part) const {
    if (part == 0) return &report_.preamble_prose;
    const Section* section = part > 0 && part <= 6 ? report_.section(part) : nullptr;
    return section ? &section->prose : nullptr;
}

const ProseText* LintContext::complete_prose(int part) const {
    return part > 0 && part == report_.truncated_in ? nullptr : prose(part);
}

void LintContext::for_each_prose(const std::function<void(const ProseText&, int part)>& f) const {
    f(report_.preamble_prose, 0);
    for (const Section& section : report_.sections) f(section.prose, section.number);
}

std::string LintContext::printed(const ProseText& prose, std::size_t begin, std::size_t end) const {
    return emit_.quote(prose.source_range(begin, end));
}

Span LintContext::phrase_span(const ProseText& prose, std::size_t begin, std::size_t end) const {
    return emit_.span(prose.source_range(begin, end));
}

void LintContext::skip(const RuleDef& rule, const Cell& cell, const Message& what) {
    if (boost::variant2::holds_alternative<Absent>(cell.content)) return;
    const Span& where = cell.span;
    const auto found = skipped_.find(rule.id);
    if (found != skipped_.end()) {
        Emitter::note(out_[found->second], where, "{0} 也无法读取", "{0} could not be read either", what);
        return;
    }
    emit_.emit(rules::p_skipped, where, std::string(rule.id), what);
    skipped_.emplace(rule.id, out_.size() - 1);
}

std::optional<std::int64_t> cell_value(const Cell& cell) {
    if (const Number* n = cell.number()) return n->scaled;
    if (boost::variant2::holds_alternative<Blank>(cell.content) ||
        boost::variant2::holds_alternative<Placeholder>(cell.content))
        return 0;
    return std::nullopt;
}

Message cell_text(const Cell& cell) {
    if (const Number* n = cell.number()) return {n->text, n->text};
    if (boost::variant2::holds_alternative<Blank>(cell.content)) return {"空白", "blank"};
    if (const auto* p = boost::variant2::get_if<Placeholder>(&cell.content)) return {p->text, p->text};
    if (const auto* u = boost::variant2::get_if<Unreadable>(&cell.content)) return {u->text, u->text};
    return {"缺失", "missing"};
}

namespace {

// VAL-BLANK of a table whose every cell is blank gives way to DOC-TABLE-MISSING
// (docs/forms.md#t12), which points at the whole table.
void supersede_blank_tables(std::vector<Diagnostic>& diagnostics) {
    std::vector<Span> blank_tables;
    for (const auto& d : diagnostics)
        if (d.rule == rules::doc_table_missing.id) blank_tables.push_back(d.span);
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        return d.rule == rules::val_blank.id && std::any_of(blank_tables.begin(), blank_tables.end(), [&](const Span& t) {
                   return d.span.offset >= t.offset && d.span.offset < t.offset + t.length;
               });
    });
}

}  // namespace

void lint_report(Report& report, const Source& source) {
    std::vector<Diagnostic> found;
    LintContext context(report, source, found);
    run_scope_checks(context);
    if (!context.out_of_scope) run_report_checks(context);
    auto& all = report.diagnostics;
    std::move(found.begin(), found.end(), std::back_inserter(all));
    supersede_blank_tables(report.diagnostics);
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
}

}  // namespace nianbao
