#include "lint/carry_chain.hpp"

#include "model/normalize.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "lint/previous_year.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nianbao {

std::string_view CarrySummary::line(std::size_t number) const {
    for (const auto& [n, text] : carry_in_lines)
        if (n == number) return text;
    return {};
}

std::optional<CarrySummary> summarize_carry(const Report& report) {
    if (!report.agency || !report.year || !report.t3) return std::nullopt;
    const T3Row* in = report.t3->row("CARRY_IN");
    const T3Row* out = report.t3->row("CARRY_OUT");
    if (!in || !out) return std::nullopt;
    CarrySummary summary;
    summary.path = report.source.path;
    summary.agency = nfkc(remove_spaces(*report.agency));
    summary.year = *report.year;
    for (std::size_t c = 0; c < t3_column_count; ++c) {
        summary.carry_in[c] = {cell_value(in->cells[c]), in->cells[c].span};
        summary.carry_out[c] = {cell_value(out->cells[c]), out->cells[c].span};
    }
    return summary;
}

namespace {

std::string value_text(const CarryCell& cell) { return cell.value ? std::to_string(*cell.value) : "?"; }

}  // namespace

std::optional<Diagnostic> check_carry_chain(const CarrySummary& current, const CarrySummary& previous) {
    std::optional<Diagnostic> diagnostic;
    const auto columns = t3_columns();
    for (std::size_t c = 0; c < t3_column_count; ++c) {
        const CarryCell& in = current.carry_in[c];
        const CarryCell& out = previous.carry_out[c];
        if (!in.value || !out.value || *in.value == *out.value) continue;
        const Message column{fmt::format("T3“{}”列", columns[c].label), fmt::format("T3 column “{}”", columns[c].label)};
        if (!diagnostic) {
            const RuleDef& rule = rules::t3_carry_chain;
            diagnostic.emplace();
            diagnostic->rule = rule.id;
            diagnostic->severity = rule.severity;
            diagnostic->strict_error = rule.strict_error;
            diagnostic->span = in.span;
            diagnostic->message = {fmt::format(fmt::runtime(rule.message_zh), column.zh, *in.value, previous.year, *out.value),
                                   fmt::format(fmt::runtime(rule.message_en), column.en, *in.value, previous.year, *out.value)};
        } else {
            diagnostic->notes.push_back({{fmt::format("{}：本年上年结转为 {}，上年结转下年度为 {}", column.zh, *in.value, *out.value),
                                          fmt::format("{}: carried in {}, carried out the year before {}", column.en,
                                                      *in.value, *out.value)},
                                         in.span});
        }
    }
    if (diagnostic) {
        const CarryCell& first = previous.carry_out.front();
        std::string values;
        for (const auto& cell : previous.carry_out) {
            if (!values.empty()) values += ' ';
            values += value_text(cell);
        }
        diagnostic->notes.push_back(
            {{fmt::format("{} 年度报告 {}:{}:{} 的“四、结转下年度继续办理”为 {}", previous.year, previous.path,
                          first.span.line, first.span.column, values),
              fmt::format("the {} report {}:{}:{} carried out {}", previous.year, previous.path, first.span.line,
                          first.span.column, values)},
             Span{}});
    }
    return diagnostic;
}

std::vector<std::pair<std::size_t, Diagnostic>> check_carry_chains(const std::vector<CarrySummary>& summaries) {
    std::vector<std::pair<std::size_t, Diagnostic>> out;
    for_each_previous_year(summaries, [&](std::size_t i, const CarrySummary& previous) {
        if (auto diagnostic = check_carry_chain(summaries[i], previous)) out.emplace_back(i, std::move(*diagnostic));
    });
    return out;
}

}  // namespace nianbao
