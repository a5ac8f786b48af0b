#pragma once

#include "cli/options.hpp"

namespace nianbao::cli {

// Runs `nianbao rules`: the rule catalogue as text or JSON. Returns 0.
[[nodiscard]] int run_rules(const RulesOptions& options);

}  // namespace nianbao::cli
