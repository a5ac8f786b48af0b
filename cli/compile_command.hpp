#pragma once

#include "cli/options.hpp"

namespace nianbao::cli {

// Runs `nianbao compile`; returns the exit code (OUTPUT.md §1).
[[nodiscard]] int run_compile(const CompileOptions& options);

}  // namespace nianbao::cli
