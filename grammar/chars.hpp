// Character classes and line structure shared by every region of a report.
// The input is UTF-8 (front-ends decode everything else first), so the
// non-ASCII characters below are byte sequences.
#pragma once

#include "grammar/scan.hpp"

#include <tao/pegtl.hpp>

namespace nianbao::grammar {
namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// --- line structure -------------------------------------------------------
// A lone CR counts as a line end too: old Mac files exist, and treating it as
// content would make every later rule see an unending line.
// The parser's input always ends with a line end (parse_document appends one
// when the file lacks it), so every line rule consumes its line end and the
// grammar provably makes progress (analyze<report>() finds no cycle).
struct eol_mark : sor<lit<'\r', '\n'>, one<'\n'>, one<'\r'>> {};
struct line_end : eol_mark {};
struct tab : one<'\t'> {};
struct line_char : not_one<'\n', '\r'> {};
struct cell_char : not_one<'\n', '\r', '\t'> {};
struct cell_run : bytes_until<'\n', '\r', '\t'> {};  // plus<cell_char>
struct rest_of_line : star<line_char> {};

// --- white space ----------------------------------------------------------
// Word documents indent with NBSP and ideographic spaces; web copies carry
// zero-width spaces and stray byte-order marks.
struct nbsp : lit<'\xC2', '\xA0'> {};
struct ideographic_space : lit<'\xE3', '\x80', '\x80'> {};
struct zero_width_space : lit<'\xE2', '\x80', '\x8B'> {};
struct inline_bom : lit<'\xEF', '\xBB', '\xBF'> {};
struct space_char : sor<one<' '>, nbsp, ideographic_space, zero_width_space, inline_bom> {};
struct spaces : star<space_char> {};

struct blank_line : seq<spaces, eol_mark> {};

// --- digits ---------------------------------------------------------------
struct fullwidth_digit : seq<lit<'\xEF', '\xBC'>, range<'\x90', '\x99'>> {};
struct any_digit : sor<ascii::digit, fullwidth_digit> {};

// --- Chinese numerals used in headings, enumerators and dates ---------------
struct cn_digit : sor<NIANBAO_LIT("一"), NIANBAO_LIT("二"), NIANBAO_LIT("三"),
                      NIANBAO_LIT("四"), NIANBAO_LIT("五"), NIANBAO_LIT("六"),
                      NIANBAO_LIT("七"), NIANBAO_LIT("八"), NIANBAO_LIT("九"),
                      NIANBAO_LIT("十"), NIANBAO_LIT("〇"), NIANBAO_LIT("零"),
                      NIANBAO_LIT("○"), NIANBAO_LIT("Ｏ")> {};
struct cn_number : plus<cn_digit> {};

struct open_paren : sor<one<'('>, NIANBAO_LIT("（")> {};
struct close_paren : sor<one<')'>, NIANBAO_LIT("）")> {};

}  // namespace nianbao::grammar
