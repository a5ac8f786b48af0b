// PDF text boxes → the text serialisation. PDF has no paragraphs or tables,
// only positioned words; they are rebuilt from positions:
//   * words whose vertical centres fall in one band form a visual line;
//   * within a line, a horizontal gap wider than half the font size starts
//     a new cell (Word's cell margins alone are 0.38 cm), so a line with two cells or more is a table row (TAB-joined)
//     and a line with one is text;
//   * a text-only line inside a table whose cells all stand under label
//     cells of the rows above, and that closely follows a row with numbers,
//     continues those labels (a label that wrapped
//     in its cell). Cells are taken to be aligned at the top, as Word's are by
//     default: a label wrapped around the numbers of a vertically centred
//     row has its first part joined to the row above;
//   * text lines that run to the right edge continue on the next line as
//     one paragraph;
//   * page numbers alone at the top or bottom of a page are dropped.
#pragma once

#include "input/pdf_words.hpp"
#include "input/text_builder.hpp"

#include <vector>

namespace nianbao::frontends {

// Lays out all pages into `out`; a table may continue across a page break.
void lay_out_pdf(const std::vector<PdfPage>& pages, TextBuilder& out);

}  // namespace nianbao::frontends
