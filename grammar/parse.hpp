// The grammar's interface, the only part of grammar/ that later stages see:
// a document parsed into its syntax tree, and single lines and cells
// recognised by the same rules.
#pragma once

#include "grammar/syntax_tree.hpp"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace nianbao {

// The grammar accepts any text; this is raised only if that promise breaks.
class ParseFailure : public std::runtime_error {
public:
    ParseFailure(std::string message, std::size_t offset)
        : std::runtime_error(std::move(message)), offset_(offset) {}
    [[nodiscard]] std::size_t offset() const { return offset_; }

private:
    std::size_t offset_;
};

// `text` must end with a line end (Source::parse_text() does), and must
// outlive the returned tree, whose texts are views into it.
[[nodiscard]] syntax::Document parse_document(std::string_view text);

// The same, handing the tree to `sink` a section at a time, so that memory
// holds one section's nodes, not the document's.
void parse_document(std::string_view text, syntax::DocumentSink& sink);

// --- single lines (the front-ends find the report inside a web page or a
// PDF by them) --------------------------------------------------------------
// 1..6 when the line is a top-level section heading, else 0.
[[nodiscard]] int section_heading_number(std::string_view line);
// `〈机关〉〈Y〉年政府信息公开工作年度报告` on one line.
[[nodiscard]] bool is_title_line(std::string_view line);
// `〈Y〉年政府信息公开工作年度报告` (the second line of a two-line title).
[[nodiscard]] bool is_title_year_line(std::string_view line);
// `第二十条第（一）项` alone on its line.
[[nodiscard]] bool is_t2_block_title_line(std::string_view line);

// The text with its converter artefacts (`[bookmark: …]`, D5) removed.
[[nodiscard]] std::string without_artifacts(std::string_view text);

// --- single cells ---------------------------------------------------------------
// A number as printed in a cell (grammar/numbers.hpp), in parts.
struct NumberText {
    bool negative = false;
    bool plus_sign = false;
    bool grouped = false;   // thousands separators
    std::string integer;    // ASCII digits, separators removed
    std::string fraction;   // ASCII digits
    std::string unit;       // `元`, `万元`, `件` …
};

// The cell's whole text is a number; nullopt otherwise.
[[nodiscard]] std::optional<NumberText> read_number_cell(std::string_view text);
// The cell's whole text is a placeholder (`-`, `/`, `无` …).
[[nodiscard]] bool is_placeholder_cell(std::string_view text);

}  // namespace nianbao
