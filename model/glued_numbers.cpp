#include "model/glued_numbers.hpp"

#include <algorithm>
#include <set>

namespace nianbao {

namespace {

// Values longer than this are not counts of a report (and would overflow).
constexpr std::size_t longest_value = 15;

std::int64_t digits_value(std::string_view digits) {
    std::int64_t value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
}

}  // namespace

std::optional<std::int64_t> printed_integer(std::string_view text) {
    const bool negative = !text.empty() && text.front() == '-';
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
    std::int64_t value = 0;
    std::size_t digits = 0, i = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',') continue;
        if (c < '0' || c > '9') break;
        if (++digits > longest_value) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (digits == 0) return std::nullopt;
    const std::string_view rest = text.substr(i);
    if (rest.starts_with(".") || rest.starts_with("．")) return std::nullopt;
    return negative ? -value : value;
}

namespace {

class ReadingEnumerator {
public:
    ReadingEnumerator(const std::vector<RowNumber>& numbers, std::size_t cells, std::size_t limit)
        : numbers_(numbers), cells_(cells), limit_(limit) {}

    std::optional<std::vector<Reading>> run() {
        token(0, 0);
        if (overflow_) return std::nullopt;
        return std::move(out_);
    }

private:
    // Cells the tokens from `from` on need at least (one each).
    [[nodiscard]] std::size_t at_least(std::size_t from) const { return numbers_.size() - from; }

    void token(std::size_t index, std::size_t filled) {
        if (overflow_) return;
        if (index == numbers_.size()) {
            if (filled == cells_) {
                if (out_.size() == limit_) overflow_ = true;
                else out_.push_back(current_);
            }
            return;
        }
        const RowNumber& number = numbers_[index];
        if (!number.splittable) {
            if (filled + at_least(index) > cells_) return;
            current_.push_back({number.range, printed_integer(number.text)});
            token(index + 1, filled + 1);
            current_.pop_back();
            return;
        }
        cut(index, number.text.front() == '-' || number.text.front() == '+' ? 1 : 0, filled);
    }

    // Cuts the digits of token `index` from `at` on into one or more parts.
    void cut(std::size_t index, std::size_t at, std::size_t filled) {
        const RowNumber& number = numbers_[index];
        const std::string_view digits = number.text;
        if (at == digits.size()) {
            token(index + 1, filled);
            return;
        }
        if (filled + 1 + at_least(index + 1) > cells_) return;
        // A sign (`行政处罚30-514`: 30 −5 14) belongs to the first part.
        const bool signed_part = at == 1 && (digits[0] == '-' || digits[0] == '+');
        const std::size_t from = signed_part ? 0 : at;
        const std::size_t longest = digits[at] == '0' ? 1 : std::min(longest_value, digits.size() - at);
        for (std::size_t length = 1; length <= longest && !overflow_; ++length) {
            const ByteRange range(number.range.offset() + from, at + length - from);
            const std::int64_t value = digits_value(digits.substr(at, length));
            current_.push_back({range, digits[0] == '-' && signed_part ? -value : value});
            cut(index, at + length, filled + 1);
            current_.pop_back();
        }
    }

    const std::vector<RowNumber>& numbers_;
    std::size_t cells_;
    std::size_t limit_;
    bool overflow_ = false;
    Reading current_;
    std::vector<Reading> out_;
};

// The readings each row keeps under the constraints on that row alone (a T3
// row's sum) are found first, row by row; only rows tied together by
// constraints over several rows are searched together. Rows tied to no other
// row are decided on their own, so independent ambiguous rows do not
// multiply.
class Search {
public:
    Search(const std::vector<std::vector<Reading>>& candidates, const std::vector<bool>& printed, std::size_t width,
           const std::vector<SumConstraint>& constraints, std::size_t limit)
        : candidates_(candidates), printed_(printed), width_(width), limit_(limit), assigned_(candidates.size()),
          allowed_(candidates.size()), linked_(candidates.size(), false), seen_(candidates.size()) {
        std::vector<std::vector<const SumConstraint*>> own(candidates.size());
        checks_at_.resize(candidates.size());
        for (const SumConstraint& constraint : constraints) {
            std::set<std::size_t> rows;
            bool usable = true;
            for (const auto* side : {&constraint.left, &constraint.right})
                for (const std::size_t cell : *side) {
                    rows.insert(cell / width_);
                    usable = usable && !candidates_[cell / width_].empty();
                }
            // One over a row without readings cannot be checked and is left out.
            if (!usable || rows.empty()) continue;
            if (rows.size() == 1) {
                own[*rows.begin()].push_back(&constraint);
                continue;
            }
            // Checked once the last row it reads is assigned.
            checks_at_[*rows.rbegin()].push_back(&constraint);
            for (const std::size_t r : rows) linked_[r] = true;
        }
        for (std::size_t r = 0; r < candidates.size(); ++r) {
            for (std::size_t k = 0; k < candidates[r].size(); ++k) {
                assigned_[r] = k;
                if (holds(own[r])) allowed_[r].push_back(k);
            }
        }
    }

    Decision run() {
        row(0);
        Decision decision;
        decision.chosen.resize(candidates_.size());
        for (std::size_t r = 0; r < candidates_.size(); ++r) {
            if (candidates_[r].size() == 1 && r < printed_.size() && printed_[r]) decision.chosen[r] = 0;
            else if (!linked_[r] && allowed_[r].size() == 1) decision.chosen[r] = allowed_[r].front();
            else if (linked_[r] && !exhausted_ && seen_[r].size() == 1) decision.chosen[r] = *seen_[r].begin();
        }
        decision.deciding.assign(failed_.begin(), failed_.end());
        return decision;
    }

private:
    [[nodiscard]] std::optional<std::int64_t> value(std::size_t cell) const {
        const std::size_t r = cell / width_;
        const Reading& reading = candidates_[r][assigned_[r]];
        const std::size_t column = cell % width_;
        return column < reading.size() ? reading[column].value : std::nullopt;
    }

    // A constraint with a cell that is no integer cannot be checked, so it
    // removes no reading.
    bool holds(const std::vector<const SumConstraint*>& checks) {
        for (const SumConstraint* constraint : checks) {
            std::int64_t sum = 0;
            bool checkable = true;
            for (const std::size_t cell : constraint->left) {
                const auto v = value(cell);
                checkable = checkable && v.has_value();
                sum += v.value_or(0);
            }
            for (const std::size_t cell : constraint->right) {
                const auto v = value(cell);
                checkable = checkable && v.has_value();
                sum -= v.value_or(0);
            }
            if (checkable && sum != 0) {
                failed_.insert(constraint->name);
                return false;
            }
        }
        return true;
    }

    void row(std::size_t r) {
        if (exhausted_) return;
        if (++visited_ > limit_) {
            exhausted_ = true;
            return;
        }
        if (r == candidates_.size()) {
            for (std::size_t k = 0; k < r; ++k)
                if (linked_[k]) seen_[k].insert(assigned_[k]);
            return;
        }
        if (!linked_[r]) {
            row(r + 1);
            return;
        }
        for (const std::size_t k : allowed_[r]) {
            if (exhausted_) break;
            assigned_[r] = k;
            if (holds(checks_at_[r])) row(r + 1);
        }
    }

    const std::vector<std::vector<Reading>>& candidates_;
    const std::vector<bool>& printed_;
    std::size_t width_;
    std::size_t limit_;
    std::size_t visited_ = 0;
    bool exhausted_ = false;
    std::vector<std::size_t> assigned_;
    std::vector<std::vector<std::size_t>> allowed_;  // per row: readings its own constraints keep
    std::vector<bool> linked_;                       // in a constraint over several rows
    std::vector<std::set<std::size_t>> seen_;
    std::vector<std::vector<const SumConstraint*>> checks_at_;
    std::set<std::string_view> failed_;
};

}  // namespace

std::optional<std::vector<Reading>> readings(const std::vector<RowNumber>& numbers, std::size_t cells,
                                             std::size_t limit) {
    return ReadingEnumerator(numbers, cells, limit).run();
}

Decision decide_readings(const std::vector<std::vector<Reading>>& candidates, const std::vector<bool>& printed,
                         std::size_t width,
                         const std::vector<SumConstraint>& constraints, std::size_t limit) {
    return Search(candidates, printed, width, constraints, limit).run();
}

}  // namespace nianbao
