// Diagnostics: what a rule found, where, in both message languages.
#pragma once

#include "input/span.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

enum class Severity { error, warning, info };

[[nodiscard]] std::string_view severity_name(Severity severity);  // "error" | "warning" | "info"

enum class Lang { zh, en };

struct Message {
    std::string zh;
    std::string en;
    [[nodiscard]] const std::string& in(Lang lang) const { return lang == Lang::en ? en : zh; }
};

struct Note {
    Message message;
    std::optional<Span> span;
};

struct Diagnostic {
    std::string_view rule;  // points into the rule registry, which lives for the program
    Severity severity = Severity::info;
    bool strict_error = false;  // promoted to an error by --strict
    Message message;
    Span span;
    std::vector<Note> notes;
};

}  // namespace nianbao
