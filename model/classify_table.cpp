// Which fixed table a region is: the vocabulary with most label hits wins.
// Fuzzy matches are not counted: they are slow and would be weak evidence.
#include "model/table_vocabulary.hpp"
#include "model/tables.hpp"

#include <array>

namespace nianbao {

namespace {

// Labels shared by several tables (`总计`, `其他`) carry no evidence.
bool distinctive(std::string_view tag) { return tag != "SUM" && tag != "ORG_OTHER"; }

constexpr int minimum_hits = 2;

}  // namespace

TableKind classify_table(const std::vector<ClassifiedRow>& rows) {
    const auto& v = table_vocabularies();
    std::array<int, 3> hits{};  // T2, T3, T4
    for (const auto& row : rows) {
        for (const auto& cell : row.cells) {
            if (cell.kind != CellClass::text) continue;
            if (v.t2.match(*cell.label, false)) ++hits[0];
            const auto t3_row = v.t3_rows.match(*cell.label, false);
            const auto t3_head = v.t3_header.match(*cell.label, false);
            if (t3_row || (t3_head && distinctive(t3_head->tag))) ++hits[1];
            const auto t4 = v.t4_header.match(*cell.label, false);
            if (t4 && cell.normalized != "总计") ++hits[2];
        }
    }
    int best = -1;
    int best_hits = minimum_hits - 1;
    bool tied = false;
    for (int k = 0; k < 3; ++k) {
        if (hits[k] > best_hits) {
            best = k;
            best_hits = hits[k];
            tied = false;
        } else if (hits[k] == best_hits && best >= 0) {
            tied = true;
        }
    }
    if (best < 0 || tied) return TableKind::unknown;
    return static_cast<TableKind>(best);
}

}  // namespace nianbao
