#include "model/model.hpp"

namespace nianbao {

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "info";
}

const T2Row* T2Table::row(std::string_view key) const {
    for (const auto& r : rows)
        if (r.key == key) return &r;
    return nullptr;
}

const T3Row* T3Table::row(std::string_view key) const {
    for (const auto& r : rows)
        if (r.key == key) return &r;
    return nullptr;
}

const Cell* T4Table::cell(std::string_view key) const {
    const auto specs = t4_cells();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].key == key) return &cells[i];
    return nullptr;
}

const Section* Report::section(int number) const {
    for (const auto& s : sections)
        if (s.number == number) return &s;
    return nullptr;
}

std::string_view document_layout(const Report& report) {
    const bool has_t2 = report.t2.has_value();
    const bool has_t3 = report.t3.has_value();
    if (!has_t2 && !has_t3) return "";
    if (has_t2 && has_t3 && report.t3->layout_shown && report.t2->layout != report.t3->layout) return "mixed";
    return layout_name(has_t2 ? report.t2->layout : report.t3->layout);
}

}  // namespace nianbao
