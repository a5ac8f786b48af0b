// Rules the compiler itself emits while building the model: parse
// diagnostics (docs/rules.md#parse) and the value-domain rules of cells (§5.3).
#pragma once

#include "model/rule.hpp"

#include <span>

namespace nianbao::rules {

extern const RuleDef p_artifact;
extern const RuleDef p_label_annotated;
extern const RuleDef p_label_fuzzy;
extern const RuleDef p_label_recovered;
extern const RuleDef p_label_unknown;
extern const RuleDef p_extra_row;
extern const RuleDef p_row_missing;
extern const RuleDef p_cell_count;
extern const RuleDef p_skipped;
extern const RuleDef p_reflow;
extern const RuleDef p_meta_inferred;
extern const RuleDef p_cell_split;
extern const RuleDef p_cell_ambiguous;
extern const RuleDef p_truncated;
extern const RuleDef p_traditional;

extern const RuleDef val_int;
extern const RuleDef val_signed;
extern const RuleDef val_dec;
extern const RuleDef val_blank;
extern const RuleDef val_placeholder;
extern const RuleDef val_unit;
extern const RuleDef val_numfmt;

[[nodiscard]] std::span<const RuleDef* const> parse_rules();
[[nodiscard]] std::span<const RuleDef* const> value_rules();

}  // namespace nianbao::rules
