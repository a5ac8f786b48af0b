#include "lint/t3_analysis.hpp"

#include "lint/lint_context.hpp"

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
        find_suspects();
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

    struct Candidate {
        std::optional<T3CellRef> cell;
        std::optional<std::size_t> row;
        std::array<std::optional<std::int64_t>, t3_column_count> implied{};  // row: the values it would need
        std::int64_t d = 0;                                                  // cell: the correction
        std::vector<std::size_t> explained;
    };

    std::optional<Candidate> cell_candidate(const T3CellRef& ref) {
        const auto& in = members(ref);
        const auto d = correction(in);
        if (!d) return std::nullopt;
        Candidate c{ref, std::nullopt, {}, *d, {}};
        for (const auto& m : in) c.explained.push_back(m.equation);
        return c;
    }

    // A whole row: each of its cells corrected by the failing column sums it is
    // in (consistently, and none of them passing), two cells at least, and
    // the corrected row adds up.
    std::optional<Candidate> row_candidate(std::size_t row) {
        Candidate c{std::nullopt, row, values_[row], 0, {}};
        std::size_t changed = 0;
        std::optional<std::size_t> row_sum;
        for (std::size_t col = 0; col < t3_column_count; ++col) {
            std::optional<std::int64_t> d;
            for (const auto& m : members(T3CellRef{row, col})) {
                if (equations_[m.equation].kind == T3Sum::row_total) {
                    row_sum = m.equation;
                    continue;
                }
                // A passing sum keeps the cell as it is (d = 0).
                const std::int64_t here = failing_[m.equation] ? -residual_[m.equation] * m.sign : 0;
                if (d && *d != here) return std::nullopt;
                d = here;
                if (failing_[m.equation]) c.explained.push_back(m.equation);
            }
            if (!d || *d == 0) continue;
            if (!c.implied[col]) return std::nullopt;
            c.implied[col] = *c.implied[col] + *d;
            ++changed;
        }
        if (changed < 2 || !row_sum) return std::nullopt;
        std::int64_t parts = 0;
        for (std::size_t col = 0; col + 1 < t3_column_count; ++col) parts += *c.implied[col];
        if (parts != *c.implied[t3_column_count - 1]) return std::nullopt;
        if (failing_[*row_sum]) c.explained.push_back(*row_sum);
        return c;
    }

    // Greedy: the cause explaining the most failing sums first (a cell before
    // a row that explains no more), until nothing explains two or more.
    void find_suspects() {
        for (;;) {
            std::optional<Candidate> best;
            const auto consider = [&](std::optional<Candidate> c) {
                if (c && c->explained.size() >= 2 && (!best || c->explained.size() > best->explained.size()))
                    best = std::move(c);
            };
            for (std::size_t r = 0; r < table_.rows.size(); ++r)
                for (std::size_t col = 0; col < t3_column_count; ++col) consider(cell_candidate({r, col}));
            for (std::size_t r = 0; r < table_.rows.size(); ++r) consider(row_candidate(r));
            if (!best) return;
            const bool shifted = best->row && looks_shifted(values_[*best->row], best->implied);
            for (const std::size_t e : best->explained) {
                T3Failure& f = explanation_[e];
                f.suspect_cell = best->cell;
                if (best->cell) f.implied = *value(*best->cell) + best->d;
                f.suspect_row = best->row;
                f.shifted = shifted;
                f.explained = best->explained.size();
                failing_[e] = false;
                residual_[e] = 0;
            }
        }
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
