#include "lint/lint_context.hpp"

#include "lint/groups.hpp"
#include "model/parse_rules.hpp"
#include "lint/registry.hpp"

#include <algorithm>
#include <iterator>

namespace nianbao {

ProseParts::ProseParts(std::string_view source_text, const Report& report) : preamble_(source_text, report.preamble) {
    sections_.reserve(report.sections.size());
    for (const Section& section : report.sections) sections_.emplace_back(source_text, section.blocks);
}

const ProseText* ProseParts::part(const Report& report, int part) const {
    if (part == 0) return &preamble_;
    const Section* section = part > 0 && part <= 6 ? report.section(part) : nullptr;
    return section ? &sections_[static_cast<std::size_t>(section - report.sections.data())] : nullptr;
}

void LintContext::for_each_prose(const std::function<void(const ProseText&, int part)>& f) const {
    f(*prose(0), 0);
    for (std::size_t i = 0; i < report_.sections.size(); ++i) f(prose_.section(i), report_.sections[i].number);
}

std::string LintContext::printed(const ProseText& prose, std::size_t begin, std::size_t end) const {
    const ByteRange range = prose.source_range(begin, end);
    return std::string(source_text().substr(range.offset(), range.length()));
}

Span LintContext::phrase_span(const ProseText& prose, std::size_t begin, std::size_t end) const {
    return emit_.span(prose.source_range(begin, end));
}

void LintContext::skip(const RuleDef& rule, const Span& where, const Message& what) {
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
// (FORMAT.md §5.3), which points at the whole table.
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
    const ProseParts prose(source.text(), report);
    std::vector<Diagnostic> found;
    LintContext context(report, source, found, prose);
    run_scope_checks(context);
    if (!context.out_of_scope) run_report_checks(context);
    auto& all = report.diagnostics;
    std::move(found.begin(), found.end(), std::back_inserter(all));
    supersede_blank_tables(report.diagnostics);
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
}

}  // namespace nianbao
