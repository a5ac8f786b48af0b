#include "input/pdf_layout.hpp"

#include "grammar/parse.hpp"

#include <algorithm>
#include <optional>

namespace nianbao::frontends {

namespace {

// Gaps are measured in font sizes (the median of the line's words): a cell
// gap is half a CJK character or more, a word space a fifth.
constexpr double cell_gap = 0.5;
constexpr double word_space = 0.2;
constexpr double tight_gap = 1.0;    // between wrapped lines of one cell or paragraph
constexpr double edge_margin = 1.5;  // "runs to the right edge"

struct Cell {
    std::string text;
    double x0 = 0, x1 = 0;
};

struct Line {
    std::vector<Cell> cells;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::size_t page = 0;
    bool first_on_page = false;
    double size = 0;  // font size

    [[nodiscard]] double height() const { return std::max(size, 1.0); }
    [[nodiscard]] std::string text() const {
        std::string out;
        for (const auto& cell : cells) out += cell.text;
        return out;
    }
};

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool is_number(std::string_view text) {
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
    if (text.empty() || !(text[0] >= '0' && text[0] <= '9')) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

bool has_number(const Line& line) {
    return std::any_of(line.cells.begin(), line.cells.end(), [](const Cell& c) { return is_number(c.text); });
}

bool is_block_title(const Line& line) { return is_t2_block_title_line(line.text()); }

// `3`, `- 3 -`, `第3页`, `第3页 共9页`, `3/9`.
bool is_page_number(const Line& line) {
    if (line.cells.size() != 1) return false;
    std::string text;
    for (const char c : line.cells[0].text)
        if (c != ' ') text += c;
    for (const std::string_view dash : {"—", "－", "–", "-"}) {
        while (text.starts_with(dash)) text.erase(0, dash.size());
        while (text.ends_with(dash)) text.erase(text.size() - dash.size());
    }
    const auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (digits(text)) return true;
    const auto slash = text.find('/');
    if (slash != std::string::npos) return digits(text.substr(0, slash)) && digits(text.substr(slash + 1));
    return text.starts_with("第") && text.find("页") != std::string::npos && text.size() <= 30;
}

std::vector<Line> lines_of(const PdfPage& page) {
    std::vector<const PdfWord*> words;
    for (const auto& word : page.words) words.push_back(&word);
    std::stable_sort(words.begin(), words.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->y0 + a->y1 < b->y0 + b->y1; });
    std::vector<std::vector<const PdfWord*>> groups;
    double band0 = 0, band1 = 0;
    for (const PdfWord* word : words) {
        const double centre = (word->y0 + word->y1) / 2;
        if (groups.empty() || centre < band0 || centre > band1) {
            groups.emplace_back();
            band0 = word->y0;
            band1 = word->y1;
        }
        groups.back().push_back(word);
    }
    std::vector<Line> lines;
    for (auto& group : groups) {
        std::stable_sort(group.begin(), group.end(), [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
        Line line;
        line.page = page.number;
        line.x0 = group.front()->x0;
        line.y0 = group.front()->y0;
        line.y1 = group.front()->y1;
        std::vector<double> sizes;
        for (const PdfWord* word : group) {
            line.y0 = std::min(line.y0, word->y0);
            line.y1 = std::max(line.y1, word->y1);
            sizes.push_back(word->size > 0 ? word->size : word->y1 - word->y0);
        }
        std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
        line.size = sizes[sizes.size() / 2];
        const double height = line.height();
        for (const PdfWord* word : group) {
            const double gap = line.cells.empty() ? 0 : word->x0 - line.cells.back().x1;
            // Numbers in narrow neighbouring columns may stand closer than a
            // cell gap; two numbers are never one cell.
            const bool number_after_number =
                !line.cells.empty() && is_number(word->text) && is_number(line.cells.back().text);
            if (line.cells.empty() || gap > cell_gap * height || number_after_number) {
                line.cells.push_back({word->text, word->x0, word->x1});
                continue;
            }
            Cell& cell = line.cells.back();
            const bool space = word->x0 - cell.x1 > word_space * height ||
                               (is_ascii_alnum(cell.text.back()) && is_ascii_alnum(word->text.front()));
            if (space) cell.text += ' ';
            cell.text += word->text;
            cell.x1 = std::max(cell.x1, word->x1);
        }
        line.x1 = line.cells.back().x1;
        lines.push_back(std::move(line));
    }
    if (!lines.empty() && is_page_number(lines.back())) lines.pop_back();
    if (!lines.empty() && is_page_number(lines.front())) lines.erase(lines.begin());
    if (!lines.empty()) lines.front().first_on_page = true;
    return lines;
}

double overlap(const Cell& a, const Cell& b) { return std::min(a.x1, b.x1) - std::max(a.x0, b.x0); }

// A label cell of the rows above (a few at most) that `part` stands under:
// the group label of a rowspan is in the group's first row.
Cell* cell_above(std::vector<Line>& rows, const Cell& part) {
    constexpr std::size_t reach = 8;
    for (std::size_t k = rows.size(); k-- > 0 && rows.size() - k <= reach;)
        for (Cell& cell : rows[k].cells)
            if (!is_number(cell.text) && overlap(cell, part) > 0) return &cell;
    return nullptr;
}

// Appends the continuation's cells to the label cells they stand under.
void merge_into(std::vector<Line>& rows, const Line& continuation) {
    Line& row = rows.back();
    for (const Cell& part : continuation.cells) {
        if (Cell* above = cell_above(rows, part)) {
            above->text += part.text;
            above->x1 = std::max(above->x1, part.x1);
            continue;
        }
        Cell* best = nullptr;
        double best_score = -1e300;
        for (Cell& cell : row.cells) {
            if (is_number(cell.text)) continue;
            const double shared = overlap(cell, part);
            const double score = shared > 0 ? shared : -std::abs((cell.x0 + cell.x1) - (part.x0 + part.x1));
            if (score > best_score) {
                best_score = score;
                best = &cell;
            }
        }
        if (!best) {
            row.cells.insert(row.cells.begin(), part);
            continue;
        }
        best->text += part.text;
        best->x0 = std::min(best->x0, part.x0);
        best->x1 = std::max(best->x1, part.x1);
    }
}

class Layout {
public:
    Layout(TextBuilder& out, double right_edge, double left_edge)
        : out_(out), right_edge_(right_edge), left_edge_(left_edge) {}

    void line(const Line& current) {
        if (continues_row(current) || continues_header(current)) return;
        if (current.cells.size() >= 2 || has_number(current) || is_block_title(current)) {
            flush_paragraph();
            rows_.push_back(current);
            join_group_label_tail();
            anchor_ = has_number(current) ? std::optional<std::size_t>(rows_.size() - 1) : std::nullopt;
            previous_ = current;
            return;
        }
        flush_rows();
        text_line(current);
        previous_ = current;
    }

    void finish() {
        flush_rows();
        flush_paragraph();
    }

private:
    // A text line in the label columns of a table: the wrapped part of a label.
    bool continues_row(const Line& current) {
        if (!anchor_ || has_number(current) || is_block_title(current)) return false;
        if (section_heading_number(current.text()) != 0) return false;
        for (const Cell& part : current.cells)
            if (!cell_above(rows_, part)) return false;
        const double gap_above = current.first_on_page ? 0 : current.y0 - previous_.y1;
        if (gap_above > tight_gap * current.height()) return false;
        merge_into(rows_, current);
        previous_ = current;
        return true;
    }

    // A header word wrapped alone onto the next line (`本年收费金额（单` /
    // `位：万元）`, `行政` / `复议`) continues the header cell above it.
    bool continues_header(const Line& current) {
        if (rows_.empty() || anchor_ || current.cells.size() != 1 || is_block_title(current) ||
            section_heading_number(current.text()) != 0)
            return false;
        const double gap_above = current.first_on_page ? 0 : current.y0 - previous_.y1;
        if (gap_above > tight_gap * current.height()) return false;
        Cell* above = cell_above(rows_, current.cells[0]);
        if (!above) return false;
        above->text += current.cells[0].text;
        previous_ = current;
        return true;
    }

    // A group label in a narrow column (`（三）不予` / `公开`) wraps onto the
    // next row's line: a first label cell standing under a label cell of the
    // row above that is not that row's last label belongs to it.
    void join_group_label_tail() {
        if (rows_.size() < 2 || !anchor_ || !has_number(rows_.back())) return;
        Line& row = rows_.back();
        Line& above = rows_[rows_.size() - 2];
        if (row.cells.size() < 3 || is_number(row.cells[0].text) || is_number(row.cells[1].text)) return;
        std::size_t last_label = 0;
        for (std::size_t i = 0; i < above.cells.size() && !is_number(above.cells[i].text); ++i) last_label = i;
        for (std::size_t i = 0; i < last_label; ++i) {
            Cell& cell = above.cells[i];
            if (overlap(cell, row.cells[0]) <= 0) continue;
            cell.text += row.cells[0].text;
            row.cells.erase(row.cells.begin());
            return;
        }
    }

    void flush_rows() {
        for (const Line& row : rows_) {
            std::vector<std::string> cells;
            std::vector<Origin> origins;
            for (const Cell& cell : row.cells) {
                cells.push_back(cell.text);
                origins.push_back(page_origin(row.page));
            }
            if (cells.size() == 1) {
                out_.paragraph(cells[0], origins[0]);  // a block title stands alone on its line
            } else {
                out_.row(cells, origins);
            }
        }
        rows_.clear();
        anchor_.reset();
    }

    static Origin page_origin(std::size_t page) {
        Origin origin;
        origin.page = page;
        return origin;
    }

    void text_line(const Line& current) {
        const std::string text = current.text();
        const bool joins = has_paragraph_ && paragraph_end_ >= right_edge_ - edge_margin * current.height() &&
                           (current.first_on_page || current.y0 - previous_.y1 <= tight_gap * current.height()) &&
                           current.x0 <= left_edge_ + current.height() &&
                           section_heading_number(text) == 0 && !text.starts_with("（") && !text.starts_with("(");
        if (joins) {
            if (is_ascii_alnum(paragraph_.back()) && is_ascii_alnum(text.front())) paragraph_ += ' ';
            paragraph_ += text;
        } else {
            flush_paragraph();
            paragraph_ = text;
            has_paragraph_ = true;
            paragraph_page_ = current.page;
        }
        paragraph_end_ = current.x1;
    }

    void flush_paragraph() {
        if (has_paragraph_) out_.paragraph(paragraph_, page_origin(paragraph_page_));
        paragraph_.clear();
        has_paragraph_ = false;
    }

    TextBuilder& out_;
    double right_edge_;
    double left_edge_;
    std::vector<Line> rows_;     // the table being read
    std::optional<std::size_t> anchor_;  // the last row with numbers
    Line previous_;
    std::string paragraph_;
    bool has_paragraph_ = false;
    std::size_t paragraph_page_ = 0;
    double paragraph_end_ = 0;
};

}  // namespace

void lay_out_pdf(const std::vector<PdfPage>& pages, TextBuilder& out) {
    std::vector<Line> lines;
    for (const auto& page : pages) {
        auto page_lines = lines_of(page);
        lines.insert(lines.end(), std::make_move_iterator(page_lines.begin()), std::make_move_iterator(page_lines.end()));
    }
    if (lines.empty()) return;
    double right = 0, left = 1e300;
    for (const auto& line : lines) {
        right = std::max(right, line.x1);
        left = std::min(left, line.x0);
    }
    Layout layout(out, right, left);
    for (const Line& line : lines) layout.line(line);
    layout.finish();
}

}  // namespace nianbao::frontends
