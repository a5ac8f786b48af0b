#include "t3_analysis.hpp"

#include "lint_context.hpp"

#include <algorithm>

namespace nianbao {

namespace {

constexpr std::size_t sum_column = t3_column_count - 1;

std::size_t row_index(Layout layout, std::string_view key) {
    return static_cast<std::size_t>(t3_row_index(layout, key));
}

using Values = std::vector<std::array<std::optional<std::int64_t>, t3_column_count>>;

Values read_values(const T3Table& table) {
    Values values(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < t3_column_count; ++c) values[r][c] = cell_value(table.rows[r].cells[c]);
    return values;
}

struct Membership {
    std::size_t equation;
    int sign;  // +1 on the left side, -1 on the right
};

class Analyser {
public:
    Analyser(const T3Table& table, const std::vector<T3Equation>& equations)
        : table_(table), equations_(equations), values_(read_values(table)),
          members_(table.rows.size() * t3_column_count), residual_(equations.size()),
          failing_(equations.size(), false), known_(equations.size(), true) {}

    T3Analysis run() {
        evaluate();
        find_cell_suspects();
        find_row_suspect();
        T3Analysis out;
        for (std::size_t e = 0; e < equations_.size(); ++e) {
            if (!known_[e]) {
                out.skipped.push_back({&equations_[e], first_unknown(equations_[e])});
            } else if (lhs_[e] != rhs_[e]) {
                T3Failure failure = explanation_[e];
                failure.equation = &equations_[e];
                failure.lhs = lhs_[e];
                failure.rhs = rhs_[e];
                out.failures.push_back(failure);
            }
        }
        return out;
    }

private:
    std::optional<std::int64_t> value(const T3CellRef& ref) const { return values_[ref.row][ref.col]; }
    std::vector<Membership>& members(const T3CellRef& ref) { return members_[ref.row * t3_column_count + ref.col]; }

    void evaluate() {
        lhs_.assign(equations_.size(), 0);
        rhs_.assign(equations_.size(), 0);
        explanation_.assign(equations_.size(), {});
        for (std::size_t e = 0; e < equations_.size(); ++e) {
            const auto add = [&](const std::vector<T3CellRef>& side, std::int64_t& total) {
                for (const auto& ref : side) {
                    if (const auto v = value(ref)) total += *v;
                    else known_[e] = false;
                }
            };
            add(equations_[e].lhs, lhs_[e]);
            add(equations_[e].rhs, rhs_[e]);
            if (!known_[e]) continue;
            residual_[e] = lhs_[e] - rhs_[e];
            failing_[e] = residual_[e] != 0;
            for (const auto& ref : equations_[e].lhs) members(ref).push_back({e, +1});
            for (const auto& ref : equations_[e].rhs) members(ref).push_back({e, -1});
        }
    }

    T3CellRef first_unknown(const T3Equation& eq) const {
        for (const auto* side : {&eq.lhs, &eq.rhs})
            for (const auto& ref : *side)
                if (!value(ref)) return ref;
        return eq.anchor;
    }

    // The correction d of the cell that zeroes every sum it is in, if there
    // is one and all those sums (at least two) are still failing.
    std::optional<std::int64_t> correction(const std::vector<Membership>& in) const {
        if (in.size() < 2) return std::nullopt;
        const std::int64_t d = -residual_[in.front().equation] * in.front().sign;
        for (const auto& m : in)
            if (!failing_[m.equation] || residual_[m.equation] + m.sign * d != 0) return std::nullopt;
        return d;
    }

    // Greedy: the cell explaining the most failing sums first, until none
    // explains two or more.
    void find_cell_suspects() {
        for (;;) {
            std::optional<T3CellRef> best;
            std::int64_t best_d = 0;
            std::size_t best_count = 0;
            for (std::size_t r = 0; r < table_.rows.size(); ++r) {
                for (std::size_t c = 0; c < t3_column_count; ++c) {
                    const T3CellRef ref{r, c};
                    const auto& in = members(ref);
                    const auto d = correction(in);
                    if (d && in.size() > best_count) {
                        best = ref;
                        best_d = *d;
                        best_count = in.size();
                    }
                }
            }
            if (!best) return;
            for (const auto& m : members(*best)) {
                T3Failure& f = explanation_[m.equation];
                f.suspect_cell = *best;
                f.implied = *value(*best) + best_d;
                f.explained = best_count;
                failing_[m.equation] = false;
                residual_[m.equation] = 0;
            }
        }
    }

    // One failing row sum and failing column sums that all contain that row.
    void find_row_suspect() {
        std::vector<std::size_t> rows, columns;
        for (std::size_t e = 0; e < equations_.size(); ++e) {
            if (!failing_[e]) continue;
            (equations_[e].kind == T3Sum::row_total ? rows : columns).push_back(e);
        }
        if (rows.size() != 1 || columns.empty()) return;
        const std::size_t row = equations_[rows.front()].index;
        std::array<std::optional<std::int64_t>, t3_column_count> implied = values_[row];
        for (const std::size_t e : columns) {
            const auto& in = members(T3CellRef{row, equations_[e].index});
            const auto it = std::find_if(in.begin(), in.end(), [&](const Membership& m) { return m.equation == e; });
            if (it == in.end()) return;  // a failing column sum the row is not in
            if (implied[equations_[e].index])
                implied[equations_[e].index] = *values_[row][equations_[e].index] - residual_[e] * it->sign;
        }
        const bool shifted = looks_shifted(values_[row], implied);
        for (const std::size_t e : rows) mark_row(e, row, shifted, columns.size() + 1);
        for (const std::size_t e : columns) mark_row(e, row, shifted, columns.size() + 1);
    }

    void mark_row(std::size_t e, std::size_t row, bool shifted, std::size_t count) {
        T3Failure& f = explanation_[e];
        f.suspect_row = row;
        f.shifted = shifted;
        f.explained = count;
    }

    // The numbers the column sums want are the printed ones moved by one column.
    static bool looks_shifted(const std::array<std::optional<std::int64_t>, t3_column_count>& printed,
                              const std::array<std::optional<std::int64_t>, t3_column_count>& wanted) {
        const auto moved = [&](int by) {
            for (std::size_t c = 0; c < t3_column_count; ++c) {
                const auto from = static_cast<std::ptrdiff_t>(c) - by;
                if (from < 0 || from >= static_cast<std::ptrdiff_t>(t3_column_count)) continue;
                if (printed[static_cast<std::size_t>(from)] != wanted[c]) return false;
            }
            return true;
        };
        return printed != wanted && (moved(1) || moved(-1));
    }

    const T3Table& table_;
    const std::vector<T3Equation>& equations_;
    Values values_;
    std::vector<std::vector<Membership>> members_;
    std::vector<std::int64_t> residual_, lhs_, rhs_;
    std::vector<bool> failing_, known_;
    std::vector<T3Failure> explanation_;
};

}  // namespace

std::vector<T3Equation> t3_equations(const T3Table& table) {
    std::vector<T3Equation> out;
    const Layout layout = table.layout;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        T3Equation eq{T3Sum::row_total, r, {{r, sum_column}}, {}, {r, sum_column}};
        for (std::size_t c = 0; c < sum_column; ++c) eq.rhs.push_back({r, c});
        out.push_back(std::move(eq));
    }
    const std::size_t grant = row_index(layout, "GRANT");
    const std::size_t total = row_index(layout, "TOTAL");
    for (std::size_t c = 0; c < t3_column_count; ++c) {
        T3Equation eq{T3Sum::subtotal, c, {{total, c}}, {}, {total, c}};
        for (std::size_t r = grant; r < total; ++r) eq.rhs.push_back({r, c});
        out.push_back(std::move(eq));
    }
    const std::size_t fresh = row_index(layout, "NEW");
    const std::size_t carry_in = row_index(layout, "CARRY_IN");
    const std::size_t carry_out = row_index(layout, "CARRY_OUT");
    for (std::size_t c = 0; c < t3_column_count; ++c)
        out.push_back({T3Sum::balance, c, {{fresh, c}, {carry_in, c}}, {{total, c}, {carry_out, c}}, {carry_out, c}});
    return out;
}

T3Analysis analyse_t3(const T3Table& table, const std::vector<T3Equation>& equations) {
    return Analyser(table, equations).run();
}

}  // namespace nianbao
