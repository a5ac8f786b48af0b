// The fast primitives of grammar/scan.hpp against the plain PEGTL rules they
// stand for: the same inputs match, and the same number of bytes is consumed.
#include "match.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace g = nianbao::grammar;
namespace pegtl = tao::pegtl;
using nianbao::test::matches;

namespace {

// Bytes consumed by Rule at the start of `text`, or nothing when it fails.
template <typename Rule>
std::optional<std::size_t> consumed(std::string_view text) {
    pegtl::memory_input<> in(text.data(), text.size(), "test");
    if (!pegtl::parse<Rule>(in)) return std::nullopt;
    return static_cast<std::size_t>(in.current() - text.data());
}

}  // namespace

TEST_CASE("lit: a literal matches its bytes exactly", "[grammar][scan]") {
    using heading_word = NIANBAO_LIT("主动公开");
    CHECK(matches<heading_word>("主动公开"));
    CHECK_FALSE(matches<heading_word>("主动公"));     // input too short
    CHECK_FALSE(matches<heading_word>("被动公开"));   // first character differs
    CHECK_FALSE(matches<heading_word>("主动公示"));   // last character differs
    CHECK(consumed<heading_word>("主动公开政府信息") == std::string("主动公开").size());
    CHECK(matches<g::line_end>("\r\n"));
    CHECK(consumed<g::line_end>("\r\nx") == 2u);
    CHECK(consumed<g::line_end>("\rx") == 1u);
}

TEST_CASE("bytes_until: the same as plus<not_one<…>>", "[grammar][scan]") {
    using fast = g::bytes_until<'\n', '\r', '['>;
    using plain = pegtl::plus<pegtl::not_one<'\n', '\r', '['>>;
    for (const std::string text : {"", "\n", "[", "a", "文字[bookmark:x]", "全文\r\n下一行", "abc\tdef\n", "末尾"}) {
        INFO(text);
        CHECK(consumed<fast>(text) == consumed<plain>(text));
    }
    CHECK(consumed<fast>("文字[x") == std::string("文字").size());
    CHECK_FALSE(consumed<fast>("[x"));
}

TEST_CASE("cell texts stop at TAB and line ends", "[grammar][scan]") {
    CHECK(consumed<g::tab_cell>("本年新收\t0\n") == std::string("本年新收").size());
    CHECK(consumed<g::tab_cell>("\t0\n") == 0u);  // an empty cell between TABs
    CHECK(matches<g::cell_continuation>("政府信息公开申请数量\n"));
    CHECK_FALSE(matches<g::cell_continuation>("\t续行\n"));            // a TAB starts a new cell
    CHECK_FALSE(matches<g::cell_continuation>("四、行政复议、行政诉讼情况\n"));  // a heading ends the table
}
