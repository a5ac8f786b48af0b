// §5.4 T2 checks: bounds between the fields of one row, and the agency's
// power to make 规章. Diagnostics point at the cell that breaks the bound,
// with notes at the cells it is compared with.
#include "model/cell_names.hpp"
#include "lint/agency_kind.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"

#include <fmt/format.h>

namespace nianbao::rules {

namespace {

void check_valid_lower_bound(LintContext& c);
void check_cumulative_2019(LintContext& c);
void check_negative_2019(LintContext& c);
void check_rules_authority(LintContext& c);
void check_all_zero(LintContext& c);

}  // namespace

const LintRule t2_valid_lb{{
    "T2-VALID-LB", Severity::warning, false,
    "现行有效件数少于本年制发件数减本年废止件数", "F2021: valid < made − repealed",
    "{0}：现行有效件数 {1} 少于本年制发 {2} 件减本年废止 {3} 件",
    "{0}: 现行有效件数 ({1}) is less than 本年制发件数 ({2}) minus 本年废止件数 ({3})"}, check_valid_lower_bound};

const LintRule t2_2019_cum{{
    "T2-2019-CUM", Severity::warning, false,
    "对外公开总数量少于本年新公开数量", "F2019: total_published < new_published",
    "{0}：对外公开总数量 {1} 少于本年新公开数量 {2}",
    "{0}: 对外公开总数量 ({1}) is less than 本年新公开数量 ({2})"}, check_cumulative_2019};

const LintRule t2_2019_neg{{
    "T2-2019-NEG", Severity::warning, false,
    "上一年项目数量加本年增/减小于 0", "F2019: prev_items + delta < 0",
    "{0}：上一年项目数量 {1} 加本年增/减 {2} 小于 0",
    "{0}: 上一年项目数量 ({1}) plus 本年增/减 ({2}) is below 0"}, check_negative_2019};

const LintRule t2_rules_authority{{
    "T2-RULES-AUTHORITY", Severity::warning, false,
    "无规章制定权的机关填报了规章", "规章 reported by an agency that cannot make 规章",
    "{0}填报规章{1}，但规章只能由国务院部门和省、设区的市、自治州人民政府制定",
    "{0} reports 规章 ({1}), but only State Council departments and provincial, districted-city and "
    "autonomous-prefecture governments make 规章"}, check_rules_authority};

const LintRule t2_zero_all{{
    "T2-ZERO-ALL", Severity::info, false,
    "表二所有数值均为 0", "All T2 values are zero",
    "T2 的所有数值均为 0", "every T2 value is 0"}, check_all_zero};

namespace {

const Cell* field(const T2Table& t2, const T2Row& row, std::string_view key) {
    const T2RowSpec* spec = find_t2_row(t2.layout, row.key);
    if (!spec) return nullptr;
    for (std::size_t f = 0; f < spec->fields.size() && f < row.cells.size(); ++f)
        if (spec->fields[f].key == key) return &row.cells[f];
    return nullptr;
}

Message field_name(Layout layout, std::string_view row, std::string_view key) { return t2_cell_name(layout, row, key); }

// The values of `keys` in `row`, or nothing after P-SKIPPED for an unknown one.
template <std::size_t N>
std::optional<std::array<std::int64_t, N>> values(LintContext& c, const RuleDef& rule, const T2Row& row,
                                                   const std::array<std::string_view, N>& keys) {
    std::array<std::int64_t, N> out{};
    for (std::size_t i = 0; i < N; ++i) {
        const Cell* cell = field(*c.report().t2, row, keys[i]);
        if (!cell) return std::nullopt;
        const auto v = cell_value(*cell);
        if (!v) {
            c.skip(rule, *cell, field_name(c.report().t2->layout, row.key, keys[i]));
            return std::nullopt;
        }
        out[i] = *v;
    }
    return out;
}

void note_cell(Diagnostic& d, const Cell& cell, std::string_view zh, std::string_view en) {
    Emitter::note(d, cell.span, "{0} 为 {1}", "{0} is {1}", Message{std::string(zh), std::string(en)}, cell_text(cell));
}

void check_valid_lower_bound(LintContext& c) {
    const Report& r = c.report();
    if (!r.t2 || r.t2->layout != Layout::F2021) return;
    for (const std::string_view key : {"RULES", "NORMDOC"}) {
        const T2Row* row = r.t2->row(key);
        if (!row) continue;
        const auto v = values<3>(c, t2_valid_lb, *row, {"made", "repealed", "valid"});
        if (!v || (*v)[2] >= (*v)[0] - (*v)[1]) continue;
        const Cell& valid = *field(*r.t2, *row, "valid");
        Diagnostic& d = c.emit().emit(t2_valid_lb, valid.span, t2_row_name(r.t2->layout, key), (*v)[2], (*v)[0],
                                      (*v)[1]);
        note_cell(d, *field(*r.t2, *row, "made"), "本年制发件数", "本年制发件数");
        note_cell(d, *field(*r.t2, *row, "repealed"), "本年废止件数", "本年废止件数");
    }
}

void check_cumulative_2019(LintContext& c) {
    const Report& r = c.report();
    if (!r.t2 || r.t2->layout != Layout::F2019) return;
    for (const std::string_view key : {"RULES", "NORMDOC"}) {
        const T2Row* row = r.t2->row(key);
        if (!row) continue;
        const auto v = values<2>(c, t2_2019_cum, *row, {"new_published", "total_published"});
        if (!v || (*v)[1] >= (*v)[0]) continue;
        Diagnostic& d = c.emit().emit(t2_2019_cum, field(*r.t2, *row, "total_published")->span,
                                      t2_row_name(r.t2->layout, key), (*v)[1], (*v)[0]);
        note_cell(d, *field(*r.t2, *row, "new_published"), "本年新公开数量", "本年新公开数量");
    }
}

void check_negative_2019(LintContext& c) {
    const Report& r = c.report();
    if (!r.t2 || r.t2->layout != Layout::F2019) return;
    for (const T2Row& row : r.t2->rows) {
        if (!field(*r.t2, row, "prev_items") || !field(*r.t2, row, "delta")) continue;
        const auto v = values<2>(c, t2_2019_neg, row, {"prev_items", "delta"});
        if (!v || (*v)[0] + (*v)[1] >= 0) continue;
        Diagnostic& d = c.emit().emit(t2_2019_neg, field(*r.t2, row, "delta")->span, t2_row_name(r.t2->layout, row.key),
                                      (*v)[0], (*v)[1]);
        note_cell(d, *field(*r.t2, row, "prev_items"), "上一年项目数量", "上一年项目数量");
    }
}

// The agency as the message names it — by its name, or by how a report that
// never names it speaks of it (`我镇`) — when it makes no 规章; whether it is
// of county level or below.
struct NoRulesAgency {
    Message name;
    bool lower_level = false;
};
std::optional<NoRulesAgency> agency_without_rules(const Report& r) {
    if (r.agency) {
        const AgencyKind kind = classify_agency(*r.agency);
        if (!kind.local_department && !kind.lower_government) return std::nullopt;
        return NoRulesAgency{{fmt::format("“{}”", *r.agency), fmt::format("“{}”", *r.agency)}, kind.lower_government};
    }
    for (const std::string_view prose : {std::string_view(r.preamble_prose.text()),
                                         r.section(1) ? std::string_view(r.section(1)->prose.text()) : ""})
        if (const std::string_view word = lower_level_self_reference(prose); !word.empty())
            return NoRulesAgency{{fmt::format("自称“{}”的机关", word), fmt::format("the agency that calls itself “{}”", word)},
                                 true};
    return std::nullopt;
}

// 规章 made this year; or (F2021) 规章 in force at a county-level or lower
// agency — a city department may count its city's 规章 in its field.
void check_rules_authority(LintContext& c) {
    const Report& r = c.report();
    const T2Row* row = r.t2 ? r.t2->row("RULES") : nullptr;
    if (!row) return;
    const auto agency = agency_without_rules(r);
    if (!agency) return;
    const bool f2021 = r.t2->layout == Layout::F2021;
    const std::pair<std::string_view, Message> fields[] = {
        {f2021 ? "made" : "new_made", {"本年制发 {} 件", "made this year: {}"}},
        {f2021 && agency->lower_level ? "valid" : "", {"现行有效 {} 件", "in force: {}"}}};
    for (const auto& [key, words] : fields) {
        const Cell* cell = key.empty() ? nullptr : field(*r.t2, *row, key);
        const Number* n = cell ? cell->number() : nullptr;
        if (!n || n->scaled <= 0) continue;
        c.emit().emit(t2_rules_authority, cell->span, agency->name,
                      Message{fmt::format(fmt::runtime(words.zh), n->text), fmt::format(fmt::runtime(words.en), n->text)});
        return;  // one finding: the fact is the agency's
    }
}

void check_all_zero(LintContext& c) {
    const Report& r = c.report();
    if (!r.t2) return;
    bool any_number = false;
    for (const T2Row& row : r.t2->rows) {
        for (const Cell& cell : row.cells) {
            const auto v = cell_value(cell);
            if (!v || *v != 0) return;  // a value, or a cell nobody can read: not "all zero"
            any_number = any_number || cell.number();
        }
    }
    if (any_number) c.emit().emit(t2_zero_all, r.t2->span);
}

constexpr const LintRule* list[] = {&t2_valid_lb, &t2_2019_cum, &t2_2019_neg, &t2_rules_authority, &t2_zero_all, &t2_valid_chain};

}  // namespace

std::span<const LintRule* const> t2_rules() { return list; }

}  // namespace nianbao::rules
