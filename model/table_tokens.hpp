// A table region as a stream of label text and numbers, whatever separates
// them: TAB, `|` or `｜`, line breaks, runs of spaces, blank lines, or nothing
// at all (docs/forms.md#stream). The stream reader aligns the template's rows
// to it (table_stream.hpp).
#pragma once

#include "input/span.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

struct TableToken {
    // blank: a cell the separators show empty — a line of no-break spaces
    // only, or an empty line between two lines holding only `|`/`｜` (W6, W10).
    enum class Kind { text, number, blank };
    Kind kind = Kind::text;
    ByteRange range;     // in the source text: first to last byte of the token
    std::string text;    // text: the pieces without their separators; number: as printed
    // A number token that touches text or another number without any
    // separator (`规章 000行政…`) may hold the digits of several cells (W9).
    bool glued = false;
};

// Page furniture (`— 4 —`, `-2-`, `第 3 页`) is dropped; a bracketed run on one
// line (`（其中修订 16 件）`, `（单位：万元）`) is label text, numbers and all; the
// digit before `.` or `、` and a label (`…00000002.其他法律…`) is the label's
// enumerator, not part of the number before it.
[[nodiscard]] std::vector<TableToken> tokenize_table(std::string_view source_text, ByteRange region);

// A blank cell copied from a web page (`&nbsp;`, W10): no-break or
// ideographic spaces, with nothing but ASCII spaces beside them.
[[nodiscard]] bool is_wide_space_blank(std::string_view text);

// Whether the region shows a cell left empty that the stream does not carry
// as a blank token: an empty field between two TAB or bar separators between
// numbers. Such a cell leaves nothing in the stream, so rows cannot be
// counted out of the region.
[[nodiscard]] bool shows_empty_cells(std::string_view source_text, ByteRange region);

}  // namespace nianbao
