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
// Text up to a `[` (where an artefact may start) or up to where a heading may
// stand mid-line (`。二、…`, W1); then the `[` if it does not start an
// artefact, or the numeral if no heading starts there.
struct prose_run {
    using rule_t = prose_run;
    using subs_t = empty_list;
    template <typename ParseInput>
    static bool match(ParseInput& in) {
        const char* const start = in.current();
        const char* p = start;
        const char* const end = in.end();
        while (p < end && *p != '\n' && *p != '\r' && *p != '[' && !heading_candidate(in.begin(), p, end)) ++p;
        if (p == start) return false;
        in.bump_in_this_line(static_cast<std::size_t>(p - start));
        return true;
    }
};
struct text_run
    : sor<prose_run, seq<not_at<artifact>, one<'['>>, seq<not_at<any_midline_heading>, heading_numeral>> {};
struct line_item : sor<artifact, text_run> {};
// A paragraph ends with its line, or where a heading follows on the same line.
// (One pass over the items: actions are not undone when PEGTL backtracks, so
// an alternative that read the items and failed would add them twice.)
struct paragraph_line
    : seq<star<artifact>, spaces, opt<enumerator>,
          sor<line_end, seq<plus<line_item>, sor<line_end, at<any_midline_heading>>>>> {};

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

template <typename Name>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::prose_run> : analyze_any_traits<> {};
