// Single lines and single cells read by the grammar's rules, for the passes
// that must recognise a line or a cell outside a whole-document parse.
#include "grammar/parse.hpp"

#include "grammar/grammar.hpp"

#include <string>

namespace nianbao {

namespace {

namespace pegtl = tao::pegtl;
namespace g = nianbao::grammar;

// The whole line (without its line end) matches `Rule`.
template <typename Rule>
bool line_is(std::string_view line) {
    std::string text(line);
    text += '\n';
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "line");
    try {
        return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
    } catch (const pegtl::parse_error&) {
        return false;  // `must` inside a rule: not this kind of line
    }
}

}  // namespace

int section_heading_number(std::string_view line) {
    if (line_is<g::section_heading_1>(line)) return 1;
    if (line_is<g::section_heading_2>(line)) return 2;
    if (line_is<g::section_heading_3>(line)) return 3;
    if (line_is<g::section_heading_4>(line)) return 4;
    if (line_is<g::section_heading_5>(line)) return 5;
    if (line_is<g::section_heading_6>(line)) return 6;
    return 0;
}

bool is_title_line(std::string_view line) { return line_is<g::title_one_line>(line); }

bool is_title_year_line(std::string_view line) { return line_is<g::title_year_line>(line); }

bool is_t2_block_title_line(std::string_view line) { return line_is<g::t2_block_title_line>(line); }

std::string without_artifacts(std::string_view text) {
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
        pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data() + at, text.size() - at, "artifact");
        if (!pegtl::parse<g::artifact>(in)) continue;
        out.append(text.substr(copied, at - copied));
        copied = at + static_cast<std::size_t>(in.current() - (text.data() + at));
        at = copied - 1;
    }
    if (copied == 0) return std::string(text);
    out.append(text.substr(copied));
    return out;
}

}  // namespace nianbao
