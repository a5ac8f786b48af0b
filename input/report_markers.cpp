#include "input/report_markers.hpp"

#include "grammar/grammar.hpp"

#include <string>

namespace nianbao::frontends {

namespace {

namespace pegtl = tao::pegtl;
namespace g = nianbao::grammar;

template <typename Rule>
bool matches_line(std::string_view line) {
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
    if (matches_line<g::section_heading_1>(line)) return 1;
    if (matches_line<g::section_heading_2>(line)) return 2;
    if (matches_line<g::section_heading_3>(line)) return 3;
    if (matches_line<g::section_heading_4>(line)) return 4;
    if (matches_line<g::section_heading_5>(line)) return 5;
    if (matches_line<g::section_heading_6>(line)) return 6;
    return 0;
}

bool is_title_line(std::string_view line) { return matches_line<g::title_one_line>(line); }

bool is_title_year_line(std::string_view line) { return matches_line<g::title_year_line>(line); }

}  // namespace nianbao::frontends
