// A rule of the catalogue (FORMAT.md §5): its id, severity and messages are
// declared together, next to the code that checks it.
#pragma once

#include "model/diagnostic.hpp"

#include <string_view>

namespace nianbao {

class LintContext;

// A lint check: reads the report through the context and emits through it.
using CheckFn = void (*)(LintContext&);

struct RuleDef {
    std::string_view id;
    Severity severity;
    bool strict_error;            // promoted to ERROR by --strict
    std::string_view summary_zh;  // one line for `nianbao rules`
    std::string_view summary_en;
    std::string_view message_zh;  // fmt template, `{0}` … filled by the emitter
    std::string_view message_en;
    // Null when the rule is emitted elsewhere: by the compiler while it builds
    // the model (P-*, VAL-*), across reports (T3-CARRY-CHAIN), or by the rule
    // that covers it (T3-NEG by VAL-INT, T4-COUNT by P-CELL-COUNT).
    CheckFn check = nullptr;
};

}  // namespace nianbao
