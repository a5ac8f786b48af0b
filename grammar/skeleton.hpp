// The document skeleton (docs/layout.md#skeleton):
//
//   Report   := Chrome? Title Preamble? Section* Closing?
//   Section  := Heading Body            -- body: prose, tables, closing lines
//
// The grammar is deliberately tolerant: missing, repeated or misordered
// sections still parse, so that the compiler can report them (DOC-SEC-*)
// instead of failing. Every line is consumed by exactly one line rule, and
// every alternative fails within its own line, so parsing is linear.
#pragma once

#include "grammar/headings.hpp"
#include "grammar/tables.hpp"

namespace nianbao::grammar {

// --- prose ----------------------------------------------------------------------
// Text up to a `[` (where an artefact may start), then the `[` itself if it
// does not start one.
struct text_run : sor<plus<not_one<'\n', '\r', '['>>, seq<not_at<artifact>, one<'['>>> {};
struct line_text : star<sor<artifact, text_run>> {};
struct paragraph_line
    : seq<star<artifact>, spaces, opt<enumerator>, line_text, line_end> {};

// A blank line between paragraphs (inside tables, blank lines are row breaks).
struct paragraph_break : blank_line {};

// --- front matter ------------------------------------------------------------------
struct front_line : seq<not_at<title>, not_at<any_section_heading>, paragraph_line> {};
struct front_matter : star<sor<paragraph_break, front_line>> {};
struct preamble_line : seq<not_at<any_section_heading>, paragraph_line> {};
struct preamble : star<sor<paragraph_break, preamble_line>> {};

// --- sections ----------------------------------------------------------------------
template <typename TableRegion>
struct body_item
    : sor<paragraph_break,
          seq<not_at<any_section_heading>, sor<TableRegion, date_line, trailer_line, paragraph_line>>> {};

struct table_section_heading
    : seq<at<heading_start>, sor<section_heading_2, section_heading_3, section_heading_4>> {};
struct prose_section_heading
    : seq<at<heading_start>, sor<section_heading_1, section_heading_5, section_heading_6>> {};

struct table_section
    : seq<table_section_heading, star<body_item<table_region_in_table_section>>> {};
struct prose_section : seq<prose_section_heading, star<body_item<table_region>>> {};
struct section : sor<table_section, prose_section> {};

// --- the whole report --------------------------------------------------------------
struct byte_order_mark : string<'\xEF', '\xBB', '\xBF'> {};
struct report_end : eof {};
struct report
    : seq<opt<byte_order_mark>, front_matter, opt<title>, preamble, star<section>, must<report_end>> {};

}  // namespace nianbao::grammar
