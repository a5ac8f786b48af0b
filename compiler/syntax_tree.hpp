// The syntax tree: what the grammar recognised, line by line, with the byte
// ranges of everything in the decoded source. No meaning is attached yet —
// which table a region is, and what a cell holds, is decided by the passes
// that build the Report model from this tree.
#pragma once

#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

struct ByteRange {
    std::size_t offset = 0;
    std::size_t length = 0;
    [[nodiscard]] std::size_t end() const { return offset + length; }
};

namespace syntax {

struct Title {
    std::string agency;  // as printed, may be empty (title without agency)
    std::string year;    // the four digits
    std::string text;    // the title line(s) as printed, joined
    ByteRange range;
    ByteRange agency_range;
};

struct Heading {
    int number = 0;  // 1..6
    std::string text;
    ByteRange range;
};

struct TextLine {
    std::string text;        // artefacts removed, leading spaces dropped
    std::string enumerator;  // `（一）` when the line starts with one
    ByteRange range;
    std::vector<ByteRange> artifacts;
};

struct Blank {
    ByteRange range;
};

struct DateLine {
    std::string text;
    ByteRange range;
};

struct TrailerLine {
    std::string text;
    ByteRange range;
};

struct Cell {
    std::string text;  // wrapped continuation lines are appended without separator
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

using BodyNode = boost::variant2::variant<TextLine, Blank, DateLine, TrailerLine, Table>;

struct Section {
    Heading heading;
    std::vector<BodyNode> body;
};

struct Document {
    std::vector<BodyNode> front;  // before the title (chrome), or everything before 一 without title
    std::optional<Title> title;
    std::vector<BodyNode> preamble;
    std::vector<Section> sections;
};

}  // namespace syntax
}  // namespace nianbao
