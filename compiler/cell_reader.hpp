// Reads one value cell by the number grammar (grammar/numbers.hpp) into its
// CellContent, emitting the value-domain diagnostics of FORMAT.md §5.3.
// Blank cells are not reported here: VAL-BLANK is one diagnostic per table.
#pragma once

#include "diagnostic.hpp"
#include "emitter.hpp"
#include "layouts.hpp"
#include "model.hpp"

#include <string_view>

namespace nianbao {

struct CellSlot {
    ValueKind kind = ValueKind::count;
    std::string_view header_unit;  // `万元` when the column header names the unit
    bool unit_expected = false;    // the model keeps the unit (F2019 采购总金额)
    Message name;                  // for messages: `T3（一）予以公开·自然人` / `T3 GRANT/NP`
};

[[nodiscard]] CellContent read_cell(std::string_view raw, const CellSlot& slot, const Span& where,
                                    Emitter& emit);

// True when the text is a whole-cell number or placeholder (not a label).
[[nodiscard]] bool is_value_text(std::string_view raw);
[[nodiscard]] bool is_number_text(std::string_view raw);

}  // namespace nianbao
