// The rule catalogue: every rule id of FORMAT.md §5.1–§5.9 exactly once, in
// the order of FORMAT.md. Listed by hand (registry.cpp), not registered by
// static initialisers, which a static library would silently drop.
#pragma once

#include "model/rule.hpp"

#include <span>
#include <string_view>

namespace nianbao {

[[nodiscard]] std::span<const RuleDef* const> all_rules();
[[nodiscard]] const RuleDef* find_rule(std::string_view id);

// The checks run in two halves, in registry order. The first: structure,
// content and format (FORMAT.md §5.1–§5.3), where FMT-OUT-OF-SCOPE sets
// context.out_of_scope. The second: values, tables, cross-checks and years,
// whose diagnostics count only for a report in scope. The halves share no
// state but the report, so they may run side by side.
void run_scope_checks(LintContext& context);
void run_report_checks(LintContext& context);
// The report checks again in two parts that may run side by side, each with
// its own context: the diagnostics of the first, then those of the second,
// are those of run_report_checks (values and tables and cross-checks; years).
void run_report_checks_first(LintContext& context);
void run_report_checks_second(LintContext& context);

}  // namespace nianbao
