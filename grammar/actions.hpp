// PEGTL actions: the only code that sees both the grammar and the syntax tree.
//
// Rules that may fail after some of their parts matched (a row, a line, a
// table) collect those parts in a state of their own (`change_states`), which
// is handed over only when the whole rule succeeded; so a failed alternative
// never leaves half a row behind.
#pragma once

#include "grammar/grammar.hpp"
#include "grammar/syntax_tree.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::parse {

namespace g = nianbao::grammar;
namespace pegtl = tao::pegtl;

// A text matched by a rule: a slice of the source, or — once pieces that are
// not adjacent were joined — an owned string.
struct Piece {
    Piece() = default;
    Piece(const char* from, const char* to) : begin(from), end(to) {}

    const char* begin = nullptr;
    const char* end = nullptr;
    std::string joined;
    bool is_joined = false;

    [[nodiscard]] std::string_view view() const {
        return is_joined ? std::string_view(joined) : std::string_view(begin, static_cast<std::size_t>(end - begin));
    }
    // Appends the text [from, to); stays a slice while it is adjacent.
    void append(const char* from, const char* to) {
        if (!begin) {
            begin = from;
            end = to;
        } else if (!is_joined && from == end) {
            end = to;
        } else {
            if (!is_joined) joined.assign(begin, end);
            is_joined = true;
            joined.append(from, to);
            end = to;
        }
    }
};

struct LineParts {
    const char* begin = nullptr;
    Piece text;
    Piece enumerator;
    std::vector<Piece> artifacts;
    void touch(const char* p) {
        if (!begin) begin = p;
    }
};

struct HeadingParts {
    const char* begin = nullptr;
    std::vector<Piece> artifacts;
    bool midline = false;
};

struct RowParts {
    std::vector<Piece> cells;
};

struct CellLineParts {
    Piece cell;
};

struct TitleParts {
    Piece agency;
    Piece year;
    const char* begin = nullptr;
};

struct PendingRow {
    syntax::RowForm form;
    std::vector<Piece> cells;
    const char* begin = nullptr;
    const char* end = nullptr;
};

struct TableParts {
    std::vector<PendingRow> rows;
    bool cell_row_open = false;

    void add_row(syntax::RowForm form, std::vector<Piece> cells, const char* end) {
        cell_row_open = false;
        const char* begin = cells.empty() ? end : cells.front().begin;
        rows.push_back({form, std::move(cells), begin, end});
    }
    void add_cell_line(Piece cell) {
        if (!cell_row_open) {
            rows.push_back({syntax::RowForm::cell_lines, {}, cell.begin, cell.end});
            cell_row_open = true;
        }
        rows.back().end = cell.end;
        rows.back().cells.push_back(std::move(cell));
    }
    void close_row() { cell_row_open = false; }
};

// Builds the syntax tree; the current target receives body nodes.
class TreeBuilder {
public:
    // With a sink, sections are handed over as they end and not kept.
    explicit TreeBuilder(const char* base, syntax::DocumentSink* sink = nullptr)
        : base_(base), sink_(sink), target_(&doc_.front) {}

    [[nodiscard]] ByteRange range(const char* begin, const char* end) const;
    [[nodiscard]] syntax::Document take() { return std::move(doc_); }
    // Hands what is left to the sink (the last section) once the parse is over.
    void finish();
    // The piece's text as it will live in the tree.
    [[nodiscard]] std::string_view keep(Piece& piece);

    void set_title(TitleParts& parts, const char* end);
    void begin_section(int number, const HeadingParts& heading, const char* end);
    void add_text_line(LineParts& line, const char* end);
    void add_date_line(const char* begin, const char* end);
    void add_trailer_line(const char* begin, const char* end);
    void add_table(TableParts& table, const char* end);

private:
    void hand_over(bool last);

    const char* base_;
    syntax::DocumentSink* sink_;
    bool front_done_ = false;
    syntax::Document doc_;
    std::vector<syntax::BodyNode>* target_;
};

// A line's end without its line-end characters.
[[nodiscard]] const char* strip_line_end(const char* begin, const char* end);

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// --- title --------------------------------------------------------------------------
template <>
struct action<g::title> : pegtl::change_states<TitleParts> {
    template <typename Input>
    static void success(const Input& in, TitleParts& parts, TreeBuilder& doc) {
        doc.set_title(parts, in.current());
    }
};
template <>
struct action<g::title_agency> {
    template <typename Input>
    static void apply(const Input& in, TitleParts& parts) {
        parts.agency = {in.begin(), in.end()};
        if (!parts.begin) parts.begin = in.begin();
    }
};
template <>
struct action<g::title_year> {
    template <typename Input>
    static void apply(const Input& in, TitleParts& parts) {
        parts.year = {in.begin(), in.end()};
        if (!parts.begin) parts.begin = in.begin();
    }
};

// --- headings -------------------------------------------------------------------------
template <int Number>
struct heading_action : pegtl::change_states<HeadingParts> {
    template <typename Input>
    static void success(const Input& in, HeadingParts& heading, TreeBuilder& doc) {
        doc.begin_section(Number, heading, in.current());
    }
};
template <>
struct action<g::heading_line_start> {
    template <typename Input>
    static void apply(const Input& in, HeadingParts& heading) {
        heading.begin = in.begin();
    }
};
template <>
struct action<g::midline_heading_mark> {
    template <typename Input>
    static void apply(const Input&, HeadingParts& heading) {
        heading.midline = true;
    }
};
template <>
struct action<g::heading_artifact> {
    template <typename Input>
    static void apply(const Input& in, HeadingParts& heading) {
        heading.artifacts.push_back({in.begin(), in.end()});
    }
};
template <> struct action<g::section_heading_1> : heading_action<1> {};
template <> struct action<g::section_heading_2> : heading_action<2> {};
template <> struct action<g::section_heading_3> : heading_action<3> {};
template <> struct action<g::section_heading_4> : heading_action<4> {};
template <> struct action<g::section_heading_5> : heading_action<5> {};
template <> struct action<g::section_heading_6> : heading_action<6> {};

// --- prose ----------------------------------------------------------------------------
template <>
struct action<g::paragraph_line> : pegtl::change_states<LineParts> {
    template <typename Input>
    static void success(const Input& in, LineParts& line, TreeBuilder& doc) {
        doc.add_text_line(line, in.current());
    }
};
template <>
struct action<g::artifact> {
    template <typename Input>
    static void apply(const Input& in, LineParts& line) {
        line.touch(in.begin());
        line.artifacts.push_back({in.begin(), in.end()});
    }
};
template <>
struct action<g::enumerator> {
    template <typename Input>
    static void apply(const Input& in, LineParts& line) {
        line.touch(in.begin());
        line.enumerator = {in.begin(), in.end()};
        line.text.append(in.begin(), in.end());
    }
};
template <>
struct action<g::text_run> {
    template <typename Input>
    static void apply(const Input& in, LineParts& line) {
        line.touch(in.begin());
        line.text.append(in.begin(), strip_line_end(in.begin(), in.end()));
    }
};
// The signature date is indented with NBSP and ideographic spaces (D12):
// the node is the date itself.
template <>
struct action<g::date_line> : pegtl::change_states<Piece> {
    template <typename Input>
    static void success(const Input&, Piece& date, TreeBuilder& doc) {
        doc.add_date_line(date.begin, date.end);
    }
};
template <>
struct action<g::date_text> {
    template <typename Input>
    static void apply(const Input& in, Piece& date) {
        date = {in.begin(), in.end()};
    }
};
template <>
struct action<g::trailer_line> {
    template <typename Input>
    static void apply(const Input& in, TreeBuilder& doc) {
        doc.add_trailer_line(in.begin(), in.end());
    }
};

// --- tables -----------------------------------------------------------------------------
template <syntax::RowForm Form>
struct row_action : pegtl::change_states<RowParts> {
    template <typename Input>
    static void success(const Input& in, RowParts& row, TableParts& table) {
        // Every row form has at least one cell, so the row starts at its first.
        const char* end = strip_line_end(row.cells.front().begin, in.current());
        table.add_row(Form, std::move(row.cells), end);
    }
};
struct push_cell {
    template <typename Input>
    static void apply(const Input& in, RowParts& row) {
        if (row.cells.empty()) row.cells.reserve(12);  // once per row, not once per doubling
        row.cells.push_back({in.begin(), in.end()});
    }
};

template <> struct action<g::tab_row> : row_action<syntax::RowForm::tab> {};
template <> struct action<g::tab_cell> : push_cell {};
template <> struct action<g::pipe_row> : row_action<syntax::RowForm::pipe> {};
template <> struct action<g::pipe_cell> : push_cell {};
template <> struct action<g::space_row> : row_action<syntax::RowForm::spaces> {};
template <> struct action<g::space_number> : push_cell {};
template <> struct action<g::space_text_cell> : push_cell {};
template <> struct action<g::t2_block_title_line> : row_action<syntax::RowForm::block_title> {};
template <> struct action<g::t2_block_title_cell> : push_cell {};

template <>
struct action<g::cell_line> : pegtl::change_states<CellLineParts> {
    template <typename Input>
    static void success(const Input&, CellLineParts& line, TableParts& table) {
        table.add_cell_line(std::move(line.cell));
    }
};
template <>
struct action<g::line_cell> {
    template <typename Input>
    static void apply(const Input& in, CellLineParts& line) {
        line.cell = {in.begin(), in.end()};
    }
};
template <>
struct action<g::cell_continuation> {
    template <typename Input>
    static void apply(const Input& in, CellLineParts& line) {
        line.cell.append(in.begin(), strip_line_end(in.begin(), in.end()));
    }
};

struct close_row {
    template <typename Input>
    static void apply(const Input&, TableParts& table) {
        table.close_row();
    }
};
template <> struct action<g::row_break> : close_row {};
template <> struct action<g::row_break_in_table_section> : close_row {};

struct table_action : pegtl::change_states<TableParts> {
    template <typename Input>
    static void success(const Input& in, TableParts& table, TreeBuilder& doc) {
        doc.add_table(table, in.current());
    }
};
template <> struct action<g::table_region> : table_action {};
template <> struct action<g::table_region_in_table_section> : table_action {};

}  // namespace nianbao::parse
