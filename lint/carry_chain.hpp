// T3-CARRY-CHAIN (docs/tables.md#t3-arithmetic) across the reports of one lint run: what
// was carried into year Y must be what the same agency's Y−1 report carried
// out. A batch may hold thousands of reports, so only this small summary of
// each is kept, never the models.
#pragma once

#include "model/diagnostic.hpp"
#include "model/model.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nianbao {

struct CarryCell {
    std::optional<std::int64_t> value;  // null: the cell could not be read
    Span span;
};

struct CarrySummary {
    std::string path;
    std::string agency;  // NFKC, spaces removed
    int year = 0;
    std::array<CarryCell, t3_column_count> carry_in;
    std::array<CarryCell, t3_column_count> carry_out;
    // The source lines of the CARRY_IN cells, for showing a diagnostic there
    // once the source is gone: filled by whoever holds the source.
    std::vector<std::pair<std::size_t, std::string>> carry_in_lines;

    [[nodiscard]] std::string_view line(std::size_t number) const;
};

// Nothing when the report has no agency, year or T3.
[[nodiscard]] std::optional<CarrySummary> summarize_carry(const Report& report);

// The T3-CARRY-CHAIN diagnostic of `current` (at its first CARRY_IN cell that
// differs), if the previous year's report carried out something else.
[[nodiscard]] std::optional<Diagnostic> check_carry_chain(const CarrySummary& current, const CarrySummary& previous);

// Finds, for each summary, the summary of the same agency's previous year
// (the first one, if several) and returns the diagnostics per summary index.
[[nodiscard]] std::vector<std::pair<std::size_t, Diagnostic>> check_carry_chains(
    const std::vector<CarrySummary>& summaries);

}  // namespace nianbao
