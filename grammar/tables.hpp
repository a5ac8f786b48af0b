// Table rows in every serialisation (docs/forms.md#serialisations, #t19) and the table
// regions they form. Which table a region is (T2, T3, T4) and what its cells
// mean is decided by the compiler from the labels: the grammar only knows rows
// and cells, so a renamed label never makes a table unparseable.
#pragma once

#include "grammar/cells.hpp"

namespace nianbao::grammar {

// Row-per-line: one row per line, cells separated by TABs.
struct tab_row : seq<line_contains<tab>, tab_cell, plus<tab, tab_cell>, line_end> {};

// Cell-per-line: a line with one leading TAB is one cell; the following lines
// without TAB continue its text; a blank line ends the row.
struct cell_line : seq<tab, line_cell, line_end, star<cell_continuation>> {};

// Pipe rows need two bars, so a stray `|` in prose is not a table:
// `| a |`, `| a | b |` or `a | b | c`.
struct pipe_cells_after_bar : seq<pipe_mark, pipe_cell, plus<pipe_mark, pipe_cell>> {};
struct pipe_cells_between_bars : seq<pipe_cell, pipe_mark, pipe_cell, plus<pipe_mark, pipe_cell>> {};
struct line_has_pipe : line_contains<pipe_mark> {};
struct pipe_row
    : seq<line_has_pipe, spaces,
          sor<seq<at<pipe_cells_after_bar>, pipe_cells_after_bar>, pipe_cells_between_bars>, line_end> {};
struct pipe_rule_cell : seq<spaces, opt<one<':'>>, plus<one<'-'>>, opt<one<':'>>, spaces> {};
struct pipe_divider_row
    : seq<line_has_pipe, spaces, opt<pipe_mark>, pipe_rule_cell, plus<pipe_mark, opt<pipe_rule_cell>>,
          line_end> {};

struct t2_block_title_line : seq<spaces, t2_block_title_cell, spaces, line_end> {};

// Space rows qualify by a header word or by a number standing as a cell of
// its own; justified prose with wide gaps but no such cell stays prose.
struct space_row_has_number
    : seq<spaces, star<not_at<space_number_cell>, sor<plus<space_char>, space_text_cell>>,
          space_number_cell> {};
struct space_row_qualifies : sor<seq<spaces, table_header_word>, space_row_has_number> {};
// The number-run alternative is guarded so that its cells are recorded once.
struct space_row_cells
    : sor<seq<at<number_run>, number_run, star<plus<space_char>, space_cells>>,
          seq<space_cells, plus<plus<space_char>, space_cells>>> {};
// A line that runs into a heading (crawler text on one line, W1) is no row:
// the heading starts its section.
struct space_row
    : seq<at<space_row_qualifies>, not_at<line_has_heading_candidate, line_contains<any_midline_heading>>, spaces,
          space_row_cells, spaces, line_end> {};

// Lines that belong to a table. Space rows are only looked for in the
// sections that carry tables (二, 三, 四).
// Both pipe forms ask whether the line has a bar; most lines are asked once.
struct table_row_line
    : sor<cell_line, tab_row, seq<line_has_pipe, sor<pipe_divider_row, pipe_row>>, t2_block_title_line> {};
struct table_row_line_or_space_row : sor<table_row_line, space_row> {};

// A section heading ends a table even where it could be read as a row
// (`四、…行政复议… 0 0 0` is a space row too): a heading line always starts
// its section.
template <typename RowLine>
struct next_row : seq<not_at<any_section_heading>, RowLine> {};

template <typename RowLine>
struct row_break_before : seq<at<plus<blank_line>, next_row<RowLine>>, plus<blank_line>> {};

// Blank lines inside a table separate the rows of cell-per-line tables.
struct row_break : row_break_before<table_row_line> {};
struct row_break_in_table_section : row_break_before<table_row_line_or_space_row> {};

struct table_region : seq<table_row_line, star<sor<next_row<table_row_line>, row_break>>> {};
struct table_region_in_table_section
    : seq<table_row_line_or_space_row,
          star<sor<next_row<table_row_line_or_space_row>, row_break_in_table_section>>> {};

}  // namespace nianbao::grammar
