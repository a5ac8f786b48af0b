#include "model/compare.hpp"

#include "input/utf8.hpp"
#include "model/each_cell.hpp"
#include "model/normalize.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace nianbao {

std::optional<double> PartRepetition::share() const {
    if (sentences == 0) return std::nullopt;
    return static_cast<double>(repeated) / static_cast<double>(sentences);
}

bool CellChange::changed() const {
    if (old_value.has_value() != new_value.has_value()) return true;
    return old_value && old_value->text != new_value->text;
}

bool CellChange::stands_out() const {
    if (!old_value || !new_value || old_value->scale != 0 || new_value->scale != 0) return false;
    const std::int64_t before = old_value->scaled, after = new_value->scaled;
    constexpr std::int64_t base = 10, factor = 5;
    return before >= base && (after > factor * before || after * factor < before);
}

std::string_view chain_status_name(ChainStatus status) {
    switch (status) {
        case ChainStatus::holds: return "holds";
        case ChainStatus::broken: return "broken";
        case ChainStatus::unknown: break;
    }
    return "unknown";
}

std::optional<std::int64_t> ValidLink::expected() const {
    if (!old_valid || !made || !repealed) return std::nullopt;
    return *old_valid + *made - *repealed;
}

namespace {

std::optional<CellValue> value_of(const Cell& cell) {
    const Number* n = cell.number();
    if (!n) return std::nullopt;
    return CellValue{n->text, n->scaled, n->scale};
}

std::optional<std::int64_t> count_of(const Cell* cell) {
    const Number* n = cell ? cell->number() : nullptr;
    if (!n || n->scale != 0) return std::nullopt;
    return n->scaled;
}

// NEW's cells in its layout's order, then those only OLD has.
std::vector<CellChange> compare_cells(const Report& old_report, const Report& new_report) {
    std::vector<CellChange> out;
    std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::size_t> index;
    for_each_value_cell(new_report, [&](std::string_view t, std::string_view r, std::string_view c, const Cell& cell) {
        index.emplace(std::tuple{t, r, c}, out.size());
        out.push_back({t, r, c, std::nullopt, value_of(cell)});
    });
    for_each_value_cell(old_report, [&](std::string_view t, std::string_view r, std::string_view c, const Cell& cell) {
        const auto [it, added] = index.emplace(std::tuple{t, r, c}, out.size());
        if (added) out.push_back({t, r, c, std::nullopt, std::nullopt});
        out[it->second].old_value = value_of(cell);
    });
    return out;
}

ChainStatus status_of(std::optional<std::int64_t> a, std::optional<std::int64_t> b) {
    if (!a || !b) return ChainStatus::unknown;
    return *a == *b ? ChainStatus::holds : ChainStatus::broken;
}

std::vector<CarryLink> compare_carry(const Report& old_report, const Report& new_report) {
    std::vector<CarryLink> out;
    if (!old_report.t3 || !new_report.t3) return out;
    const T3Row* carried_out = old_report.t3->row("CARRY_OUT");
    const T3Row* carried_in = new_report.t3->row("CARRY_IN");
    if (!carried_out || !carried_in) return out;
    const auto columns = t3_columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        CarryLink link{columns[c].key, count_of(&carried_out->cells[c]), count_of(&carried_in->cells[c])};
        link.status = status_of(link.carried_out, link.carried_in);
        out.push_back(link);
    }
    return out;
}

std::optional<std::int64_t> t2_count(const T2Table& t, std::string_view row, std::size_t field) {
    const T2Row* found = t.row(row);
    return found && field < found->cells.size() ? count_of(&found->cells[field]) : std::nullopt;
}

std::vector<ValidLink> compare_valid(const Report& old_report, const Report& new_report) {
    std::vector<ValidLink> out;
    if (!old_report.t2 || !new_report.t2) return out;
    if (old_report.t2->layout != Layout::F2021 || new_report.t2->layout != Layout::F2021) return out;
    constexpr std::size_t made = 0, repealed = 1, valid = 2;  // the F2021 documents fields
    for (const std::string_view row : {std::string_view("RULES"), std::string_view("NORMDOC")}) {
        ValidLink link{row, t2_count(*old_report.t2, row, valid), t2_count(*new_report.t2, row, made),
                       t2_count(*new_report.t2, row, repealed), t2_count(*new_report.t2, row, valid)};
        link.status = status_of(link.expected(), link.new_valid);
        out.push_back(link);
    }
    return out;
}

std::string agency_key(const std::optional<std::string>& agency) { return agency ? nfkc(remove_spaces(*agency)) : ""; }

// Marks each counted sentence found on the other side, and counts NEW's per part.
void compare_prose(ReportDiff& d) {
    std::unordered_map<std::string_view, std::vector<int>> old_parts;
    for (const Sentence& s : d.old_sentences)
        if (s.counted) old_parts[s.key].push_back(s.part);
    std::unordered_set<std::string_view> new_keys;
    d.new_repeated.assign(d.new_sentences.size(), false);
    for (std::size_t i = 0; i < d.new_sentences.size(); ++i) {
        const Sentence& s = d.new_sentences[i];
        if (!s.counted) continue;
        new_keys.insert(s.key);
        if (d.parts.empty() || d.parts.back().part != s.part) d.parts.push_back({s.part});
        d.parts.back().sentences += 1;
        d.overall.sentences += 1;
        if (!old_parts.contains(s.key)) continue;
        d.new_repeated[i] = true;
        d.parts.back().repeated += 1;
        d.overall.repeated += 1;
    }
    d.old_copied.assign(d.old_sentences.size(), false);
    for (std::size_t i = 0; i < d.old_sentences.size(); ++i)
        d.old_copied[i] = d.old_sentences[i].counted && new_keys.contains(d.old_sentences[i].key);
    // Passages: runs of repeated sentences in one part; the template's own
    // sentences between them neither break nor extend a run.
    Passage* open = nullptr;
    for (std::size_t i = 0; i < d.new_sentences.size(); ++i) {
        const Sentence& s = d.new_sentences[i];
        if (!s.counted) continue;
        if (!d.new_repeated[i] || (open && open->part != s.part)) open = nullptr;
        if (!d.new_repeated[i]) continue;
        if (!open) {
            d.passages.push_back({s.part, s.offset, 0, 0, {}});
            open = &d.passages.back();
        }
        open->length = s.offset + s.length - open->offset;
        open->sentences += 1;
        for (const int part : old_parts.at(s.key))
            if (std::find(open->old_parts.begin(), open->old_parts.end(), part) == open->old_parts.end())
                open->old_parts.push_back(part);
    }
}

}  // namespace

ReportDiff compare_reports(const Report& old_report, const Report& new_report) {
    ReportDiff d;
    d.old_report = &old_report;
    d.new_report = &new_report;
    d.consecutive = old_report.year && new_report.year && *new_report.year == *old_report.year + 1;
    d.same_agency = old_report.agency && new_report.agency && agency_key(old_report.agency) == agency_key(new_report.agency);
    d.old_sentences = report_sentences(old_report);
    d.new_sentences = report_sentences(new_report);
    d.overall.part = -1;
    compare_prose(d);
    d.cells = compare_cells(old_report, new_report);
    d.carry = compare_carry(old_report, new_report);
    d.valid = compare_valid(old_report, new_report);
    return d;
}

}  // namespace nianbao
