// §5.3 Value domain: the one value rule that needs the whole model. The
// rules the compiler applies to each cell as it reads it (VAL-INT …
// VAL-NUMFMT) are defined in parse_rules.cpp.
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"

namespace nianbao::rules {

namespace {

void check_magnitude(LintContext& c);

constexpr std::int64_t magnitude_limit = 100000;  // 万元

}  // namespace

const LintRule val_magnitude{{
    "VAL-MAGNITUDE", Severity::info, false,
    "行政事业性收费金额不少于 10 万（万元）且无小数，可能误以元填报",
    "ADMINFEE.amount_wan ≥ 100000 with no decimals: possibly entered in 元 instead of 万元",
    "T2 行政事业性收费为 {0} 万元，可能误按“元”填写", "T2 行政事业性收费 is {0} 万元; was it entered in 元?"}, check_magnitude};

namespace {

void check_magnitude(LintContext& c) {
    const Report& r = c.report();
    if (c.out_of_scope || !r.t2 || r.t2->layout != Layout::F2021) return;
    const T2Row* fee = r.t2->row("ADMINFEE");
    if (!fee || fee->cells.empty()) return;
    const Number* n = fee->cells.front().number();
    if (n && n->scale == 0 && n->scaled >= magnitude_limit) c.emit().emit(val_magnitude, fee->cells.front().span, n->text);
}

constexpr const LintRule* list[] = {&val_magnitude};

}  // namespace

std::span<const LintRule* const> value_checks() { return list; }

}  // namespace nianbao::rules
