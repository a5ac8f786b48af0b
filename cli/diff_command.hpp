#pragma once

#include "cli/options.hpp"

namespace nianbao::cli {

// Runs `nianbao diff OLD NEW` (docs/diff.md): 0 when both compiled, 1 when
// one could not be, 2 for an unreadable path or an unwritable output.
[[nodiscard]] int run_diff(const DiffOptions& options);

}  // namespace nianbao::cli
