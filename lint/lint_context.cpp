#include "lint/lint_context.hpp"

#include "lint/groups.hpp"
#include "model/parse_rules.hpp"
#include "lint/registry.hpp"

#include <algorithm>
#include <future>
#include <iterator>

namespace nianbao {

namespace {

std::size_t chunks_of(std::size_t sections, std::size_t chunk) { return (sections + chunk - 1) / chunk; }

}  // namespace

ProseSet::ProseSet(std::string_view source_text, const Report& report)
    : source_text_(source_text),
      report_(report),
      preamble_(source_text, report.preamble),
      sections_(report.sections.size()),
      built_(report.sections.size(), 0),
      unbuilt_(static_cast<std::ptrdiff_t>(chunks_of(report.sections.size(), chunk))) {
    for (int number = 1; number <= 6; ++number) {
        const Section* section = report.section(number);
        if (!section) continue;
        const auto index = static_cast<std::size_t>(section - report.sections.data());
        sections_[index] = ProseText(source_text, section->blocks);
        built_[index] = 1;
    }
}

void ProseSet::build_rest() {
    const std::size_t count = sections_.size();
    for (std::size_t begin = next_.fetch_add(chunk); begin < count; begin = next_.fetch_add(chunk)) {
        for (std::size_t i = begin; i < std::min(begin + chunk, count); ++i)
            if (!built_[i]) sections_[i] = ProseText(source_text_, report_.sections[i].blocks);
        unbuilt_.count_down();
    }
}

const ProseText* ProseSet::part(const Report& report, int part) const {
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

void lint_report(Report& report, const Source& source, unsigned threads) {
    ProseSet prose(source.text(), report);
    std::vector<Diagnostic> scope_found, first_found, second_found;
    LintContext scope(report, source, scope_found, prose);
    if (threads < 2 || report.sections.size() < 2) {
        run_scope_checks(scope);
        if (!scope.out_of_scope) {
            prose.build_rest();
            LintContext context(report, source, first_found, prose);
            run_report_checks(context);
        }
    } else {
        // The other thread builds the prose from the start; this one runs the
        // scope checks (which read only the parts, built already), then helps.
        // Once all is built, each runs half the report checks; their
        // diagnostics are dropped if the report is out of scope (the other
        // thread does not read the scope result: nothing orders it after it).
        auto other = std::async(std::launch::async, [&] {
            prose.build_rest();
            prose.wait_built();
            LintContext context(report, source, second_found, prose);
            run_report_checks_second(context);
        });
        run_scope_checks(scope);
        prose.build_rest();
        prose.wait_built();
        LintContext context(report, source, first_found, prose);
        run_report_checks_first(context);
        other.get();
        if (scope.out_of_scope) {
            first_found.clear();
            second_found.clear();
        }
    }
    auto& all = report.diagnostics;
    all.reserve(all.size() + scope_found.size() + first_found.size() + second_found.size());
    for (auto* found : {&scope_found, &first_found, &second_found})
        std::move(found->begin(), found->end(), std::back_inserter(all));
    supersede_blank_tables(report.diagnostics);
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
}

}  // namespace nianbao
