#include "model/truncation.hpp"

#include "model/parse_rules.hpp"
#include "model/table_stream.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace nianbao {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '|'; }

// The last character of the text, less spaces and cell separators.
std::pair<std::size_t, std::string_view> last_character(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && is_space_byte(text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && (static_cast<unsigned char>(text[begin - 1]) & 0xC0) == 0x80) --begin;
    if (begin > 0) --begin;
    return {begin, text.substr(begin, end - begin)};
}

// Where a finished text may end: a sentence end, a bracket or quote closing
// one, a number or a number's unit (a table's last cell), a date.
bool ends_finished(std::string_view last) {
    static constexpr std::array<std::string_view, 18> ends = {"。", "！", "？", "；", "）", ")", "”", "」", ".",
                                                              "!", "?", "日", "元", "件", "个", "项", "条", "%"};
    if (last.size() == 1 && last[0] >= '0' && last[0] <= '9') return true;
    return std::find(ends.begin(), ends.end(), last) != ends.end();
}

// A table row whose last cells were written and left blank (`…办理\t\t\t`,
// `| …办理 | | |`): two or more cell separators after the last text.
bool ends_with_blank_cells(std::string_view text, std::size_t after_last) {
    std::size_t separators = 0;
    for (std::size_t i = after_last; i < text.size(); ++i) separators += text[i] == '\t' || text[i] == '|';
    return separators >= 2;
}

template <typename Table>
void drop_cut_table(std::optional<Table>& table) {
    if (table && !is_complete(*table)) table.reset();
}

}  // namespace

void detect_truncation(Report& report, Emitter& emit) {
    if (report.sections.empty() || report.closing) return;
    const Section& last = report.sections.back();
    if (last.number >= 6) return;
    const std::string_view text = emit.source().text();
    const auto [at, character] = last_character(text);
    if (character.empty() || ends_finished(character) || ends_with_blank_cells(text, at + character.size())) return;
    report.truncated_in = last.number;
    // The cut table's own findings (missing rows, short rows, the cell cut
    // empty) are about the cut.
    const std::size_t body = last.span.offset;
    std::erase_if(report.diagnostics, [&](const Diagnostic& d) {
        return (d.rule.starts_with("P-") || d.rule.starts_with("VAL-")) && d.span.offset >= body;
    });
    switch (last.number) {
        case 2: drop_cut_table(report.t2); break;
        case 3: drop_cut_table(report.t3); break;
        case 4: drop_cut_table(report.t4); break;
        default: break;
    }
    std::size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    emit.emit(rules::p_truncated, ByteRange(line_start, at + character.size() - line_start), last.heading);
}

}  // namespace nianbao
