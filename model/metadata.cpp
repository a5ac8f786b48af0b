// Facts read from the prose: statistics period, cited notice, dates.
#include "model/metadata.hpp"
#include "model/normalize.hpp"
#include "model/prose_patterns.hpp"

#include <algorithm>

#include <array>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace nianbao {

namespace {

// 〇一二…九十 → value (up to 31 and four-digit years written digit by digit).
std::optional<int> chinese_number(std::string_view text) {
    static constexpr std::array<std::string_view, 10> digits = {"〇", "一", "二", "三", "四",
                                                                "五", "六", "七", "八", "九"};
    int value = 0, pending = 0;
    bool any = false;
    for (std::size_t i = 0; i < text.size();) {
        bool matched = false;
        for (int d = 0; d < 10 && !matched; ++d) {
            if (text.substr(i).starts_with(digits[d])) {
                pending = pending * 10 + d;
                i += digits[d].size();
                matched = any = true;
            }
        }
        if (matched) continue;
        for (const std::string_view zero : {"零", "○", "Ｏ"}) {
            if (!matched && text.substr(i).starts_with(zero)) {
                pending *= 10;
                i += zero.size();
                matched = any = true;
            }
        }
        if (matched) continue;
        if (text.substr(i).starts_with("十")) {
            value += (pending == 0 ? 1 : pending) * 10;
            pending = 0;
            i += std::string_view("十").size();
            any = true;
            continue;
        }
        return std::nullopt;
    }
    return any ? std::optional<int>(value + pending) : std::nullopt;
}

std::optional<int> number_part(std::string_view text) {
    if (text.empty()) return std::nullopt;
    int value = 0;
    bool ascii = true;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            ascii = false;
            break;
        }
        value = value * 10 + (c - '0');
    }
    if (ascii) return value;
    return chinese_number(text);
}

}  // namespace

namespace {

// `2024年1月1日至12月31日`, `统计期限为2024年…`: each stated period, with the
// year it names, in the order found.
void find_periods(const ProseText& prose, const Emitter& emit, std::vector<StatedPeriod>& out) {
    const std::string& text = prose.text();
    std::vector<std::pair<std::size_t, std::size_t>> found;  // phrase in the prose: year's first digit, end
    const auto add = [&](std::size_t begin, std::size_t end, int year) {
        found.emplace_back(begin, end);
        const ByteRange range = prose.source_range(begin, end);
        out.push_back({year, emit.quote(range), emit.span(range)});
    };
    for (const std::string_view start : {"年1月1日", "年01月01日"}) {
        for (auto at = find_text(text, start); at != std::string::npos; at = find_text(text, start, at + 1)) {
            const auto year = year_before(prose, at);
            const auto until = find_text(text, "12月31日", at, at + 40 + std::string_view("12月31日").size());
            if (!year || until == std::string::npos || sentence_end(text, at) < until) continue;
            add(at - 4, until + std::string_view("12月31日").size(), *year);
        }
    }
    for (const std::string_view word : {"统计期限", "统计时限", "统计数据从", "统计时间"}) {
        for (auto at = find_text(text, word); at != std::string::npos; at = find_text(text, word, at + 1)) {
            const auto n = number_after(prose, at + word.size(), {"年"}, 12);
            if (!n || n->end - n->begin != 4) continue;
            const bool seen = std::any_of(found.begin(), found.end(), [&](const auto& p) { return p.first == n->begin; });
            if (!seen) add(at, n->end + n->unit.size(), static_cast<int>(n->value));
        }
    }
}

// The notice cited (`国办公开办函〔2021〕30号` or 〔2019〕60号), in any bracket.
void find_declared_format(const ProseText* const (&parts)[2], const Emitter& emit, Report& report) {
    static constexpr std::pair<std::string_view, std::string_view> brackets[] = {
        {"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"【", "】"}};
    static constexpr std::pair<std::string_view, std::string_view> notices[] = {{"2021-30", "{}2021{}30号"},
                                                                                {"2019-60", "{}2019{}60号"}};
    for (const auto& [open, close] : brackets) {
        for (const auto& [format, pattern] : notices) {
            const std::string citation = fmt::format(fmt::runtime(pattern), open, close);
            for (const ProseText* prose : parts) {
                const auto at = prose ? prose->find(citation) : std::string::npos;
                if (at == std::string::npos) continue;
                report.declared_format = std::string(format);
                report.declared_format_span = emit.span(prose->source_range(at, at + citation.size()));
                return;
            }
        }
    }
}

}  // namespace

void read_metadata(Report& report, const Emitter& emit) {
    const Section* first = report.section(1);
    const ProseText* const parts[2] = {&report.preamble_prose, first ? &first->prose : nullptr};
    for (const ProseText* prose : parts)
        if (prose) find_periods(*prose, emit, report.periods);
    if (!report.periods.empty()) report.period_year = report.periods.front().year;
    find_declared_format(parts, emit, report);
}

std::optional<Date> parse_date(std::string_view text) {
    const std::string compact = nfkc(remove_spaces(text));
    const auto year_end = compact.find("年");
    const auto month_end = compact.find("月", year_end == std::string::npos ? 0 : year_end);
    auto day_end = compact.find("日", month_end == std::string::npos ? 0 : month_end);
    if (day_end == std::string::npos) day_end = compact.find("号", month_end == std::string::npos ? 0 : month_end);
    if (year_end == std::string::npos || month_end == std::string::npos || day_end == std::string::npos)
        return std::nullopt;
    const std::string_view view(compact);
    const auto year = number_part(view.substr(0, year_end));
    const std::size_t month_begin = year_end + std::string_view("年").size();
    const auto month = number_part(view.substr(month_begin, month_end - month_begin));
    const std::size_t day_begin = month_end + std::string_view("月").size();
    const auto day = number_part(view.substr(day_begin, day_end - day_begin));
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
    return Date{*year, *month, *day};
}

}  // namespace nianbao
