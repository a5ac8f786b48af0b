// Facts read from the prose of a report: the statistics period, the notice it
// cites, dates (docs/layout.md#preamble, #closing).
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

// Statistics periods and the cited notice, from the prose of the preamble
// and section 一.
void read_metadata(Report& report, const Emitter& emit);

[[nodiscard]] std::optional<Date> parse_date(std::string_view text);

}  // namespace nianbao
