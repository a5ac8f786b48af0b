// The Report model (OUTPUT.md §2): everything a backend or a lint rule may
// know about one report. Every node carries the span of its source text.
#pragma once

#include "model/diagnostic.hpp"
#include "model/layouts.hpp"
#include "input/origin.hpp"
#include "input/span.hpp"
#include "model/prose_text.hpp"

#include <boost/variant2/variant.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

// --- cells -------------------------------------------------------------------------
// What a value cell holds. Only `Number` has a value; every other state is
// `null` in the JSON model and comes with a diagnostic.
struct Absent {};       // the row or cell is not in the source at all
struct Blank {};        // printed empty
struct Placeholder {    // `-`, `/`, `无` … (VAL-PLACEHOLDER)
    std::string text;
};
struct Unreadable {     // text that is not a value of the cell's domain
    std::string text;
};
struct Number {
    std::string text;           // canonical JSON number as printed: "43.5824", "-8", "2498"
    std::int64_t scaled = 0;    // value × 10^scale, exact
    int scale = 0;              // digits after the decimal point
    std::string unit;           // unit printed in the cell (`元`, `件`), stripped from text
};

using CellContent = boost::variant2::variant<Absent, Blank, Placeholder, Unreadable, Number>;

struct Cell {
    CellContent content;
    Span span;

    [[nodiscard]] const Number* number() const { return boost::variant2::get_if<Number>(&content); }
};

// --- tables ------------------------------------------------------------------------
struct T2Row {
    std::string_view key;  // from layouts.hpp
    std::string label;     // as printed
    Span span;
    std::vector<Cell> cells;  // one per field of the row's T2RowSpec
};

struct ExtraRow {
    std::string label;
    Span span;
    std::vector<Cell> cells;
};

struct T2Table {
    Layout layout = Layout::F2021;
    Span span;
    std::vector<T2Row> rows;  // canonical order of t2_rows(layout), all present
    std::vector<ExtraRow> extra_rows;

    [[nodiscard]] const T2Row* row(std::string_view key) const;
};

struct T3Row {
    std::string_view key;
    std::string label;  // as printed (empty when recovered or missing)
    Span span;
    bool recovered = false;  // label assigned from the row's position (T9)
    std::array<Cell, t3_column_count> cells;
};

struct T3Table {
    Layout layout = Layout::F2021;
    // Whether the rows show the layout: only the (六) rows differ. Without
    // them the layout above is a default, and the report's is T2's.
    bool layout_shown = true;
    Span span;
    std::vector<T3Row> rows;  // canonical order of t3_rows(layout), all present
    std::vector<ExtraRow> extra_rows;

    [[nodiscard]] const T3Row* row(std::string_view key) const;
};

struct T4Table {
    Span span;
    std::array<Cell, t4_cell_count> cells;

    [[nodiscard]] const Cell* cell(std::string_view key) const;
};

enum class TableKind { t2, t3, t4, unknown };

// --- prose ------------------------------------------------------------------------
// A paragraph is a slice of the text of the part it stands in
// (Section::text, or Report::preamble_text for the preamble's blocks): the
// prose of a report is stored once.
struct Paragraph {
    std::size_t offset = 0;  // in its part's text
    std::size_t length = 0;
    Span span;

    [[nodiscard]] std::string_view text_in(std::string_view part_text) const {
        return part_text.substr(std::min(offset, part_text.size()), length);
    }
};

struct SubHeading {
    std::string enumerator;  // `（一）`
    std::string title;       // `主动公开情况`
    Span span;
};

// Where a table stands in the text; its content is in Report::t2/t3/t4, or in
// `grid` when the table could not be recognised.
struct TableRef {
    TableKind kind = TableKind::unknown;
    Span span;
    std::vector<std::vector<std::string>> grid;
};

struct Trailer {
    std::string text;
    Span span;
};

using Block = boost::variant2::variant<Paragraph, SubHeading, TableRef, Trailer>;

struct Section {
    int number = 0;        // 1..6
    std::string heading;   // as printed, artefacts removed
    Span heading_span;
    Span span;             // heading to the end of the section body
    std::vector<Block> blocks;
    std::string text;      // the prose lines, one per line (no tables, trailers, signature)
    ProseText prose;       // the same prose as the prose rules search it
};

// A line that starts like a part heading, `三、…` with a numeral 一 to 八,
// whether or not it is one of the six sections: the outline the report
// follows (FMT-OUT-OF-SCOPE finds the pre-2019 one by it).
struct OutlineLine {
    std::string text;  // as printed, artefacts removed
    Span span;
};

// A statistics period stated in the preamble or section 一 (`统计期限…`,
// `2024年1月1日至12月31日`), with the year it names.
struct StatedPeriod {
    int year = 0;
    std::string text;  // as printed
    Span span;
};

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

// When the report was published, where the input says so: crawler or page
// metadata (`发布时间:`, a web page's publication date).
struct Published {
    Date date;
    std::string source;  // what said so, e.g. `发布时间` of the crawler metadata
    Span span;           // where, when it is in the text
};

struct Closing {
    std::optional<std::string> agency;
    Span agency_span;
    std::optional<Date> date;
    std::string date_text;
    Span date_span;
};

// --- the report ------------------------------------------------------------------
struct SourceInfo {
    std::string path;
    std::string sha256;
    std::string encoding;
    std::size_t bytes = 0;
    std::string kind = "text";  // the front-end that read it: "text" | "html" | "docx" | "pdf"
    OriginMap origins;          // decoded text → original file (empty for text)
};

struct Report {
    SourceInfo source;

    std::optional<std::string> title;  // whitespace removed
    std::optional<std::string> agency;
    std::optional<int> year;
    Span title_span;

    std::vector<StatedPeriod> periods;           // in the preamble, then in section 一
    std::optional<int> period_year;              // the year of the first of them
    std::optional<std::string> declared_format;  // "2021-30" | "2019-60" when cited
    Span declared_format_span;                   // the citation

    std::vector<Block> preamble;
    std::string preamble_text;
    ProseText preamble_prose;
    // The crawler metadata, dividers and site chrome left out of the preamble
    // (W2, model/site_chrome.hpp), for what they tell: title, publication date.
    ProseText metadata_prose;
    std::vector<Section> sections;
    std::vector<OutlineLine> outline;  // in document order
    std::optional<Closing> closing;
    std::optional<Published> published;
    // The document ends inside section `truncated_in` (W11): what follows is
    // missing from the file, not from the report. 0 when it ends normally.
    int truncated_in = 0;

    std::optional<T2Table> t2;
    std::optional<T3Table> t3;
    std::optional<T4Table> t4;

    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] const Section* section(int number) const;  // first one with that number
};

// "F2021" | "F2019" | "mixed" | "" (no classified table): docs/tables.md#signatures.
[[nodiscard]] std::string_view document_layout(const Report& report);

}  // namespace nianbao
