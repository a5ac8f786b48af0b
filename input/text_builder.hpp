// Writes the serialisation the grammar reads, and the origin of each line
// and cell: one paragraph per line, a blank line between paragraphs (as the
// Word text export does), table rows as TAB-separated cells.
#pragma once

#include "input/frontend.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::frontends {

class TextBuilder {
public:
    // A paragraph line. Line breaks and TABs inside become spaces (a TAB
    // would make it a table row); a line with no visible text is dropped.
    void paragraph(std::string_view text, const Origin& origin);
    // A table row; cells are trimmed, their line breaks and TABs become
    // spaces. A row without any text is dropped; a one-cell row gets an empty
    // second cell so it stays a table row.
    void row(const std::vector<std::string>& cells, const std::vector<Origin>& origins);

    [[nodiscard]] bool empty() const { return text_.empty(); }
    [[nodiscard]] DocumentText finish(InputKind kind, std::string encoding);

private:
    std::string text_;
    OriginMap origins_;
    bool last_was_row_ = false;
};

// Text with line breaks and TABs turned into spaces and ASCII spaces trimmed.
[[nodiscard]] std::string flatten(std::string_view text);

// Whether the text has anything but (Unicode) white space.
[[nodiscard]] bool has_visible_text(std::string_view text);

}  // namespace nianbao::frontends
