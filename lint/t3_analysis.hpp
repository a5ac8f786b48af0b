// The arithmetic of T3 (docs/tables.md#t3-arithmetic) as a system of sums, and the search
// for the few cells that explain its failures.
//
// Every T3 cell is in its row's sum (T3-TOTALCOL) and in one or two column
// equations (T3-SUBTOTAL for the result rows and （七）总计, T3-BALANCE for 一,
// 二, （七）总计 and 四). One wrong cell therefore breaks exactly the sums it is
// in, by the same amount. The analysis looks for the causes that explain the
// most failing sums, greedily: a cell all of whose sums fail and that would
// satisfy all of them with one corrected value (the prime suspect: a cell in a
// failing row sum and a failing column sum), or a whole row whose corrected
// cells would satisfy the failing column sums and still add up (a row shifted
// by a split or merged cell). What no cause explains is reported at the sum's
// own total cell.
#pragma once

#include "model/model.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace nianbao {

struct T3CellRef {
    std::size_t row = 0;  // index into T3Table::rows (canonical order)
    std::size_t col = 0;  // 0…6: NP … SUM
    friend bool operator==(const T3CellRef&, const T3CellRef&) = default;
};

enum class T3Sum { row_total, subtotal, balance };

struct T3Equation {
    T3Sum kind;
    std::size_t index = 0;       // the row (row_total) or the column (subtotal, balance)
    std::vector<T3CellRef> lhs;  // Σ lhs must equal Σ rhs
    std::vector<T3CellRef> rhs;
    T3CellRef anchor;            // the sum's own total cell
};

[[nodiscard]] std::vector<T3Equation> t3_equations(const T3Table& table);

struct T3Failure {
    const T3Equation* equation = nullptr;
    std::int64_t lhs = 0;
    std::int64_t rhs = 0;
    // A single cell explaining this failure and `explained` failures in all.
    std::optional<T3CellRef> suspect_cell;
    std::int64_t implied = 0;  // the suspect cell's value that satisfies them
    // Or a whole row explaining this failure and `explained` failures in all.
    std::optional<std::size_t> suspect_row;
    bool shifted = false;  // the row's numbers look moved by one column
    std::size_t explained = 0;
};

struct T3Skipped {
    const T3Equation* equation = nullptr;
    T3CellRef unknown;  // the first cell that could not be read
};

struct T3Analysis {
    std::vector<T3Failure> failures;  // in equation order
    std::vector<T3Skipped> skipped;
};

[[nodiscard]] T3Analysis analyse_t3(const T3Table& table, const std::vector<T3Equation>& equations);

}  // namespace nianbao
