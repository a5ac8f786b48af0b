// T2 (docs/tables.md#t2): a stack of blocks; rows are found by their label, the
// layout by the signature tokens of headers and labels (§2.3).
#include "model/cell_names.hpp"
#include "model/parse_rules.hpp"
#include "model/table_common.hpp"
#include "model/table_vocabulary.hpp"
#include "model/tables.hpp"

#include <map>

namespace nianbao {

namespace {

struct T2DataRow {
    const ClassifiedRow* row = nullptr;
    const ClassifiedCell* label = nullptr;
    std::span<const ClassifiedCell> values;
};

int count_tokens(const std::vector<ClassifiedRow>& rows, Layout layout) {
    int hits = 0;
    for (const auto& row : rows)
        for (const auto& cell : row.cells)
            for (const auto token : t2_signature_tokens(layout))
                if (cell.kind == CellClass::text && cell.normalized.starts_with(token)) ++hits;
    return hits;
}

// Signature tokens decide; without any (headers lost), the F2019-only rows do.
Layout detect_layout(const std::vector<ClassifiedRow>& rows, const std::map<std::string_view, T2DataRow>& found) {
    const int f2019 = count_tokens(rows, Layout::F2019);
    const int f2021 = count_tokens(rows, Layout::F2021);
    if (f2019 != f2021) return f2019 > f2021 ? Layout::F2019 : Layout::F2021;
    return found.contains("OTHERSVC") || found.contains("PROCURE") ? Layout::F2019 : Layout::F2021;
}

const ClassifiedCell* first_text(const ClassifiedRow& row) {
    for (const auto& cell : row.cells)
        if (cell.kind == CellClass::text) return &cell;
    return nullptr;
}

// The unit a header names for a field whose model keeps the unit
// (`采购总金额(万元)`, `采购总金额（元）`): static text, or empty.
std::string_view header_unit(const std::vector<ClassifiedRow>& rows, std::string_view field_label) {
    for (const auto& row : rows)
        for (const auto& cell : row.cells) {
            if (cell.kind != CellClass::text) continue;
            const std::string_view text = cell.cell->text;
            if (text.find(field_label) == std::string_view::npos) continue;
            if (text.find("万元") != std::string_view::npos) return "万元";
            if (text.find("元") != std::string_view::npos) return "元";
        }
    return {};
}

}  // namespace

T2Table build_t2(ByteRange range, const std::vector<ClassifiedRow>& rows, Emitter& emit) {
    const auto& vocabulary = table_vocabularies().t2;
    T2Table out;
    out.span = emit.span(range);

    std::map<std::string_view, T2DataRow> found;
    std::vector<T2DataRow> unknown;
    for (const auto& row : rows) {
        const ClassifiedCell* label = first_text(row);
        if (!label) continue;
        const auto match = vocabulary.match(*label->label);
        const auto values_begin = static_cast<std::size_t>(label - row.cells.data()) + 1;
        T2DataRow data{&row, label, std::span(row.cells).subspan(values_begin)};
        if (!match) {
            if (row.value_count() > 0) unknown.push_back(data);
            continue;
        }
        report_label_match(*match, *label, emit);
        if (match->tag == tag::extra) {
            emit.emit(rules::p_extra_row, row.row->range, "T2", label->cell->text);
            out.extra_rows.push_back({std::string(label->cell->text), emit.span(row.row->range),
                                      read_extra_values(data.values, emit)});
        } else if (!match->tag.starts_with("#") && !found.emplace(match->tag, data).second) {
            unknown.push_back(data);  // the same row twice
        }
    }
    out.layout = detect_layout(rows, found);
    // Rows of the other layout (`其他对外管理服务事项` in an F2021 table) fit no field.
    for (auto it = found.begin(); it != found.end();) {
        if (find_t2_row(out.layout, it->first)) {
            ++it;
            continue;
        }
        unknown.push_back(it->second);
        it = found.erase(it);
    }
    for (const auto& data : unknown) {
        emit.emit(rules::p_label_unknown, data.row->row->range, "T2", data.label->cell->text);
        out.extra_rows.push_back({std::string(data.label->cell->text), emit.span(data.row->row->range),
                                  read_extra_values(data.values, emit)});
    }

    CellCollector collector(emit);
    std::vector<std::string> missing;
    for (const auto& spec : t2_rows(out.layout)) {
        T2Row row;
        row.key = spec.key;
        const auto it = found.find(spec.key);
        if (it == found.end()) {
            missing.emplace_back(spec.key);
            row.span = out.span;
            row.cells.assign(spec.fields.size(), collector.absent(range));
            out.rows.push_back(std::move(row));
            continue;
        }
        const T2DataRow& data = it->second;
        row.label = data.label->cell->text;
        row.span = emit.span(data.row->row->range);
        const auto placed = place_values(data.values, spec.fields.size());
        if (!placed) {
            emit.emit(rules::p_cell_count, data.row->row->range, t2_row_name(out.layout, spec.key),
                      data.row->value_count(), spec.fields.size());
            row.cells.assign(spec.fields.size(), collector.absent(data.row->row->range));
        } else {
            for (std::size_t f = 0; f < spec.fields.size(); ++f) {
                const T2Field& field = spec.fields[f];
                const std::string_view unit =
                    field.unit_key.empty() ? field.header_unit : header_unit(rows, field.label);
                const CellSlot slot{field.kind, unit, !field.unit_key.empty(), "T2", spec.key, field.key, out.layout};
                row.cells.push_back(collector.read((*placed)[f], slot));
            }
        }
        out.rows.push_back(std::move(row));
    }
    if (!missing.empty())
        emit.emit(rules::p_row_missing, range, table_name("T2"), missing.size(), row_labels("T2", out.layout, missing));
    collector.report_blanks("T2");
    return out;
}

}  // namespace nianbao
