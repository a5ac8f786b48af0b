// Pairs a batch's reports with the same agency's report of the year before
// (T3-CARRY-CHAIN, X-COPY-PREV, T2-VALID-CHAIN, X-PREV-PROBLEMS).
#pragma once

#include <cstddef>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace nianbao {

// Calls check(i, previous) for each summary i (with `agency` and `year`) whose
// agency's report of the year before is among `summaries` — the first one, if
// several.
template <typename Summary, typename Check>
void for_each_previous_year(const std::vector<Summary>& summaries, Check check) {
    std::map<std::pair<std::string_view, int>, std::size_t> by_agency_year;
    for (std::size_t i = 0; i < summaries.size(); ++i)
        by_agency_year.emplace(std::pair<std::string_view, int>{summaries[i].agency, summaries[i].year}, i);
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const auto previous = by_agency_year.find({summaries[i].agency, summaries[i].year - 1});
        if (previous != by_agency_year.end()) check(i, summaries[previous->second]);
    }
}

}  // namespace nianbao
