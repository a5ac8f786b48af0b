// Numeric and placeholder cells (docs/forms.md#numbers): always whole-cell matches.
#include "match.hpp"

#include <catch2/catch.hpp>

namespace g = nianbao::grammar;
using nianbao::test::matches;

TEST_CASE("number_cell accepts the printed forms of docs/forms.md#numbers", "[grammar][numbers]") {
    for (const char* text : {"0", "2498", "43.5824", "+1036", "-8", "1,234", "12,345,678", "２０２４",
                             "251000元", "3件", "3 件", "6个", " 7 ", "０．５"})
        CHECK(matches<g::number_cell>(text));
}

TEST_CASE("number_cell rejects labels and text that merely start with a digit", "[grammar][numbers]") {
    for (const char* text : {"1. 属于国家秘密", "1.属于国家秘密", "3. 其他", "约10", "", "1.5.2", "12,34", "10万余"})
        CHECK_FALSE(matches<g::number_cell>(text));
}

TEST_CASE("placeholder_cell accepts the placeholders of VAL-PLACEHOLDER", "[grammar][numbers]") {
    for (const char* text : {"-", "—", "——", "－", "/", "／", "无", "\\", " - "})
        CHECK(matches<g::placeholder_cell>(text));
    CHECK_FALSE(matches<g::placeholder_cell>("0"));
    CHECK_FALSE(matches<g::placeholder_cell>("无其他"));
}
