// The rules of each section of FORMAT.md §5, one file each. The rule objects
// that other code refers to by name are declared here too.
#pragma once

#include "model/rule.hpp"

#include <span>

namespace nianbao::rules {

[[nodiscard]] std::span<const RuleDef* const> structure_rules();  // §5.1  structure_rules.cpp (DOC-*)
[[nodiscard]] std::span<const RuleDef* const> content_rules();    // §5.1  content_rules.cpp (S1-, S5-, S6-)
[[nodiscard]] std::span<const RuleDef* const> format_rules();     // §5.2  format_rules.cpp
[[nodiscard]] std::span<const RuleDef* const> value_checks();     // §5.3  value_checks.cpp (the compiler's VAL-* are in parse_rules.cpp)
[[nodiscard]] std::span<const RuleDef* const> t2_rules();         // §5.4  t2_rules.cpp
[[nodiscard]] std::span<const RuleDef* const> t3_rules();         // §5.5  t3_rules.cpp
[[nodiscard]] std::span<const RuleDef* const> t4_rules();         // §5.6  t4_rules.cpp
[[nodiscard]] std::span<const RuleDef* const> cross_rules();      // §5.7  cross_rules.cpp
[[nodiscard]] std::span<const RuleDef* const> year_rules();       // §5.8  year_rules.cpp

extern const RuleDef doc_table_missing;
extern const RuleDef fmt_out_of_scope;
extern const RuleDef t3_carry_chain;

}  // namespace nianbao::rules
