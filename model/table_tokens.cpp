#include "model/table_tokens.hpp"

#include "input/utf8.hpp"

#include <algorithm>
#include <array>

namespace nianbao {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_bar_line(std::string_view line) { return line == "|" || line == "｜"; }

std::string_view trim_line(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    return line;
}

// Separators carry no meaning in the stream: they end a number, and inside a
// label they are wrap artefacts. Markdown's `#` and `|---|` rules count too.
std::size_t separator_length(std::string_view t, std::size_t i) {
    const char c = t[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == '|' || c == '#' || c == '\f' || c == '\v') return 1;
    if (c == '-' || c == '+') return i + 1 < t.size() && is_digit(t[i + 1]) ? 0 : 1;
    for (const std::string_view s : {"｜", "\u00A0", "\u3000", "—", "–", "\u200B"})
        if (t.substr(i).starts_with(s)) return s.size();
    return 0;
}

bool is_dash(std::string_view t, std::size_t i) {
    return t[i] == '-' || t.substr(i).starts_with("—") || t.substr(i).starts_with("–");
}

std::size_t skip_dashes_and_spaces(std::string_view t, std::size_t i, std::size_t end, bool& saw_dash) {
    while (i < end) {
        if (is_dash(t, i)) {
            saw_dash = true;
            i += t[i] == '-' ? 1 : 3;
        } else if (t[i] == ' ' || t.substr(i).starts_with("\u00A0")) {
            i += t[i] == ' ' ? 1 : 2;
        } else {
            break;
        }
    }
    return i;
}

// `— 4 —`, `-2-`: a page number between dashes. Returns its end, or `i`.
std::size_t page_number_end(std::string_view t, std::size_t i, std::size_t end) {
    bool before = false, after = false;
    std::size_t j = skip_dashes_and_spaces(t, i, end, before);
    const std::size_t digits = j;
    while (j < end && is_digit(t[j])) ++j;
    if (!before || j == digits || j - digits > 3) return i;
    j = skip_dashes_and_spaces(t, j, end, after);
    return after ? j : i;
}

// A bracketed run closed on the same line: label text, numbers and all.
std::size_t bracket_end(std::string_view t, std::size_t i, std::size_t end) {
    constexpr std::size_t longest = 300;
    const bool wide = t.substr(i).starts_with("（");
    if (!wide && t[i] != '(') return i;
    const std::size_t limit = std::min(end, i + longest);
    for (std::size_t j = i + (wide ? 3 : 1); j < limit; ++j) {
        if (t[j] == '\n' || t[j] == '\r') return i;
        if (t[j] == ')') return j + 1;
        if (t.substr(j).starts_with("）")) return j + 3;
    }
    return i;
}

constexpr std::array<std::string_view, 6> units{"万元", "元", "件", "个", "条", "项"};

struct NumberScan {
    std::size_t end = 0;          // after the number (and its unit)
    std::size_t digits_end = 0;   // after the number, before the unit
    bool enumerator_follows = false;
};

// From a digit (or sign): digits, groups `,ddd`, a fraction, a unit. The last
// digit before `.`/`、` and a non-digit is the next label's enumerator.
NumberScan scan_number(std::string_view t, std::size_t i, std::size_t end) {
    std::size_t j = i + (t[i] == '-' || t[i] == '+' ? 1 : 0);
    while (j < end && is_digit(t[j])) ++j;
    while (j + 3 < end && t[j] == ',' && is_digit(t[j + 1]) && is_digit(t[j + 2]) && is_digit(t[j + 3]) &&
           (j + 4 >= end || !is_digit(t[j + 4])))
        j += 4;
    const bool dot = j < end && (t[j] == '.' || t.substr(j).starts_with("．"));
    const std::size_t dot_length = dot && t[j] != '.' ? 3 : 1;
    if (dot && j + dot_length < end && is_digit(t[j + dot_length])) {
        j += dot_length;
        while (j < end && is_digit(t[j])) ++j;
    } else if (dot || (j < end && t.substr(j).starts_with("、"))) {
        return {j, j, true};
    }
    NumberScan scan{j, j, false};
    for (const std::string_view unit : units)
        if (t.substr(j, unit.size()) == unit && j + unit.size() <= end) {
            scan.end = j + unit.size();
            break;
        }
    return scan;
}

class Tokenizer {
public:
    Tokenizer(std::string_view text, ByteRange region) : t_(text), end_(std::min(region.end(), text.size())) {
        i_ = std::min(region.offset(), end_);
    }

    std::vector<TableToken> run() {
        while (i_ < end_) step();
        close_text();
        return std::move(tokens_);
    }

private:
    void step() {
        if (at_line_start() && blank_cell_line()) return;
        if (const std::size_t page_end = is_dash(t_, i_) ? page_number_end(t_, i_, end_) : i_; page_end > i_) {
            separated_ = true;
            i_ = page_end;
            return;
        }
        if (const std::size_t sep = separator_length(t_, i_); sep > 0) {
            separated_ = true;
            i_ += sep;
            return;
        }
        if (is_digit(t_[i_]) || t_[i_] == '-' || t_[i_] == '+') {
            number();
            return;
        }
        std::size_t next = bracket_end(t_, i_, end_);
        if (next == i_) next = i_ + sequence_length(static_cast<unsigned char>(t_[i_]));
        append_text(i_, std::min(next, end_));
        i_ = std::min(next, end_);
    }

    [[nodiscard]] bool at_line_start() const { return i_ == 0 || t_[i_ - 1] == '\n'; }

    // The line from `begin`, without its line end.
    [[nodiscard]] std::string_view line_from(std::size_t begin) const {
        const std::size_t end = std::min(t_.find('\n', begin), end_);
        return t_.substr(begin, end - begin);
    }

    // A line that is a blank cell (TableToken::Kind::blank) becomes one token.
    bool blank_cell_line() {
        const std::string_view line = line_from(i_);
        bool blank = is_wide_space_blank(line);
        if (!blank && trim_line(line).empty() && i_ > 0 && i_ + line.size() < end_) {
            const std::size_t before = i_ >= 2 ? t_.rfind('\n', i_ - 2) : std::string_view::npos;
            const std::size_t previous_start = before == std::string_view::npos ? 0 : before + 1;
            const std::string_view previous = t_.substr(previous_start, i_ - 1 - previous_start);
            blank = is_bar_line(trim_line(previous)) && is_bar_line(trim_line(line_from(i_ + line.size() + 1)));
        }
        if (!blank) return false;
        close_text();
        tokens_.push_back({TableToken::Kind::blank, ByteRange(i_, line.size()), {}, false});
        separated_ = true;
        i_ = std::min(i_ + line.size() + 1, end_);  // and its line end: the next step starts a line
        return true;
    }

    void number() {
        const NumberScan scan = scan_number(t_, i_, end_);
        std::size_t digits_end = scan.digits_end;
        if (scan.enumerator_follows) {
            // `…00000002.其他法律…`: the `2` is the label's; `0000000` stays a number.
            const std::size_t enumerator = digits_end - 1;
            if (enumerator > i_) push_number(i_, enumerator, enumerator, true);
            append_text(enumerator, scan.end);
            i_ = scan.end;
            return;
        }
        push_number(i_, scan.end, digits_end, false);
        i_ = scan.end;
    }

    void push_number(std::size_t begin, std::size_t end, std::size_t digits_end, bool text_follows) {
        close_text();
        const bool touches_before = !separated_ && !tokens_.empty();
        const bool touches_after = text_follows || (end < end_ && separator_length(t_, end) == 0);
        // No count is printed `000`: digits after a leading zero are other cells.
        const bool leading_zero = digits_end - begin > 1 && t_[begin] == '0' && is_digit(t_[begin + 1]);
        TableToken token{TableToken::Kind::number, ByteRange(begin, end - begin), std::string(t_.substr(begin, end - begin)),
                         touches_before || touches_after || leading_zero};
        tokens_.push_back(std::move(token));
        separated_ = false;
    }

    void append_text(std::size_t begin, std::size_t end) {
        if (!text_open_) {
            text_ = TableToken{TableToken::Kind::text, ByteRange(begin, 0), {}, false};
            text_open_ = true;
        }
        text_.text.append(t_.substr(begin, end - begin));
        text_.range.set_length(end - text_.range.offset());
        separated_ = false;
    }

    void close_text() {
        if (!text_open_) return;
        tokens_.push_back(std::move(text_));
        text_open_ = false;
    }

    std::string_view t_;
    std::size_t end_;
    std::size_t i_ = 0;
    bool separated_ = true;  // a separator (or the region's start) since the last token
    bool text_open_ = false;
    TableToken text_;
    std::vector<TableToken> tokens_;
};

}  // namespace

namespace {

bool is_cell_separator(std::string_view t, std::size_t i) {
    return t[i] == '\t' || t[i] == '|' || t.substr(i).starts_with("｜");
}

// `12\t\t5`, `| 3 |   | 4 |`: a number, a separator, nothing, a separator,
// and a number after it. (Empty fields before a row's numbers are merge
// artefacts of the label columns; after the last one, an extra column.)
bool empty_field_between_numbers(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!is_digit(line[i])) continue;
        std::size_t j = i + 1;
        while (j < line.size() && line[j] == ' ') ++j;
        if (j >= line.size() || !is_cell_separator(line, j)) continue;
        j += line[j] == '\t' || line[j] == '|' ? 1 : 3;
        while (j < line.size() && (line[j] == ' ' || line.substr(j).starts_with("\u00A0")))
            j += line[j] == ' ' ? 1 : 2;
        if (j < line.size() && is_cell_separator(line, j) &&
            std::any_of(line.begin() + static_cast<std::ptrdiff_t>(j), line.end(), is_digit))
            return true;
    }
    return false;
}

}  // namespace

bool is_wide_space_blank(std::string_view line) {
    bool wide = false;
    for (std::size_t i = 0; i < line.size();) {
        if (line.substr(i).starts_with("\u00A0")) {
            wide = true;
            i += 2;
        } else if (line.substr(i).starts_with("\u3000")) {
            wide = true;
            i += 3;
        } else if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
        } else {
            return false;
        }
    }
    return wide;
}

bool shows_empty_cells(std::string_view source_text, ByteRange region) {
    const std::size_t begin = std::min(region.offset(), source_text.size());
    const std::string_view text = source_text.substr(begin, std::min(region.end(), source_text.size()) - begin);
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view raw = text.substr(start, end - start);
        if (empty_field_between_numbers(raw)) return true;
        start = end + 1;
    }
    return false;
}

std::vector<TableToken> tokenize_table(std::string_view source_text, ByteRange region) {
    return Tokenizer(source_text, region).run();
}

}  // namespace nianbao
