// The syntax tree: what the grammar recognised, line by line, with the byte
// ranges of everything in the decoded source. No meaning is attached yet —
// which table a region is, and what a cell holds, is decided by the passes
// that build the Report model from this tree.
//
// Texts are views into the source text, which must outlive the tree; the few
// texts that are not one slice of it (a cell wrapped over lines, a line with a
// converter artefact cut out) live in Document::storage.
#pragma once

#include "input/span.hpp"

#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

namespace syntax {

struct Title {
    std::string_view agency;  // as printed, may be empty (title without agency)
    std::string_view year;    // the four digits
    std::string_view text;    // the title line(s) as printed, with the line ends between
    ByteRange range;
    ByteRange agency_range;
};

struct Heading {
    int number = 0;  // 1..6
    std::string_view text;  // the line as printed, artefacts included
    ByteRange range;
    std::vector<ByteRange> artifacts;  // `[bookmark: …]` before the numeral (D5)
    bool midline = false;  // found where it stands on a line that goes on (W1)
};

struct TextLine {
    std::string_view text;        // artefacts removed, leading spaces dropped
    std::string_view enumerator;  // `（一）` when the line starts with one
    ByteRange range;
    std::vector<ByteRange> artifacts;
};

struct DateLine {
    std::string_view text;
    ByteRange range;
};

struct TrailerLine {
    std::string_view text;
    ByteRange range;
};

struct Cell {
    std::string_view text;  // wrapped continuation lines are appended without separator
    ByteRange range;
};

enum class RowForm { tab, cell_lines, pipe, spaces, block_title };

struct Row {
    RowForm form = RowForm::tab;
    std::vector<Cell> cells;
    ByteRange range;
};

struct Table {
    std::vector<Row> rows;
    ByteRange range;
};

// Blank lines carry no meaning once the grammar has used them to end rows and
// paragraphs, so they are not kept.
using BodyNode = boost::variant2::variant<TextLine, DateLine, TrailerLine, Table>;

struct Section {
    Heading heading;
    std::vector<BodyNode> body;
};

struct Document {
    std::vector<BodyNode> front;  // before the title (chrome), or everything before 一 without title
    std::optional<Title> title;
    std::vector<BodyNode> preamble;
    std::vector<Section> sections;
    std::deque<std::string> storage;  // texts that are not a slice of the source
};

// Receives the tree a part at a time while the parser runs, so that only one
// section's nodes exist at once: front matter, title and preamble as soon as
// the first heading is seen, then each section when the next one starts.
class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    // Called once, before any section (also when there is none).
    virtual void front(const Document& front) = 0;
    virtual void section(const Section& section, bool last) = 0;
};

}  // namespace syntax
}  // namespace nianbao
