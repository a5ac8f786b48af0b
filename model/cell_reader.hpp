// Reads one value cell by the number grammar (grammar/numbers.hpp) into its
// CellContent, emitting the value-domain diagnostics of docs/forms.md#numbers.
// Blank cells are not reported here: VAL-BLANK is one diagnostic per table.
#pragma once

#include "model/diagnostic.hpp"
#include "model/emitter.hpp"
#include "model/layouts.hpp"
#include "model/model.hpp"

#include <string_view>

namespace nianbao {

struct CellSlot {
    ValueKind kind = ValueKind::count;
    std::string_view header_unit;  // `万元` when the column header names the unit
    bool unit_expected = false;    // the model keeps the unit (F2019 采购总金额)
    std::string_view table;        // names the cell in messages: `T3 GRANT/NP`
    std::string_view row;
    std::string_view column;
    Layout layout = Layout::F2021;  // of the table, for the labels that name the cell
};

[[nodiscard]] Message slot_name(const CellSlot& slot);

[[nodiscard]] CellContent read_cell(std::string_view raw, const CellSlot& slot, const Span& where,
                                    Emitter& emit);

// Reads `raw` into `out` when it is plain ASCII digits in a slot that wants no
// unit: the common case, which no diagnostic concerns. False otherwise.
bool read_plain_count(std::string_view raw, const CellSlot& slot, CellContent& out);

enum class CellText { empty, number, placeholder, text };

// What a cell's text is, by the number grammar (a whole-cell match).
[[nodiscard]] CellText classify_cell_text(std::string_view raw);

}  // namespace nianbao
