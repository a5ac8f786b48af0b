// T3 (docs/tables.md#t3): rows are identified by their labels wherever they stand
// in the row (T7, T8), values by their count (T1); lost labels are recovered
// from the row's position when the table is otherwise complete (T9).
#include "model/cell_names.hpp"
#include "model/parse_rules.hpp"
#include "model/table_common.hpp"
#include "model/table_vocabulary.hpp"
#include "model/tables.hpp"

#include <algorithm>
#include <tuple>
#include <map>

namespace nianbao {

namespace {

struct T3DataRow {
    const ClassifiedRow* row = nullptr;
    std::string_view key;    // empty: label lost or unknown
    std::string_view label;  // as printed (the syntax tree outlives the build)
    std::span<const ClassifiedCell> values;
    bool trimmed_junk = false;  // leading numeric cells dropped as lost labels (T9)
};

// A data row has values or a label naming a T3 row (not only a group). Its
// labels are the cells up to the last one that names a T3 row or group; its
// values are the cells after it. Header rows give nullopt.
std::optional<T3DataRow> read_data_row(const ClassifiedRow& row, Emitter& emit) {
    const auto& vocabulary = table_vocabularies().t3_rows;
    std::optional<std::size_t> last_label;
    std::string_view last_tag;
    bool names_a_row = false;
    // Rows have a handful of cells; the matches are kept for the report below.
    std::vector<std::pair<std::size_t, LabelMatch>> matches;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const auto& cell = row.cells[i];
        if (cell.kind != CellClass::text) continue;
        if (const auto match = vocabulary.match(*cell.label)) {
            matches.emplace_back(i, *match);
            last_label = i;
            last_tag = match->tag;
            names_a_row = names_a_row || !is_group_tag(match->tag);
        }
    }
    if (!names_a_row && row.value_count() == 0) return std::nullopt;
    for (const auto& [i, match] : matches) report_label_match(match, row.cells[i], emit);

    T3DataRow data{&row, {}, {}, {}};
    std::size_t first_value = 0;
    if (last_label) {
        first_value = *last_label + 1;
        data.label = row.cells[*last_label].cell->text;
        if (!is_group_tag(last_tag)) data.key = last_tag;
    } else {
        // No known label: leading text cells are an unknown (garbled) label.
        while (first_value < row.cells.size() && row.cells[first_value].kind != CellClass::number &&
               row.cells[first_value].kind != CellClass::placeholder) {
            if (row.cells[first_value].kind == CellClass::text) data.label = row.cells[first_value].cell->text;
            ++first_value;
        }
    }
    std::span<const ClassifiedCell> values(row.cells.data() + first_value, row.cells.size() - first_value);
    // More than 7 values: the leading ones stand where a lost label was (T9).
    std::size_t surplus = 0;
    for (const auto& cell : values) surplus += cell.is_value() ? 1 : 0;
    while (surplus > t3_column_count && !values.empty()) {
        if (values.front().is_value()) --surplus;
        values = values.subspan(1);
        data.trimmed_junk = true;
    }
    data.values = values;
    return data;
}

std::pair<Layout, bool> detect_layout(const std::vector<T3DataRow>& rows) {
    bool f2021 = false, f2019 = false;
    for (const auto& row : rows) {
        if (row.key.starts_with("OTHER_")) f2021 = true;
        if (row.key == "OTHER") f2019 = true;
    }
    if (f2021 != f2019) return {f2021 ? Layout::F2021 : Layout::F2019, true};
    if (rows.size() == t3_rows(Layout::F2019).size()) return {Layout::F2019, true};
    if (rows.size() == t3_rows(Layout::F2021).size()) return {Layout::F2021, true};
    return {Layout::F2021, false};
}

// T9: unlabelled rows take the key of their position when the table has
// exactly the canonical number of rows and the surviving labels agree.
bool recover_positions(std::vector<T3DataRow>& rows, Layout layout) {
    const auto canonical = t3_rows(layout);
    if (rows.size() != canonical.size()) return false;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].key.empty() && rows[i].key != canonical[i].key) return false;
    return true;
}

}  // namespace

T3Table build_t3(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit) {
    std::vector<T3DataRow> data;
    for (const auto& row : rows)
        if (auto data_row = read_data_row(row, emit)) data.push_back(std::move(*data_row));

    T3Table out;
    out.span = emit.span(range);
    std::tie(out.layout, out.layout_shown) = detect_layout(data);
    const auto canonical = t3_rows(out.layout);

    std::vector<const T3DataRow*> recovered;
    if (std::any_of(data.begin(), data.end(), [](const auto& r) { return r.key.empty(); }) &&
        recover_positions(data, out.layout)) {
        for (std::size_t i = 0; i < data.size(); ++i) {
            if (!data[i].key.empty()) continue;
            data[i].key = canonical[i].key;
            recovered.push_back(&data[i]);
        }
    }

    std::map<std::string_view, const T3DataRow*> by_key;
    for (const auto& row : data) {
        const bool known = !row.key.empty() && t3_row_index(out.layout, row.key) >= 0;
        if (known && by_key.emplace(row.key, &row).second) continue;
        emit.emit(rules::p_label_unknown, row.row->row->range, "T3", row.label.empty() ? "?" : std::string(row.label));
        out.extra_rows.push_back({std::string(row.label), emit.span(row.row->row->range),
                                  read_extra_values(row.values, emit)});
    }

    if (!recovered.empty()) {
        Diagnostic& diagnostic = emit.emit(rules::p_label_recovered, recovered.front()->row->row->range,
                                           "T3", recovered.size());
        for (const auto* row : recovered) {
            const Span where = emit.span(row->row->row->range);
            Emitter::note(diagnostic, where, "第 {0} 行按位置确定为 {1}", "line {0} taken as {1}", where.line,
                          row_name("T3", out.layout, row->key));
        }
    }

    std::vector<const ClassifiedRow*> data_rows;
    for (const auto& row : data) data_rows.push_back(row.row);
    const std::optional<ValueGrid> grid = value_grid(data_rows, t3_column_count);

    CellCollector collector(emit);
    std::vector<std::string> missing;
    const auto columns = t3_columns();
    out.rows.reserve(canonical.size());
    for (const auto& spec : canonical) {
        T3Row& model_row = out.rows.emplace_back();
        model_row.key = spec.key;
        const auto found = by_key.find(spec.key);
        if (found == by_key.end()) {
            missing.emplace_back(spec.key);
            model_row.span = out.span;
            model_row.cells.fill(collector.absent(range));
            continue;
        }
        const T3DataRow& row = *found->second;
        model_row.span = emit.span(row.row->row->range);
        model_row.recovered = std::find(recovered.begin(), recovered.end(), &row) != recovered.end();
        if (!model_row.recovered) model_row.label = std::string(row.label);
        const std::size_t values_at = static_cast<std::size_t>(row.values.data() - row.row->cells.data());
        const auto placed =
            place_values(row.values, t3_column_count, grid ? grid->start_in(*row.row, values_at) : std::nullopt);
        if (!placed) {
            emit.emit(rules::p_cell_count, row.row->row->range,
                      row_name("T3", out.layout, spec.key),
                      row.row->value_count(), t3_column_count);
            model_row.cells.fill(collector.absent(row.row->row->range));
        } else {
            for (std::size_t c = 0; c < t3_column_count; ++c) {
                const CellSlot slot{ValueKind::count, {}, false, "T3", spec.key, columns[c].key, out.layout};
                collector.read_into(model_row.cells[c], (*placed)[c], slot);
            }
        }
    }
    if (!missing.empty())
        emit.emit(rules::p_row_missing, range, table_name("T3"), missing.size(), row_labels("T3", out.layout, missing));
    collector.report_blanks("T3");
    return out;
}

}  // namespace nianbao
