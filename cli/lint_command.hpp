#pragma once

#include "cli/options.hpp"

namespace nianbao::cli {

// Runs `nianbao lint`; returns the exit code (OUTPUT.md §1). Throws
// UsageError for an unknown rule id in --disable.
[[nodiscard]] int run_lint(const LintOptions& options);

}  // namespace nianbao::cli
