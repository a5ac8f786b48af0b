#include "model/table_stream.hpp"

#include "model/glued_numbers.hpp"
#include "model/layouts.hpp"
#include "model/normalize.hpp"
#include "model/parse_rules.hpp"
#include "model/table_tokens.hpp"
#include "model/table_vocabulary.hpp"

#include <algorithm>
#include <map>

namespace nianbao {

namespace {

// Readings of one row, and assignments of readings to a table, beyond which
// a glued table is not worth deciding (each is far above what real rows need).
constexpr std::size_t reading_limit = 20000;
constexpr std::size_t search_limit = 2000000;
constexpr std::size_t candidates_shown = 5;

struct StreamRow {
    std::string_view key;  // empty: numbers whose label was lost
    std::string label;     // the matched label, normalised
    std::string canonical;
    ByteRange range;
    std::vector<const TableToken*> numbers;
    // Where the row ends was found by counting its numbers (a row after it
    // lost its label), not by a label: only the row's sum can confirm it.
    bool counted = false;
};

bool is_row_tag(std::string_view tag) { return !tag.empty() && tag.front() != '#'; }

struct Anchor {
    std::string_view key;
    std::string label;
    std::string canonical;
};

// The row label a text ends with: the whole text, or its longest suffix that
// is a row label (a header or group label glued before it, W1/T8). An exact
// label wins over an annotated one: `3.其他（七）总计` is two labels whose
// cells were blank, not `3.其他` with an annotation.
// Failing both, the longest suffix that is a label cut where its cell wrapped
// (Vocabulary::match_cut); its row is then named by the canonical label.
std::optional<Anchor> find_anchor(const std::string& normalized, const Vocabulary& vocabulary) {
    std::optional<Anchor> annotated, cut;
    for (std::size_t i = 0; i < normalized.size();) {
        const std::string_view suffix = std::string_view(normalized).substr(i);
        if (const auto match = vocabulary.match(suffix, false); match && is_row_tag(match->tag)) {
            Anchor anchor{match->tag, std::string(suffix), std::string(match->canonical)};
            if (match->quality == MatchQuality::exact) return anchor;
            if (!annotated) annotated = std::move(anchor);
        } else if (!cut && !annotated) {
            if (const auto wrapped = vocabulary.match_cut(suffix); wrapped && is_row_tag(wrapped->tag))
                cut = Anchor{wrapped->tag, std::string(wrapped->canonical), std::string(wrapped->canonical)};
        }
        i += sequence_length(static_cast<unsigned char>(normalized[i]));
    }
    return annotated ? annotated : cut;
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Rows anchored by their labels; each takes the numbers that follow it until
// a text that is not part of its label, or until it is full. Numbers beyond
// that make rows whose labels were lost — unless the region shows empty cells:
// a blank cell is then invisible in the stream, and counting would shift the
// numbers after it into the wrong row.
std::vector<StreamRow> anchor_rows(const std::vector<TableToken>& tokens, const Vocabulary& vocabulary,
                                   std::size_t width, bool empty_cells) {
    std::vector<StreamRow> rows;
    bool open = false;
    for (const TableToken& token : tokens) {
        if (token.kind == TableToken::Kind::text) {
            const std::string normalized = normalize_label(token.text);
            if (auto anchor = find_anchor(normalized, vocabulary)) {
                rows.push_back({anchor->key, std::move(anchor->label), std::move(anchor->canonical), token.range, {}});
                open = true;
            } else if (open && !rows.back().numbers.empty() &&
                       rows.back().canonical.find(normalized) == std::string::npos) {
                open = false;  // prose, a header or a stray line after the row
            }
            continue;
        }
        const bool full = open && width > 0 && rows.back().numbers.size() >= width &&
                          std::none_of(rows.back().numbers.begin(), rows.back().numbers.end(),
                                       [](const TableToken* n) { return n->glued; });
        if (!open || full) {
            if (rows.empty()) continue;  // numbers before the first label: prose or header
            if (empty_cells && !open) continue;
            if (empty_cells && full) {
                rows.back().numbers.push_back(&token);  // too many: the row stays unread
                continue;
            }
            if (full) rows.back().counted = true;
            rows.push_back({{}, {}, {}, token.range, {}, true});
            open = true;
        }
        rows.back().numbers.push_back(&token);
        rows.back().range.set_length(token.range.end() - rows.back().range.offset());
    }
    return rows;
}

std::string_view without_sign(std::string_view text) {
    return !text.empty() && (text.front() == '-' || text.front() == '+') ? text.substr(1) : text;
}

// Where one number of a row is glued, a run of digits between spaces may be
// glued as well (`321000 134` for 32 1 0 0 0 1 34): lost line breaks and
// cell boundaries leave spaces anywhere.
// The row's numbers as printed, for a diagnostic: `693665` or `321000 134`.
std::string printed_numbers(const StreamRow& row) {
    std::string out;
    for (const TableToken* n : row.numbers) out += (out.empty() ? "" : " ") + n->text;
    return out;
}

// One run of digits standing for a whole row of `cells` cells, with at least
// as many digits (`12001132120500000` between spaces for T4's fifteen): its
// separators were lost, as where it touches a label.
bool one_run_for_the_row(const StreamRow& row, std::size_t cells) {
    return cells > 1 && row.numbers.size() == 1 && row.numbers.front()->kind == TableToken::Kind::number &&
           all_digits(row.numbers.front()->text) && row.numbers.front()->text.size() >= cells;
}

std::vector<RowNumber> row_numbers(const StreamRow& row, std::size_t cells) {
    const bool any_glued =
        one_run_for_the_row(row, cells) ||
        std::any_of(row.numbers.begin(), row.numbers.end(), [](const TableToken* n) { return n->glued; });
    std::vector<RowNumber> numbers;
    for (const TableToken* token : row.numbers)
        numbers.push_back({token->text, token->range, any_glued && all_digits(without_sign(token->text))});
    return numbers;
}

// The readings of a row: the numbers as printed when their count fits and
// none can be more than one number; every cut otherwise.
std::vector<Reading> row_readings(const StreamRow& row, std::size_t cells, bool& glued) {
    const std::vector<RowNumber> numbers = row_numbers(row, cells);
    const bool leading_zero = std::any_of(numbers.begin(), numbers.end(), [](const RowNumber& n) {
        return n.splittable && n.text.size() > 1 && n.text.front() == '0';
    });
    const bool splittable = std::any_of(numbers.begin(), numbers.end(), [](const RowNumber& n) { return n.splittable; });
    glued = splittable && (numbers.size() != cells || leading_zero);
    if (!glued) {
        if (numbers.size() != cells) return {};
        Reading whole;
        for (const RowNumber& n : numbers) whole.push_back({n.range, printed_integer(n.text)});
        return {whole};
    }
    return readings(numbers, cells, reading_limit).value_or(std::vector<Reading>{});
}

class StreamReader {
public:
    StreamReader(TableKind kind, std::deque<std::string>& storage, Emitter& emit)
        : kind_(kind), storage_(storage), emit_(emit) {}

    syntax::Table read(ByteRange region) {
        const auto tokens = tokenize_table(emit_.source().text(), region);
        if (kind_ == TableKind::t4) return t4(tokens, region);
        const auto& vocabulary = kind_ == TableKind::t2 ? table_vocabularies().t2 : table_vocabularies().t3_rows;
        std::vector<StreamRow> rows = anchor_rows(tokens, vocabulary, kind_ == TableKind::t3 ? t3_column_count : 0,
                                                  shows_empty_cells(emit_.source().text(), region));
        if (rows.empty()) return {};
        if (kind_ == TableKind::t2) {
            layout_ = t2_layout(tokens);
        } else {
            const auto layout = t3_layout(rows);
            if (!layout) return {};  // which template the rows belong to is not shown
            layout_ = *layout;
        }
        return table(rows, region);
    }

private:
    static Layout t2_layout(const std::vector<TableToken>& tokens) {
        int hits[2] = {0, 0};
        for (const TableToken& token : tokens) {
            if (token.kind != TableToken::Kind::text) continue;
            const std::string normalized = normalize_label(token.text);
            for (const Layout layout : {Layout::F2019, Layout::F2021})
                for (const auto signature : t2_signature_tokens(layout))
                    if (normalized.find(signature) != std::string::npos) ++hits[layout == Layout::F2019 ? 0 : 1];
        }
        return hits[0] > hits[1] ? Layout::F2019 : Layout::F2021;
    }

    // The two layouts differ in (六)其他处理 only: one row, or three.
    static std::optional<Layout> t3_layout(const std::vector<StreamRow>& rows) {
        for (const StreamRow& row : rows) {
            if (row.key.starts_with("OTHER_")) return Layout::F2021;
            if (row.key == "OTHER") return Layout::F2019;
        }
        return std::nullopt;
    }

    [[nodiscard]] std::size_t cells_of(const StreamRow& row) const {
        if (kind_ == TableKind::t3) return t3_column_count;
        const T2RowSpec* spec = row.key.empty() ? nullptr : find_t2_row(layout_, row.key);
        return spec ? spec->fields.size() : 0;
    }

    syntax::Table table(std::vector<StreamRow>& rows, ByteRange region) {
        std::vector<std::vector<Reading>> candidates(rows.size());
        std::vector<bool> glued(rows.size(), false);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            bool is_glued = false;
            if (const std::size_t cells = cells_of(rows[r]); cells > 0)
                candidates[r] = row_readings(rows[r], cells, is_glued);
            glued[r] = is_glued;
            if (kind_ == TableKind::t3 && rows[r].counted) keep_summing_rows(rows[r], candidates[r]);
        }
        const std::size_t width = kind_ == TableKind::t3 ? t3_column_count : 3;
        const auto constraints = kind_ == TableKind::t3 ? t3_constraints(rows, candidates) : std::vector<SumConstraint>{};
        std::vector<bool> printed(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) printed[r] = !glued[r];
        const Decision decision = decide_readings(candidates, printed, width, constraints, search_limit);
        report_glued(rows, candidates, glued, decision, region);

        syntax::Table out;
        out.range = region;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].key.empty() && !decision.chosen[r]) continue;
            syntax::Row& row = out.rows.emplace_back();
            row.form = syntax::RowForm::tab;
            row.range = rows[r].range;
            if (!rows[r].key.empty()) row.cells.push_back({storage_.emplace_back(rows[r].label), rows[r].range});
            if (decision.chosen[r]) add_cells(row, candidates[r][*decision.chosen[r]]);
        }
        return out;
    }

    // A row bounded by counting is read only as a reading whose six details
    // make its 总计; a blank cell or an error printed in it would otherwise
    // shift numbers into the next row.
    void keep_summing_rows(const StreamRow& row, std::vector<Reading>& candidates) {
        const auto sums = [](const Reading& reading) {
            if (reading.size() != t3_column_count) return false;
            std::int64_t details = 0;
            for (std::size_t c = 0; c + 1 < reading.size(); ++c) {
                if (!reading[c].value) return false;
                details += *reading[c].value;
            }
            return reading.back().value && *reading.back().value == details;
        };
        const std::size_t before = candidates.size();
        std::erase_if(candidates, [&](const Reading& reading) { return !sums(reading); });
        if (before == 0 || !candidates.empty()) return;
        Diagnostic& d = emit_.emit(rules::p_cell_ambiguous, row.range, std::string(table_name()),
                                   row.label.empty() ? std::string("?") : row.label, printed_numbers(row),
                                   t3_column_count);
        Emitter::note(d, emit_.span(row.range), "行的界限只能按数值个数推定，而各列之和不等于总计，无法确认",
                      "the row's bounds could only be counted, and its cells do not sum to its total");
    }

    void add_cells(syntax::Row& row, const Reading& reading) {
        const std::string_view text = emit_.source().text();
        for (const GluedPart& part : reading)
            row.cells.push_back({text.substr(part.range.offset(), part.range.length()), part.range});
    }

    // The sums of T3 (docs/tables.md#t3): each row's six details make its
    // 总计; per column the results make (七)总计, and 新收 + 结转 = 总计 + 结转下年.
    std::vector<SumConstraint> t3_constraints(const std::vector<StreamRow>& rows,
                                              const std::vector<std::vector<Reading>>& candidates) const {
        std::vector<SumConstraint> out;
        std::map<std::string_view, std::size_t> index;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].key.empty() || candidates[r].empty()) continue;
            index.emplace(rows[r].key, r);
            SumConstraint row_sum{{}, {r * t3_column_count + 6}, "各申请人类型之和等于总计"};
            for (std::size_t c = 0; c < 6; ++c) row_sum.left.push_back(r * t3_column_count + c);
            out.push_back(std::move(row_sum));
        }
        const auto canonical = t3_rows(layout_);
        const auto at = [&](std::string_view key) { return index.find(key); };
        for (std::size_t c = 0; c < t3_column_count; ++c) {
            SumConstraint results{{}, {}, "办理结果之和等于（七）总计"};
            bool complete = at("TOTAL") != index.end();
            for (const auto& spec : canonical) {
                if (spec.key == "NEW" || spec.key == "CARRY_IN" || spec.key == "TOTAL" || spec.key == "CARRY_OUT") continue;
                const auto found = at(spec.key);
                if (found == index.end()) complete = false;
                else results.left.push_back(found->second * t3_column_count + c);
            }
            if (complete) {
                results.right.push_back(at("TOTAL")->second * t3_column_count + c);
                out.push_back(std::move(results));
            }
            const auto n = at("NEW"), i = at("CARRY_IN"), t = at("TOTAL"), o = at("CARRY_OUT");
            if (n != index.end() && i != index.end() && t != index.end() && o != index.end())
                out.push_back({{n->second * t3_column_count + c, i->second * t3_column_count + c},
                               {t->second * t3_column_count + c, o->second * t3_column_count + c},
                               "第一项加第二项之和等于第三项加第四项之和"});
        }
        return out;
    }

    // T4: the numbers after the header, 15 of them, four results summing to
    // each block's 总计.
    syntax::Table t4(const std::vector<TableToken>& tokens, ByteRange region) {
        const auto& header = table_vocabularies().t4_header;
        std::size_t first = tokens.size();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].kind != TableToken::Kind::text) continue;
            const std::string normalized = normalize_label(tokens[i].text);
            // A header stacked over lines (PDF text) is one text of pieces
            // (`…结果其他尚未审维持纠正结果结`): any header word marks it.
            for (const auto word : {"总计", "尚未审结", "结果维持", "其他结果", "结果纠正", "维持", "纠正"})
                if (normalized.find(word) != std::string::npos || header.match_exact(normalized)) first = i + 1;
        }
        StreamRow row;
        for (std::size_t i = first; i < tokens.size(); ++i) {
            if (tokens[i].kind == TableToken::Kind::text) {
                if (!row.numbers.empty()) break;
                continue;
            }
            if (row.numbers.empty()) row.range = tokens[i].range;
            row.numbers.push_back(&tokens[i]);
            row.range.set_length(tokens[i].range.end() - row.range.offset());
        }
        if (row.numbers.empty()) return {};
        bool glued = false;
        std::vector<std::vector<Reading>> candidates{row_readings(row, t4_cell_count, glued)};
        std::vector<SumConstraint> constraints;
        for (std::size_t block = 0; block < 3; ++block)
            constraints.push_back({{block * 5, block * 5 + 1, block * 5 + 2, block * 5 + 3}, {block * 5 + 4},
                                   "结果之和等于总计"});
        const Decision decision = decide_readings(candidates, {!glued}, t4_cell_count, constraints, search_limit);
        row.label = "四、政府信息公开行政复议、行政诉讼情况";
        std::vector<StreamRow> rows{row};
        report_glued(rows, candidates, {glued}, decision, region);
        syntax::Table out;
        out.range = region;
        if (!decision.chosen[0]) return out;
        syntax::Row& model_row = out.rows.emplace_back();
        model_row.range = row.range;
        add_cells(model_row, candidates[0][*decision.chosen[0]]);
        return out;
    }

    [[nodiscard]] std::string_view table_name() const {
        return kind_ == TableKind::t2 ? "T2" : kind_ == TableKind::t3 ? "T3" : "T4";
    }

    void report_glued(const std::vector<StreamRow>& rows, const std::vector<std::vector<Reading>>& candidates,
                      const std::vector<bool>& glued, const Decision& decision, ByteRange region) {
        std::size_t split = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (!glued[r]) continue;
            if (decision.chosen[r]) {
                ++split;
                continue;
            }
            const std::string label = rows[r].label.empty() ? std::string("?") : rows[r].label;
            Diagnostic& d = emit_.emit(rules::p_cell_ambiguous, rows[r].range, std::string(table_name()), label,
                                       printed_numbers(rows[r]), cells_count(rows[r]));
            for (std::size_t k = 0; k < candidates[r].size() && k < candidates_shown; ++k)
                Emitter::note(d, emit_.span(rows[r].range), "可能的读法：{0}", "possible reading: {0}",
                              reading_text(candidates[r][k]));
            if (candidates[r].empty())
                Emitter::note(d, emit_.span(rows[r].range), "没有符合表格结构的读法", "no reading fits the table");
        }
        if (split == 0) return;
        Diagnostic& d = emit_.emit(rules::p_cell_split, region, std::string(table_name()), split);
        for (const std::string_view name : decision.deciding)
            Emitter::note(d, emit_.span(region), "起决定作用的关系：{0}", "deciding relation: {0}", std::string(name));
    }

    [[nodiscard]] std::size_t cells_count(const StreamRow& row) const {
        return kind_ == TableKind::t4 ? t4_cell_count : cells_of(row);
    }

    [[nodiscard]] std::string reading_text(const Reading& reading) const {
        std::string out;
        for (const GluedPart& part : reading) {
            if (!out.empty()) out += ' ';
            out += emit_.source().text().substr(part.range.offset(), part.range.length());
        }
        return out;
    }

    TableKind kind_;
    Layout layout_ = Layout::F2021;
    std::deque<std::string>& storage_;
    Emitter& emit_;
};

std::vector<const Cell*> cells_of_table(const T2Table& table) {
    std::vector<const Cell*> out;
    for (const T2Row& row : table.rows)
        for (const Cell& cell : row.cells) out.push_back(&cell);
    return out;
}
std::vector<const Cell*> cells_of_table(const T3Table& table) {
    std::vector<const Cell*> out;
    for (const T3Row& row : table.rows)
        for (const Cell& cell : row.cells) out.push_back(&cell);
    return out;
}
std::vector<const Cell*> cells_of_table(const T4Table& table) {
    std::vector<const Cell*> out;
    for (const Cell& cell : table.cells) out.push_back(&cell);
    return out;
}

bool is_absent(const Cell& cell) { return boost::variant2::holds_alternative<Absent>(cell.content); }

template <typename Table>
bool complete(const Table& table) {
    const auto cells = cells_of_table(table);
    return std::none_of(cells.begin(), cells.end(), [](const Cell* c) { return is_absent(*c); });
}

bool same_reading(const Cell& a, const Cell& b) {
    if (a.content.index() != b.content.index()) return false;
    const Number* x = a.number();
    const Number* y = b.number();
    return !x || (x->text == y->text && x->unit == y->unit);
}

template <typename Table>
bool reads_more(const Table& lines, const Table& stream) {
    const auto old_cells = cells_of_table(lines);
    const auto new_cells = cells_of_table(stream);
    if (old_cells.size() != new_cells.size()) return false;
    std::size_t gained = 0;
    for (std::size_t i = 0; i < old_cells.size(); ++i) {
        if (is_absent(*old_cells[i])) {
            gained += is_absent(*new_cells[i]) ? 0 : 1;
        } else if (!same_reading(*old_cells[i], *new_cells[i])) {
            return false;
        }
    }
    return gained > 0;
}

template <typename Table>
bool any_read(const Table& table) {
    const auto cells = cells_of_table(table);
    return std::any_of(cells.begin(), cells.end(), [](const Cell* c) { return !is_absent(*c); });
}

}  // namespace

bool is_complete(const T2Table& table) { return complete(table); }
bool is_complete(const T3Table& table) { return complete(table); }
bool is_complete(const T4Table& table) { return complete(table); }

bool reads_any(const T2Table& table) { return any_read(table); }
bool reads_any(const T3Table& table) { return any_read(table); }
bool reads_any(const T4Table& table) { return any_read(table); }

bool improves(const T2Table& lines, const T2Table& stream) {
    return lines.layout == stream.layout && reads_more(lines, stream);
}
bool improves(const T3Table& lines, const T3Table& stream) {
    return lines.layout == stream.layout && reads_more(lines, stream);
}
bool improves(const T4Table& lines, const T4Table& stream) { return reads_more(lines, stream); }

syntax::Table stream_table(ByteRange region, TableKind kind, std::deque<std::string>& storage, Emitter& emit) {
    return StreamReader(kind, storage, emit).read(region);
}

}  // namespace nianbao
