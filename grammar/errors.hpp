// Error messages of the rules that may raise, kept apart from the rules.
// The grammar is tolerant by design, so few places can fail: `must_if`
// refuses to compile a `must<>` whose rule has no message here.
#pragma once

#include "grammar/skeleton.hpp"

namespace nianbao::grammar {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

template <>
inline constexpr auto error_message<report_end> =
    "the text after this point could not be read as part of a report";

struct error_messages {
    template <typename Rule>
    static constexpr auto message = error_message<Rule>;
};

template <typename Rule>
using control = must_if<error_messages>::control<Rule>;

}  // namespace nianbao::grammar
