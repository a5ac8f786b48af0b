// The rules of each section of docs/rules.md, one file each. The rule objects
// that other code refers to by name are declared here too.
#pragma once

#include "lint/rule.hpp"

#include <span>

namespace nianbao::rules {

[[nodiscard]] std::span<const LintRule* const> structure_rules();  // §5.1  structure_rules.cpp (DOC-*)
[[nodiscard]] std::span<const LintRule* const> content_rules();    // §5.1  content_rules.cpp (S1-, S5-, S6-)
[[nodiscard]] std::span<const LintRule* const> format_rules();     // §5.2  format_rules.cpp
[[nodiscard]] std::span<const LintRule* const> value_checks();     // §5.3  value_checks.cpp (the compiler's VAL-* are in parse_rules.cpp)
[[nodiscard]] std::span<const LintRule* const> t2_rules();         // §5.4  t2_rules.cpp
[[nodiscard]] std::span<const LintRule* const> t3_rules();         // §5.5  t3_rules.cpp
[[nodiscard]] std::span<const LintRule* const> t4_rules();         // §5.6  t4_rules.cpp
[[nodiscard]] std::span<const LintRule* const> cross_rules();      // §5.7  cross_rules.cpp
[[nodiscard]] std::span<const LintRule* const> year_rules();       // §5.8  year_rules.cpp

extern const LintRule doc_table_missing;
extern const LintRule fmt_out_of_scope;
extern const LintRule t3_carry_chain;
extern const LintRule t2_valid_chain;  // year_pairs.cpp, across reports
extern const LintRule x_copy_prev;     // year_pairs.cpp, across reports
extern const LintRule x_prev_problems; // prev_problems.cpp, across reports

}  // namespace nianbao::rules
