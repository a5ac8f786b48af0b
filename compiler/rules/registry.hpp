// The rule catalogue: every rule id of FORMAT.md §5.1–§5.9 exactly once, in
// the order of FORMAT.md. Listed by hand (registry.cpp), not registered by
// static initialisers, which a static library would silently drop.
#pragma once

#include "rule.hpp"

#include <span>
#include <string_view>

namespace nianbao {

[[nodiscard]] std::span<const RuleDef* const> all_rules();
[[nodiscard]] const RuleDef* find_rule(std::string_view id);

// Runs the check of every rule that has one, group by group; after the
// format group, stops if the report is out of scope (FMT-OUT-OF-SCOPE).
void run_checks(LintContext& context);

}  // namespace nianbao
