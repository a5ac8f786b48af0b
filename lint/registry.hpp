// The rule catalogue: every rule id of docs/rules.md exactly once, in
// the order of docs/rules.md. Listed by hand (registry.cpp), not registered by
// static initialisers, which a static library would silently drop.
#pragma once

#include "lint/rule.hpp"

#include <span>
#include <string_view>

namespace nianbao {

[[nodiscard]] std::span<const RuleDef* const> all_rules();
[[nodiscard]] const RuleDef* find_rule(std::string_view id);
// Whether the linter has a check of its own for the rule (the P-* and VAL-*
// rules are found while the model is built).
[[nodiscard]] bool checked_by_lint(const RuleDef& rule);

// The checks in two groups. The scope checks: structure and format
// (docs/rules.md#structure, #layout), where FMT-OUT-OF-SCOPE sets
// context.out_of_scope. The report checks: content, values, tables,
// cross-checks and years, which run only for a report in scope.
void run_scope_checks(LintContext& context);
void run_report_checks(LintContext& context);

}  // namespace nianbao
