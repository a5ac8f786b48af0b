#include "lint/year_pairs.hpp"

#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "lint/previous_year.hpp"
#include "model/normalize.hpp"
#include "model/sentences.hpp"

#include <fmt/format.h>


namespace nianbao {

namespace rules {

const LintRule x_copy_prev{{
    "X-COPY-PREV", Severity::warning, false,
    "去除模板文字后，本报告过半句子与同一机关上一年度报告相同",
    "More than 50 % of the sentences (template text removed) repeat the same agency's report for Y−1",
    "{0} 句中有 {1} 句（{2}）与 {3} 年度报告 {4} 相同（已去除模板文字）",
    "{1} of {0} sentences ({2}) repeat the {3} report {4} (template text removed)"}};

const LintRule t2_valid_chain{{
    "T2-VALID-CHAIN", Severity::info, false,
    "现行有效件数不等于上一年度的现行有效件数加本年制发件数减本年废止件数",
    "valid(Y) ≠ valid(Y−1) + made(Y) − repealed(Y) against the same agency's report for Y−1",
    "T2“{0}”现行有效件数为 {1}，但 {2} 年度报告的 {3} 加本年制发 {4} 减废止 {5} 为 {6}",
    "T2 {0}: valid is {1}, but the {2} report's {3} + made {4} − repealed {5} is {6}"}};

}  // namespace rules

std::string_view YearSummary::line(std::size_t number) const {
    for (const auto& [n, text] : lines)
        if (n == number) return text;
    return {};
}

std::vector<std::size_t> YearSummary::wanted_lines() const {
    std::vector<std::size_t> out{title_span.line};
    for (const Documents& d : documents) out.push_back(d.valid_span.line);
    out.push_back(section5_heading.line);
    return out;
}

namespace {

std::optional<std::int64_t> count_of(const Cell& cell) {
    const Number* n = cell.number();
    if (!n || n->scale != 0) return std::nullopt;
    return n->scaled;
}

Diagnostic make(const RuleDef& rule, const Span& span, Message message) {
    Diagnostic d;
    d.rule = rule.id;
    d.severity = rule.severity;
    d.strict_error = rule.strict_error;
    d.span = span;
    d.message = std::move(message);
    return d;
}

// More than half: the threshold of evaluators' published methods.
constexpr double copy_threshold = 0.5;

}  // namespace

std::optional<YearSummary> summarize_year(const Report& report) {
    if (!report.agency || !report.year) return std::nullopt;
    YearSummary s;
    s.path = report.source.path;
    s.agency = nfkc(remove_spaces(*report.agency));
    s.year = *report.year;
    s.title_span = report.title_span;
    const std::vector<Sentence> sentences = report_sentences(report);
    s.sentences = sentence_hashes(sentences);
    s.problems = section5_problems(report, sentences);
    s.section5 = section5_search_text(sentences);
    if (const Section* five = report.section(5)) s.section5_heading = five->heading_span;
    if (report.t2 && report.t2->layout == Layout::F2021)
        for (const std::string_view key : {std::string_view("RULES"), std::string_view("NORMDOC")})
            if (const T2Row* row = report.t2->row(key); row && row->cells.size() >= 3)
                s.documents.push_back({key, count_of(row->cells[0]), count_of(row->cells[1]), count_of(row->cells[2]),
                                       row->cells[2].span});
    return s;
}

std::optional<Diagnostic> check_copy_prev(const YearSummary& current, const YearSummary& previous) {
    const RepetitionShare share = repetition_share(current.sentences, previous.sentences);
    if (share.total == 0 || share.share() <= copy_threshold) return std::nullopt;
    const std::string percent = fmt::format("{:.1f}%", share.share() * 100.0);
    const RuleDef& rule = rules::x_copy_prev;
    return make(rule, current.title_span,
                {fmt::format(fmt::runtime(rule.message_zh), share.total, share.repeated, percent, previous.year, previous.path),
                 fmt::format(fmt::runtime(rule.message_en), share.total, share.repeated, percent, previous.year, previous.path)});
}

std::vector<Diagnostic> check_valid_chain(const YearSummary& current, const YearSummary& previous) {
    std::vector<Diagnostic> out;
    for (const auto& now : current.documents)
        for (const auto& before : previous.documents) {
            if (now.row != before.row || !now.valid || !now.made || !now.repealed || !before.valid) continue;
            const std::int64_t expected = *before.valid + *now.made - *now.repealed;
            if (expected == *now.valid) continue;
            const RuleDef& rule = rules::t2_valid_chain;
            out.push_back(make(rule, now.valid_span,
                               {fmt::format(fmt::runtime(rule.message_zh), now.row, *now.valid, previous.year,
                                            *before.valid, *now.made, *now.repealed, expected),
                                fmt::format(fmt::runtime(rule.message_en), now.row, *now.valid, previous.year,
                                            *before.valid, *now.made, *now.repealed, expected)}));
        }
    return out;
}

std::vector<std::pair<std::size_t, Diagnostic>> check_year_pairs(const std::vector<YearSummary>& summaries) {
    std::vector<std::pair<std::size_t, Diagnostic>> out;
    for_each_previous_year(summaries, [&](std::size_t i, const YearSummary& before) {
        const YearSummary& now = summaries[i];
        if (auto copied = check_copy_prev(now, before)) out.emplace_back(i, std::move(*copied));
        for (auto& d : check_valid_chain(now, before)) out.emplace_back(i, std::move(d));
        if (auto d = check_prev_problems(now.section5, now.section5_heading, before.problems, before.year))
            out.emplace_back(i, std::move(*d));
    });
    return out;
}

}  // namespace nianbao
