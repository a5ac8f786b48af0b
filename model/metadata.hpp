// Facts read from the prose of a report: the statistics period, the notice it
// cites, dates (FORMAT.md §1.3, §1.7).
#pragma once

#include "model/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

// Statistics period and cited notice, from the preamble and section 一.
void read_metadata(Report& report);

[[nodiscard]] std::optional<int> find_period_year(std::string_view text);
[[nodiscard]] std::optional<std::string> find_declared_format(std::string_view text);
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);

}  // namespace nianbao
