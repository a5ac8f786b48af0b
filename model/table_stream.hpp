// Tables read against the template (docs/forms.md#stream): a table section's
// text is read as a stream of labels and numbers (table_tokens.hpp), the
// template's row labels anchor rows wherever they stand — after a header,
// glued to a group label, wrapped around the row's numbers — and each row
// takes the numbers that follow its label. Glued digits are cut by the
// template's arithmetic (glued_numbers.hpp). The result is rows of cells in
// the shape the table builders read (one label cell, then the values), so
// every form ends in the same builders.
#pragma once

#include "grammar/parse.hpp"
#include "model/emitter.hpp"
#include "model/model.hpp"

#include <deque>
#include <string>

namespace nianbao {

// Rows for the builder of `kind` (t2, t3 or t4) from `region` of the source
// text; texts that are not one slice of it are kept in `storage`. Emits
// P-CELL-SPLIT and P-CELL-AMBIGUOUS. No rows when no row label is found.
[[nodiscard]] syntax::Table stream_table(ByteRange region, TableKind kind, std::deque<std::string>& storage,
                                         Emitter& emit);

// Every cell of the table is in the source (none Absent).
[[nodiscard]] bool is_complete(const T2Table& table);
[[nodiscard]] bool is_complete(const T3Table& table);
[[nodiscard]] bool is_complete(const T4Table& table);

// At least one cell of the table is in the source.
[[nodiscard]] bool reads_any(const T2Table& table);
[[nodiscard]] bool reads_any(const T3Table& table);
[[nodiscard]] bool reads_any(const T4Table& table);

// `stream` reads more cells than `lines`, in the same layout, and reads every
// cell `lines` read the same way: the only case where a second reading of a
// table may replace the first.
[[nodiscard]] bool improves(const T2Table& lines, const T2Table& stream);
[[nodiscard]] bool improves(const T3Table& lines, const T3Table& stream);
[[nodiscard]] bool improves(const T4Table& lines, const T4Table& stream);

}  // namespace nianbao
