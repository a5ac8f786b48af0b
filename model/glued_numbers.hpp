// Glued digits (docs/forms.md#w9): a row's numbers printed with no separator
// (`（一）予以公开710000071`, `0000000`). The readings of a run are the ways to
// cut it into the row's count of numbers, none with a leading zero; the
// template's arithmetic then decides, and only a unique reading is taken.
#pragma once

#include "input/span.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace nianbao {

struct GluedPart {
    ByteRange range;  // in the source text
    std::optional<std::int64_t> value;  // none: not an integer (a decimal), so no sum can check it
};

// A number as printed (`-3`, `1,234`, `12件`) as an integer; none for a
// decimal or anything else.
[[nodiscard]] std::optional<std::int64_t> printed_integer(std::string_view text);
using Reading = std::vector<GluedPart>;

// A token of a row: its text as printed and where it stands.
struct RowNumber {
    std::string_view text;
    ByteRange range;
    bool splittable = false;  // glued digits only: no sign, group, fraction or unit
};

// Every reading of `numbers` as `cells` values, in order; tokens that are not
// splittable stay whole (printed_integer gives their value). nullopt when
// there are more than `limit` readings (too many to decide among).
[[nodiscard]] std::optional<std::vector<Reading>> readings(const std::vector<RowNumber>& numbers,
                                                           std::size_t cells, std::size_t limit);

// A constraint on a table's cells: the cells of `left` sum to those of
// `right`. Cells are numbered row × width + column.
struct SumConstraint {
    std::vector<std::size_t> left;
    std::vector<std::size_t> right;
    std::string_view name;  // which rule of the template, for the diagnostic
};

// The outcome of deciding a table's glued rows.
struct Decision {
    std::vector<std::optional<std::size_t>> chosen;  // per row: the reading taken, or none (ambiguous)
    std::vector<std::string_view> deciding;          // constraints that removed readings
};

// `candidates[r]` are the readings of row r; a row `printed[r]` is one
// printed with separators, whose single reading is taken as printed whatever
// the sums say. Every other row is decided when at least one assignment of
// readings keeps all `constraints` and every such assignment agrees on it —
// a glued row with one cut only is still not taken against the sums.
// Constraints over a row without readings are not applied. Searches at most
// `limit` assignments, else decides no glued row.
[[nodiscard]] Decision decide_readings(const std::vector<std::vector<Reading>>& candidates,
                                       const std::vector<bool>& printed, std::size_t width,
                                       const std::vector<SumConstraint>& constraints, std::size_t limit);

}  // namespace nianbao
