// Whole-input matching of a single grammar rule, without actions.
#pragma once

#include "grammar/grammar.hpp"

#include <string_view>

namespace nianbao::test {

template <typename Rule>
bool matches(std::string_view text) {
    namespace pegtl = tao::pegtl;
    pegtl::memory_input<> in(text.data(), text.size(), "test");
    try {
        return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
    } catch (const pegtl::parse_error&) {
        return false;
    }
}

}  // namespace nianbao::test
