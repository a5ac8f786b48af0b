// Character classes and line structure shared by every region of a report.
// The input is UTF-8 (front-ends decode everything else first), so the
// non-ASCII characters below are byte sequences.
#pragma once


#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace nianbao::grammar {
namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// --- line structure -------------------------------------------------------
// A lone CR counts as a line end too: old Mac files exist, and treating it as
// content would make every later rule see an unending line.
// The parser's input always ends with a line end (parse_document appends one
// when the file lacks it), so every line rule consumes its line end and the
// grammar provably makes progress (analyze<report>() finds no cycle).
struct eol_mark : sor<string<'\r', '\n'>, one<'\n'>, one<'\r'>> {};
struct line_end : eol_mark {};
struct tab : one<'\t'> {};
struct line_char : not_one<'\n', '\r'> {};
struct cell_char : not_one<'\n', '\r', '\t'> {};
struct cell_run : plus<cell_char> {};
struct rest_of_line : star<line_char> {};
// Succeeds, consuming nothing, when `Rule` matches somewhere before the line end.
template <typename Rule>
struct line_contains : at<until<Rule, line_char>> {};

// --- white space ----------------------------------------------------------
// Word documents indent with NBSP and ideographic spaces; web copies carry
// zero-width spaces and stray byte-order marks.
struct nbsp : string<'\xC2', '\xA0'> {};
struct ideographic_space : string<'\xE3', '\x80', '\x80'> {};
struct zero_width_space : string<'\xE2', '\x80', '\x8B'> {};
struct inline_bom : string<'\xEF', '\xBB', '\xBF'> {};
// A form feed or vertical tab: a PDF extractor's page break, before a heading too.
struct page_break_char : one<'\f', '\v'> {};
struct space_char : sor<one<' '>, nbsp, ideographic_space, zero_width_space, inline_bom, page_break_char> {};
struct spaces : star<space_char> {};

struct blank_line : seq<spaces, eol_mark> {};

// --- digits ---------------------------------------------------------------
struct fullwidth_digit : seq<string<'\xEF', '\xBC'>, range<'\x90', '\x99'>> {};
struct any_digit : sor<ascii::digit, fullwidth_digit> {};

// --- Chinese numerals used in headings, enumerators and dates ---------------
struct cn_digit : sor<TAO_PEGTL_STRING("一"), TAO_PEGTL_STRING("二"), TAO_PEGTL_STRING("三"),
                      TAO_PEGTL_STRING("四"), TAO_PEGTL_STRING("五"), TAO_PEGTL_STRING("六"),
                      TAO_PEGTL_STRING("七"), TAO_PEGTL_STRING("八"), TAO_PEGTL_STRING("九"),
                      TAO_PEGTL_STRING("十"), TAO_PEGTL_STRING("〇"), TAO_PEGTL_STRING("零"),
                      TAO_PEGTL_STRING("○"), TAO_PEGTL_STRING("Ｏ")> {};
struct cn_number : plus<cn_digit> {};

// --- where a heading may stand mid-line (W1) --------------------------------
// True, consuming nothing, at the input's start or where the previous code
// point is a line end, a sentence end (。！？；：), a digit, a space or a
// closing bracket. A look behind: PEGTL rules only look ahead.
inline bool heading_may_follow(const char* input_begin, const char* p) {
    if (p == input_begin) return true;
    const auto before = [&](std::string_view s) {
        return static_cast<std::size_t>(p - input_begin) >= s.size() && std::string_view(p - s.size(), s.size()) == s;
    };
    const char c = p[-1];
    if (c == '\n' || c == '\r' || c == ' ' || c == ')' || (c >= '0' && c <= '9')) return true;
    for (const std::string_view s : {"。", "！", "？", "；", "：", "）", "\u00A0", "\u3000"})
        if (before(s)) return true;
    return false;
}
struct midline_break {
    using rule_t = midline_break;
    using subs_t = empty_list;
    template <typename ParseInput>
    static bool match(ParseInput& in) {
        return heading_may_follow(in.begin(), in.current());
    }
};

// True, consuming nothing, at the input's start or after a line end: a
// heading line is one only where a line starts, not where the prose of a
// line run together (W1) stopped before a numeral.
struct at_line_start {
    using rule_t = at_line_start;
    using subs_t = empty_list;
    template <typename ParseInput>
    static bool match(ParseInput& in) {
        const char* p = in.current();
        return p == in.begin() || p[-1] == '\n' || p[-1] == '\r';
    }
};

struct open_paren : sor<one<'('>, TAO_PEGTL_STRING("（")> {};
struct close_paren : sor<one<')'>, TAO_PEGTL_STRING("）")> {};

}  // namespace nianbao::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::midline_break> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::at_line_start> : analyze_opt_traits<> {};
