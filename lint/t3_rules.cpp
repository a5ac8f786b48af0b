// §5.5 T3 checks. The three sums are analysed together (t3_analysis.hpp) so
// that a wrong cell is named as the suspect of every sum it breaks, instead of
// a wall of errors at the totals; each rule then reports its own failures.
#include "model/cell_names.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "lint/t3_analysis.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nianbao::rules {

namespace {

void check_row_totals(LintContext& c);
void check_subtotals(LintContext& c);
void check_balance(LintContext& c);

}  // namespace

const LintRule t3_totalcol{{
    "T3-TOTALCOL", Severity::error, false,
    "每行的总计应等于前六列之和", "For every row: SUM = NP + … + ORG_OTHER",
    "{0}：总计为 {1}，但前六列之和为 {2}{3}", "{0}: 总计 is {1} but the six cells before it sum to {2}{3}"}, check_row_totals};

const LintRule t3_subtotal{{
    "T3-SUBTOTAL", Severity::error, false,
    "每列的（七）总计应等于（一）至（六）各行之和", "For every column: TOTAL = the sum of the result rows （一）…（六）",
    "{0}：（七）总计为 {1}，但（一）至（六）各行之和为 {2}{3}",
    "{0}: （七）总计 is {1} but the result rows （一）…（六） sum to {2}{3}"}, check_subtotals};

const LintRule t3_balance{{
    "T3-BALANCE", Severity::error, false,
    "每列第一项加第二项之和应等于第三项加第四项之和", "For every column: NEW + CARRY_IN = TOTAL + CARRY_OUT",
    "{0}：第一项加第二项之和为 {1}，但第三项加第四项之和为 {2}{3}",
    "{0}: 一 + 二 (new + carried in) is {1} but 三（七）总计 + 四 (total + carried out) is {2}{3}"}, check_balance};

const LintRule t3_carry_chain{{
    "T3-CARRY-CHAIN", Severity::warning, false,
    "本年“上年结转”应等于同一机关上一年度报告的“结转下年度继续办理”",
    "CARRY_IN of year Y = CARRY_OUT of the same agency's report for Y−1",
    "{0}：本年上年结转为 {1}，但 {2} 年度报告的结转下年度继续办理为 {3}",
    "{0}: carried in is {1} but the {2} report carried out {3}"}};

const LintRule t3_neg{{
    "T3-NEG", Severity::error, false,
    "T3 中的负数（由 VAL-INT 报告）", "Negative T3 value (reported as VAL-INT)",
    "T3 中的负数由 VAL-INT 报告", "negative T3 values are reported as VAL-INT"}};

namespace {

Message row_name(Layout layout, std::size_t row) { return t3_row_name(layout, row); }

Message column_name(std::size_t col) { return t3_column_name(col); }

Message cell_name(Layout layout, const T3CellRef& ref) { return t3_cell_name(layout, ref.row, ref.col); }

const Cell& cell_at(const T3Table& t3, const T3CellRef& ref) { return t3.rows[ref.row].cells[ref.col]; }

Message suspect_clause(const T3Table& t3, const T3Failure& f) {
    if (f.suspect_cell) {
        const Message name = cell_name(t3.layout, *f.suspect_cell);
        const Message printed = cell_text(cell_at(t3, *f.suspect_cell));
        return {fmt::format("。可疑单元格：{}（{}），若为 {}，它所在的 {} 处合计均成立", name.zh, printed.zh, f.implied,
                            f.explained),
                fmt::format(". Suspect cell: {} ({}); were it {}, all {} failing sums it is in would hold", name.en,
                            printed.en, f.implied, f.explained)};
    }
    if (f.suspect_row) {
        const Message name = row_name(t3.layout, *f.suspect_row);
        Message clause{fmt::format("。可疑行：{}（经过它的 {} 处合计不成立）", name.zh, f.explained),
                       fmt::format(". Suspect row: {} ({} failing sums run through it)", name.en, f.explained)};
        if (f.shifted) {
            clause.zh += "，数值似乎错开了一列，可能是单元格被拆分或合并（参见 P-CELL-COUNT）";
            clause.en += "; its numbers look moved by one column, as a split or merged cell does (see P-CELL-COUNT)";
        }
        return clause;
    }
    return {"", ""};
}

Message subject(const T3Table& t3, const T3Equation& eq) {
    return eq.kind == T3Sum::row_total ? row_name(t3.layout, eq.index) : column_name(eq.index);
}

// Where the failure is reported: the suspect cell, the suspect row, or the
// sum's own total cell.
Span position(const T3Table& t3, const T3Failure& f) {
    if (f.suspect_cell) return cell_at(t3, *f.suspect_cell).span;
    if (f.suspect_row) return t3.rows[*f.suspect_row].span;
    return cell_at(t3, f.equation->anchor).span;
}

// Notes at the total cell and the non-zero cells of the sum; the zeros are
// counted in one note.
void add_notes(Diagnostic& d, const T3Table& t3, const T3Failure& f) {
    std::size_t zeros = 0;
    for (const auto* side : {&f.equation->lhs, &f.equation->rhs}) {
        for (const T3CellRef& ref : *side) {
            if (f.suspect_cell && ref == *f.suspect_cell) continue;
            const Cell& cell = cell_at(t3, ref);
            const auto v = cell_value(cell);
            if (!(ref == f.equation->anchor) && v && *v == 0) {
                ++zeros;
                continue;
            }
            Emitter::note(d, cell.span, "{0} 为 {1}", "{0} is {1}", cell_name(t3.layout, ref), cell_text(cell));
        }
    }
    if (zeros > 0)
        Emitter::note(d, Span{}, "该合计中其余 {0} 个单元格为 0", "the other {0} cells of the sum are 0", zeros);
}

constexpr std::size_t sum_column = t3_column_count - 1;

// Rows whose 总计 was left blank while their six cells are not all 0: one
// habit (a 总计 column not filled in), not one fault per row. When several
// rows show it, it is one finding; the column sums over 总计 that then fail
// say that this is why.
std::vector<const T3Failure*> blank_total_rows(const T3Table& t3, const T3Analysis& analysis) {
    std::vector<const T3Failure*> rows;
    for (const T3Failure& f : analysis.failures) {
        if (f.equation->kind != T3Sum::row_total || f.suspect_row) continue;
        if (f.suspect_cell && !(*f.suspect_cell == f.equation->anchor)) continue;
        if (boost::variant2::holds_alternative<Blank>(cell_at(t3, f.equation->anchor).content)) rows.push_back(&f);
    }
    if (rows.size() < 2) rows.clear();
    return rows;
}

void report_blank_totals(LintContext& c, const T3Table& t3, const std::vector<const T3Failure*>& rows) {
    Message sums;
    for (std::size_t i = 0; i < rows.size() && i < 3; ++i) {
        sums.zh += fmt::format("{}{}", i ? "、" : "", rows[i]->rhs);
        sums.en += fmt::format("{}{}", i ? ", " : "", rows[i]->rhs);
    }
    if (rows.size() > 3) sums.zh += "…", sums.en += ", …";
    const Message subject{fmt::format("T3 的 {} 行", rows.size()), fmt::format("T3, {} rows", rows.size())};
    const Message blank{"空白", "blank"};
    const Message clause{"（“总计”列未填写，各行见附注）", " (the 总计 column was left blank; the rows are in the notes)"};
    Diagnostic& d = c.emit().emit(t3_totalcol, cell_at(t3, rows.front()->equation->anchor).span, subject, blank,
                                  sums, clause);
    for (const T3Failure* f : rows)
        Emitter::note(d, cell_at(t3, f->equation->anchor).span, "{0}：“总计”为空，前六列之和为 {1}",
                      "{0}: 总计 is blank, the six cells before it sum to {1}", row_name(t3.layout, f->equation->index),
                      f->rhs);
}

void report(LintContext& c, const RuleDef& rule, T3Sum kind) {
    const Report& r = c.report();
    if (!r.t3) return;
    const T3Table& t3 = *r.t3;
    const auto equations = t3_equations(t3);
    const T3Analysis analysis = analyse_t3(t3, equations);
    const std::vector<const T3Failure*> blank_totals = blank_total_rows(t3, analysis);
    for (const T3Skipped& s : analysis.skipped)
        if (s.equation->kind == kind) c.skip(rule, cell_at(t3, s.unknown), cell_name(t3.layout, s.unknown));
    if (kind == T3Sum::row_total && !blank_totals.empty()) report_blank_totals(c, t3, blank_totals);
    for (const T3Failure& f : analysis.failures) {
        if (f.equation->kind != kind) continue;
        if (std::find(blank_totals.begin(), blank_totals.end(), &f) != blank_totals.end()) continue;
        const bool from_blank_totals = !blank_totals.empty() && kind != T3Sum::row_total && f.equation->index == sum_column;
        const Message clause =
            from_blank_totals
                ? Message{fmt::format("（“总计”列有 {} 行未填写，见 T3-TOTALCOL）", blank_totals.size()),
                          fmt::format(" (the 总计 column is blank in {} rows, see T3-TOTALCOL)", blank_totals.size())}
                : suspect_clause(t3, f);
        Diagnostic& d = c.emit().emit(rule, position(t3, f), subject(t3, *f.equation), f.lhs, f.rhs, clause);
        add_notes(d, t3, f);
    }
}

void check_row_totals(LintContext& c) { report(c, t3_totalcol, T3Sum::row_total); }
void check_subtotals(LintContext& c) { report(c, t3_subtotal, T3Sum::subtotal); }
void check_balance(LintContext& c) { report(c, t3_balance, T3Sum::balance); }

constexpr const LintRule* list[] = {&t3_totalcol, &t3_subtotal, &t3_balance, &t3_carry_chain, &t3_neg};

}  // namespace

std::span<const LintRule* const> t3_rules() { return list; }

}  // namespace nianbao::rules
