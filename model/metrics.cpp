#include "model/metrics.hpp"

#include <fmt/format.h>

#include <array>
#include <initializer_list>

namespace nianbao {

namespace {

// A count cell as an integer; a decimal or unread cell is no count.
std::optional<std::int64_t> count_of(const Cell& cell) {
    const Number* n = cell.number();
    if (!n || n->scale != 0) return std::nullopt;
    return n->scaled;
}

// The SUM column of T3 rows, added up; null as soon as one is.
std::optional<std::int64_t> t3_sum(const Report& r, std::initializer_list<std::string_view> rows) {
    if (!r.t3) return std::nullopt;
    const auto sum_column = t3_column_count - 1;
    std::int64_t total = 0;
    for (const std::string_view key : rows) {
        const T3Row* row = r.t3->row(key);
        if (!row) return std::nullopt;
        const auto value = count_of(row->cells[sum_column]);
        if (!value) return std::nullopt;
        total += *value;
    }
    return total;
}

std::optional<std::int64_t> t4_sum(const Report& r, std::initializer_list<std::string_view> keys) {
    if (!r.t4) return std::nullopt;
    std::int64_t total = 0;
    for (const std::string_view key : keys) {
        const Cell* cell = r.t4->cell(key);
        const auto value = cell ? count_of(*cell) : std::nullopt;
        if (!value) return std::nullopt;
        total += *value;
    }
    return total;
}

std::optional<double> ratio(std::optional<std::int64_t> part, std::optional<std::int64_t> whole) {
    if (!part || !whole || *whole == 0) return std::nullopt;
    return static_cast<double>(*part) / static_cast<double>(*whole);
}

constexpr std::array<std::string_view, 7> names{
    "applications_handled", "share_granted",          "share_granted_full_or_part", "share_refused",
    "share_not_held",       "review_correction_rate", "suit_correction_rate"};

}  // namespace

Metrics compute_metrics(const Report& r) {
    Metrics m;
    m.applications_handled = t3_sum(r, {"TOTAL"});
    m.share_granted = ratio(t3_sum(r, {"GRANT"}), m.applications_handled);
    m.share_granted_full_or_part = ratio(t3_sum(r, {"GRANT", "PARTIAL"}), m.applications_handled);
    m.share_refused = ratio(
        t3_sum(r, {"DENY_1", "DENY_2", "DENY_3", "DENY_4", "DENY_5", "DENY_6", "DENY_7", "DENY_8"}),
        m.applications_handled);
    m.share_not_held = ratio(t3_sum(r, {"UNABLE_1"}), m.applications_handled);
    // Cases still pending have no result yet: the rate is over the decided ones.
    m.review_correction_rate = ratio(t4_sum(r, {"RV_CORRECTED"}), t4_sum(r, {"RV_UPHELD", "RV_CORRECTED", "RV_OTHER"}));
    m.suit_correction_rate =
        ratio(t4_sum(r, {"LD_CORRECTED", "LR_CORRECTED"}),
              t4_sum(r, {"LD_UPHELD", "LD_CORRECTED", "LD_OTHER", "LR_UPHELD", "LR_CORRECTED", "LR_OTHER"}));
    return m;
}

std::span<const std::string_view> metric_names() { return names; }

std::optional<double> metric_value(const Metrics& m, std::string_view name) {
    if (name == "applications_handled")
        return m.applications_handled ? std::optional<double>(static_cast<double>(*m.applications_handled)) : std::nullopt;
    if (name == "share_granted") return m.share_granted;
    if (name == "share_granted_full_or_part") return m.share_granted_full_or_part;
    if (name == "share_refused") return m.share_refused;
    if (name == "share_not_held") return m.share_not_held;
    if (name == "review_correction_rate") return m.review_correction_rate;
    if (name == "suit_correction_rate") return m.suit_correction_rate;
    return std::nullopt;
}

}  // namespace nianbao

namespace nianbao {

std::string metric_text(std::string_view name, double value) {
    if (name == "applications_handled") return fmt::format("{}", static_cast<std::int64_t>(value));
    std::string text = fmt::format("{:.6f}", value);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

}  // namespace nianbao
