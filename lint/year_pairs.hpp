// The checks across one agency's reports of consecutive years among the
// inputs of one lint run (docs/rules.md#x-copy-prev, #t2-valid-chain), beside
// T3-CARRY-CHAIN (carry_chain.hpp): the same pairing, and the same rule of
// keeping only a small summary of each report, never the models.
#pragma once

#include "lint/prev_problems.hpp"
#include "model/diagnostic.hpp"
#include "model/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nianbao {

struct YearSummary {
    std::string path;
    std::string agency;  // NFKC, spaces removed
    int year = 0;
    Span title_span;
    std::vector<std::uint64_t> sentences;  // the counted sentences' hashes (model/sentences.hpp)
    // T2 documents rows (F2021 only): made, repealed, valid and the valid cell's span.
    struct Documents {
        std::string_view row;
        std::optional<std::int64_t> made, repealed, valid;
        Span valid_span;
    };
    std::vector<Documents> documents;
    // Section 五: the problems it names, its text as searched, its heading.
    std::vector<NamedProblem> problems;
    std::string section5;
    Span section5_heading;
    // Source lines the findings are shown on, kept by whoever holds the source.
    std::vector<std::pair<std::size_t, std::string>> lines;

    [[nodiscard]] std::string_view line(std::size_t number) const;
    // The line numbers a finding may be shown on: the title's, the valid cells', 五's heading.
    [[nodiscard]] std::vector<std::size_t> wanted_lines() const;
};

// Nothing when the report has no agency or year.
[[nodiscard]] std::optional<YearSummary> summarize_year(const Report& report);

// X-COPY-PREV: more than half of `current`'s counted sentences are `previous`'s.
[[nodiscard]] std::optional<Diagnostic> check_copy_prev(const YearSummary& current, const YearSummary& previous);

// T2-VALID-CHAIN: valid(Y) ≠ valid(Y−1) + made(Y) − repealed(Y), one per row.
[[nodiscard]] std::vector<Diagnostic> check_valid_chain(const YearSummary& current, const YearSummary& previous);

// For each summary whose agency's previous year is among them (the first
// such, if several), its findings, by summary index.
[[nodiscard]] std::vector<std::pair<std::size_t, Diagnostic>> check_year_pairs(const std::vector<YearSummary>& summaries);

}  // namespace nianbao
