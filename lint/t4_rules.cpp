// §5.6 T4 checks: each 总计 of 行政复议, 未经复议直接起诉 and 复议后起诉 is the sum
// of the four results before it. Reported at the 总计 cell, with notes at the
// four cells. (`LR_TOTAL` may exceed `RV_TOTAL`, and T4 need not match T3:
// not rules, docs/tables.md#t4-arithmetic.)
#include "model/cell_names.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"

#include <fmt/format.h>

namespace nianbao::rules {

namespace {

void check_review(LintContext& c);
void check_direct_suits(LintContext& c);
void check_suits_after_review(LintContext& c);

}  // namespace

const LintRule t4_total_rv{{
    "T4-TOTAL-RV", Severity::error, false,
    "行政复议总计应等于结果维持、结果纠正、其他结果、尚未审结之和",
    "RV_TOTAL = RV_UPHELD + RV_CORRECTED + RV_OTHER + RV_PENDING",
    "T4 {0}：总计为 {1}，但前四项之和为 {2}", "T4 {0}: 总计 is {1} but the four results before it sum to {2}"}, check_review};

const LintRule t4_total_ld{{
    "T4-TOTAL-LD", Severity::error, false,
    "未经复议直接起诉的总计应等于四项结果之和", "LD_TOTAL = LD_UPHELD + LD_CORRECTED + LD_OTHER + LD_PENDING",
    "T4 {0}：总计为 {1}，但前四项之和为 {2}", "T4 {0}: 总计 is {1} but the four results before it sum to {2}"}, check_direct_suits};

const LintRule t4_total_lr{{
    "T4-TOTAL-LR", Severity::error, false,
    "复议后起诉的总计应等于四项结果之和", "LR_TOTAL = LR_UPHELD + LR_CORRECTED + LR_OTHER + LR_PENDING",
    "T4 {0}：总计为 {1}，但前四项之和为 {2}", "T4 {0}: 总计 is {1} but the four results before it sum to {2}"}, check_suits_after_review};

const LintRule t4_count{{
    "T4-COUNT", Severity::error, false,
    "表头之后应恰好有 15 个数值（无法恢复时报告为 P-CELL-COUNT）",
    "Exactly 15 values after the header (reported as P-CELL-COUNT when they cannot be placed)",
    "T4 的数值个数由 P-CELL-COUNT 报告", "the T4 value count is reported as P-CELL-COUNT"}};

namespace {


// Cells first … first+3 must sum to cell first+4.
void check_group(LintContext& c, const RuleDef& rule, std::size_t first) {
    const Report& r = c.report();
    if (!r.t4) return;
    std::int64_t parts = 0;
    for (std::size_t i = first; i <= first + 4; ++i) {
        const auto v = cell_value(r.t4->cells[i]);
        if (!v) {
            c.skip(rule, r.t4->cells[i], t4_cell_name(i));
            return;
        }
        if (i < first + 4) parts += *v;
    }
    const Cell& total = r.t4->cells[first + 4];
    const std::int64_t stated = *cell_value(total);
    if (stated == parts) return;
    const std::string_view group = t4_cells()[first].group;
    Diagnostic& d = c.emit().emit(rule, total.span, Message{std::string(group), std::string(t4_cells()[first].key.substr(0, 2))},
                                  stated, parts);
    for (std::size_t i = first; i < first + 4; ++i)
        Emitter::note(d, r.t4->cells[i].span, "{0} 为 {1}", "{0} is {1}", t4_cell_name(i), cell_text(r.t4->cells[i]));
}

void check_review(LintContext& c) { check_group(c, t4_total_rv, 0); }
void check_direct_suits(LintContext& c) { check_group(c, t4_total_ld, 5); }
void check_suits_after_review(LintContext& c) { check_group(c, t4_total_lr, 10); }

constexpr const LintRule* list[] = {&t4_total_rv, &t4_total_ld, &t4_total_lr, &t4_count};

}  // namespace

std::span<const LintRule* const> t4_rules() { return list; }

}  // namespace nianbao::rules
