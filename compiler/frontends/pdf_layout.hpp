// PDF text boxes → the text serialisation. PDF has no paragraphs or tables,
// only positioned words; they are rebuilt from positions:
//   * words whose vertical centres fall in one band form a visual line;
//   * within a line, a horizontal gap wider than the line's height starts a
//     new cell, so a line with two cells or more is a table row (TAB-joined)
//     and a line with one is text;
//   * a text-only line inside a table whose words all stand in the label
//     columns (left of the first number of the row) continues the label of
//     the nearest row above or below it (a label that wrapped in its cell);
//   * text lines that run to the right edge continue on the next line as
//     one paragraph;
//   * page numbers alone at the top or bottom of a page are dropped.
#pragma once

#include "text_builder.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace nianbao::frontends {

struct PdfWord {
    std::string text;  // UTF-8
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin at the top left of the page
};

struct PdfPage {
    std::size_t number = 0;  // 1-based
    std::vector<PdfWord> words;
};

// Lays out all pages into `out`; a table may continue across a page break.
void lay_out_pdf(const std::vector<PdfPage>& pages, TextBuilder& out);

}  // namespace nianbao::frontends
