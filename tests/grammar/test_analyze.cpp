// The first grammar test (PEGTL's advice): no rule can loop without consuming.
#include "grammar/grammar.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace g = nianbao::grammar;

TEST_CASE("the report grammar has no cycle without progress", "[grammar]") {
    CHECK(tao::pegtl::analyze<g::report>(-1) == 0);
}

TEST_CASE("the cell grammars have no cycle without progress", "[grammar]") {
    CHECK(tao::pegtl::analyze<g::number_cell>(-1) == 0);
    CHECK(tao::pegtl::analyze<g::placeholder_cell>(-1) == 0);
    CHECK(tao::pegtl::analyze<g::date_text>(-1) == 0);
}
