// The limits every command that reads inputs accepts: --max-input-size,
// --max-text-size and --max-nesting (InputLimits; README, "Limits").
#pragma once

#include "input/frontend.hpp"

#include <boost/program_options/options_description.hpp>

#include <cstddef>
#include <string>

namespace nianbao::cli {

struct LimitArguments {
    std::string input_size;
    std::string text_size;
    std::size_t nesting = 0;
};

[[nodiscard]] boost::program_options::options_description limit_options(LimitArguments& arguments);

// Throws UsageError for a size that is not a number with an optional K, M or
// G (binary multiples), or a limit out of its range.
[[nodiscard]] InputLimits parse_limits(const LimitArguments& arguments);

// "64M", "1g", "1048576", "512KiB" → bytes; nothing for anything else.
[[nodiscard]] std::optional<std::size_t> parse_size(const std::string& text);

}  // namespace nianbao::cli
