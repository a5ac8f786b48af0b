// The command line of OUTPUT.md §1, parsed with Boost.Program_options.
#pragma once

#include "backends/html.hpp"
#include "model/diagnostic.hpp"
#include "input/frontend.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nianbao::cli {

enum class Command { compile, lint, rules, diff, help, version };

// Options of every command that reads a batch of inputs.
struct BatchFlags {
    unsigned jobs = 0;   // 0: the number of cores
    bool quiet = false;  // no progress bar, no summary line
};

struct CompileOptions {
    std::string to = "json";
    std::optional<std::string> output;
    Lang lang = Lang::zh;
    bool csv_long = false;
    BatchFlags batch;
    Annotate annotate = Annotate::automatic;  // --to html only
    std::vector<std::string> inputs;
    std::optional<std::string> encoding;  // --encoding: forces the encoding of text and web pages
    InputLimits limits;                   // --max-input-size, --max-text-size, --max-nesting
    // --fail-on: findings of this severity or worse make the exit status 1 (a
    // gate); without it, findings are output, not failure.
    std::optional<Severity> fail_on;
};

struct LintOptions {
    std::string format = "text";        // text | json | sarif
    bool strict = false;                // promote the strict→ERROR warnings
    std::vector<std::string> disable;   // rule ids
    Lang lang = Lang::zh;
    BatchFlags batch;  // --jobs; --quiet drops the closing summary line of the text format
    std::vector<std::string> inputs;
    InputLimits limits;
};

struct RulesOptions {
    std::string format = "text";  // text | json
    Lang lang = Lang::zh;
};

struct DiffOptions {
    std::string format = "text";  // text | json | html
    std::optional<std::string> output;
    Lang lang = Lang::zh;
    std::string old_path, new_path;
    std::optional<std::string> encoding;
    InputLimits limits;
};

struct Options {
    Command command = Command::help;
    CompileOptions compile;
    LintOptions lint;
    RulesOptions rules;
    DiffOptions diff;
};

// Thrown for usage errors (exit code 2); the message names the problem.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

[[nodiscard]] Options parse_options(int argc, char** argv);
[[nodiscard]] std::string usage_text();

}  // namespace nianbao::cli
