// Derived metrics (docs/model.md#metrics): the rates evaluators and analysts
// compute from T3 and T4. Each is null when a cell it needs is null or its
// denominator is 0: a missing number is never guessed, and 0/0 is not 0.
#pragma once

#include "model/model.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nianbao {

struct Metrics {
    std::optional<std::int64_t> applications_handled;  // T3 TOTAL.SUM (（七）总计)
    std::optional<double> share_granted;                // GRANT / TOTAL
    std::optional<double> share_granted_full_or_part;   // (GRANT + PARTIAL) / TOTAL
    std::optional<double> share_refused;                // (DENY_1 … DENY_8) / TOTAL
    std::optional<double> share_not_held;               // UNABLE_1 / TOTAL
    std::optional<double> review_correction_rate;       // RV_CORRECTED / (RV_UPHELD + RV_CORRECTED + RV_OTHER)
    std::optional<double> suit_correction_rate;         // (LD_ + LR_CORRECTED) / (their UPHELD + CORRECTED + OTHER)
};

[[nodiscard]] Metrics compute_metrics(const Report& report);

// The metric names in their documented order, for the backends' columns.
[[nodiscard]] std::span<const std::string_view> metric_names();

// The metric of that name as a number; nullopt when it is null.
[[nodiscard]] std::optional<double> metric_value(const Metrics& metrics, std::string_view name);

// A metric as written in JSON, CSV and the database: a count as an integer,
// a share rounded to 6 decimal places, trailing zeros dropped (`0.666667`,
// `0.25`, `0`), so every output prints the same digits.
[[nodiscard]] std::string metric_text(std::string_view name, double value);

}  // namespace nianbao
