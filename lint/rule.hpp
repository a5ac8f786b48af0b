// A lint rule: a rule of the catalogue (model/rule.hpp) with the check that
// finds it, declared next to that check.
#pragma once

#include "model/rule.hpp"

namespace nianbao {

class LintContext;

// Reads the report through the context and emits through it.
using CheckFn = void (*)(LintContext&);

struct LintRule : RuleDef {
    // Null when the rule is found elsewhere: across reports (T3-CARRY-CHAIN),
    // or by the rule that covers it (T3-NEG by VAL-INT, T4-COUNT by
    // P-CELL-COUNT).
    CheckFn check = nullptr;
};

}  // namespace nianbao
