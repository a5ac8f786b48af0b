// A rule of the catalogue (docs/rules.md): its id, severity and messages,
// declared together. The rules the model's builders emit (P-*, VAL-*) are
// RuleDefs; the lint rules add the check that finds them (lint/rule.hpp).
#pragma once

#include "model/diagnostic.hpp"

#include <string_view>

namespace nianbao {

struct RuleDef {
    std::string_view id;
    Severity severity;
    bool strict_error;            // promoted to ERROR by --strict
    std::string_view summary_zh;  // one line for `nianbao rules`
    std::string_view summary_en;
    std::string_view message_zh;  // fmt template, `{0}` … filled by the emitter
    std::string_view message_en;
};

}  // namespace nianbao
