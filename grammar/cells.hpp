// The text of one table cell in each serialisation of docs/forms.md#serialisations.
#pragma once

#include "grammar/chars.hpp"
#include "grammar/headings.hpp"
#include "grammar/numbers.hpp"

namespace nianbao::grammar {

// --- TAB serialisations -----------------------------------------------------
// Row-per-line: cells between TABs (an empty cell is a merge artefact or a blank).
struct tab_cell : opt<cell_run> {};
// Cell-per-line: the text after the leading TAB ...
struct line_cell : opt<cell_run> {};
// ... and text that wrapped inside the cell onto following lines without a TAB.
struct cell_continuation
    : seq<not_at<blank_line>, at<cell_char>, not_at<any_section_heading>, cell_run,
          line_end> {};

// --- pipe serialisation (web copies, T19) -----------------------------------
struct pipe_mark : sor<one<'|'>, TAO_PEGTL_STRING("｜")> {};
struct pipe_cell_char : seq<not_at<pipe_mark>, cell_char> {};
struct pipe_cell : star<pipe_cell_char> {};

// --- space serialisation (PDF text extraction) --------------------------------
// Cells are separated by runs of two or more spaces. Numbers may also follow
// each other at single spaces (`0 0 0 0 0 0 0`), and such a run may follow a
// label at a single space; a lone number at a single space stays part of the
// text (`申请 3 件` is prose, not two cells).
// A number is a cell of its own when a wide gap, the line end or another
// number follows it; `2024 年…` is text.
struct wide_gap : seq<space_char, plus<space_char>> {};
struct space_cell_end : at<sor<wide_gap, seq<spaces, line_end>, seq<space_char, number_token>>> {};
// `2498  件数`: the unit-like word after the gap is a cell of its own.
struct space_number : sor<seq<number_token, space_cell_end>, seq<number_value, space_cell_end>> {};
struct number_run : seq<space_number, plus<space_char, not_at<space_char>, space_number>> {};
struct space_word : plus<not_at<space_char>, cell_char> {};
struct space_text_cell
    : seq<space_word,
          star<space_char, not_at<space_char>, not_at<number_run>, not_at<line_end>, space_word>> {};
// A number run is tried under a look-ahead first: a run that fails half-way
// must not leave its first number recorded twice.
struct space_cells : sor<seq<at<number_run>, number_run>, space_number, space_text_cell> {};
struct space_number_cell : sor<number_run, space_number> {};

// Header words that let a row without any number count as a table row.
struct table_header_word
    : sor<TAO_PEGTL_STRING("信息内容"), TAO_PEGTL_STRING("本列数据"), TAO_PEGTL_STRING("(本列"),
          TAO_PEGTL_STRING("（本列"), TAO_PEGTL_STRING("申请人情况"), TAO_PEGTL_STRING("自然人"),
          TAO_PEGTL_STRING("法人或其他组织"), TAO_PEGTL_STRING("商业"),
          TAO_PEGTL_STRING("行政复议"), TAO_PEGTL_STRING("行政诉讼"), TAO_PEGTL_STRING("结果"),
          TAO_PEGTL_STRING("未经复议"), TAO_PEGTL_STRING("复议后起诉"), TAO_PEGTL_STRING("尚未")> {};

// --- T2 block titles -------------------------------------------------------------
// `第二十条第（一）项` often stands alone on its line once the merge artefacts
// around it are lost (PDF, space serialisation).
struct t2_block_title
    : seq<TAO_PEGTL_STRING("第二十"), sor<TAO_PEGTL_STRING("条"), TAO_PEGTL_STRING("條")>,
          TAO_PEGTL_STRING("第"), spaces, open_paren, spaces, cn_number, spaces, close_paren, spaces,
          sor<TAO_PEGTL_STRING("项"), TAO_PEGTL_STRING("項")>> {};
struct t2_block_title_cell : t2_block_title {};

}  // namespace nianbao::grammar
