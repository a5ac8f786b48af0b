// A rule of the catalogue (FORMAT.md §5): its id, severity and messages are
// declared together, next to the code that checks it.
#pragma once

#include "../diagnostic.hpp"

#include <string_view>

namespace nianbao {

struct Report;
class Emitter;

using CheckFn = void (*)(const Report&, Emitter&);

struct RuleDef {
    std::string_view id;
    Severity severity;
    bool strict_error;            // promoted to ERROR by --strict
    std::string_view summary_zh;  // one line for `nianbao rules`
    std::string_view summary_en;
    std::string_view message_zh;  // fmt template, `{0}` … filled by the emitter
    std::string_view message_en;
    CheckFn check = nullptr;      // null: emitted by the compiler while it builds the model
};

}  // namespace nianbao
