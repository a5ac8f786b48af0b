#include "lint_context.hpp"

#include "groups.hpp"
#include "parse_rules.hpp"
#include "registry.hpp"

#include <algorithm>

namespace nianbao {

const ProseText* LintContext::prose(int part) {
    if (part < 0 || part > 6) return nullptr;
    auto& slot = prose_[static_cast<std::size_t>(part)];
    if (!slot) {
        if (part == 0) {
            slot.emplace(source_text(), report_.preamble);
        } else if (const Section* section = report_.section(part)) {
            slot.emplace(source_text(), section->blocks);
        } else {
            return nullptr;
        }
    }
    return &*slot;
}

void LintContext::for_each_prose(const std::function<void(const ProseText&, int part)>& f) {
    if (const ProseText* preamble = prose(0)) f(*preamble, 0);
    // Several rules walk every section: each section's prose is built once.
    section_prose_.resize(report_.sections.size());
    for (std::size_t i = 0; i < report_.sections.size(); ++i) {
        const Section& s = report_.sections[i];
        if (report_.section(s.number) == &s) {
            f(*prose(s.number), s.number);
            continue;
        }
        if (!section_prose_[i]) section_prose_[i].emplace(source_text(), s.blocks);
        f(*section_prose_[i], s.number);
    }
}

std::string LintContext::printed(const ProseText& prose, std::size_t begin, std::size_t end) const {
    const ByteRange range = prose.source_range(begin, end);
    return std::string(source_text().substr(range.offset(), range.length()));
}

Span LintContext::phrase_span(const ProseText& prose, std::size_t begin, std::size_t end) const {
    return emit_.span(prose.source_range(begin, end));
}

void LintContext::skip(const RuleDef& rule, const Span& where, const Message& what) {
    auto& diagnostics = report_.diagnostics;
    const auto found = skipped_.find(rule.id);
    if (found != skipped_.end()) {
        Emitter::note(diagnostics[found->second], where, "{0} 也无法读取", "{0} could not be read either", what);
        return;
    }
    emit_.emit(rules::p_skipped, where, std::string(rule.id), what);
    skipped_.emplace(rule.id, diagnostics.size() - 1);
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

void lint_report(Report& report, Emitter& emit) {
    {
        LintContext context(report, emit);
        run_checks(context);
    }
    supersede_blank_tables(report.diagnostics);
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
}

}  // namespace nianbao
