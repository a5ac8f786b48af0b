// Facts read from the prose: statistics period, cited notice, dates.
#include "model/metadata.hpp"
#include "model/normalize.hpp"

#include <array>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace nianbao {

namespace {

std::optional<int> four_digits_before(std::string_view text, std::size_t end) {
    if (end < 4) return std::nullopt;
    int year = 0;
    for (std::size_t i = end - 4; i < end; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    return year;
}

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

void read_metadata(Report& report) {
    std::string period_text = report.preamble_text;
    if (const Section* first = report.section(1)) period_text += "\n" + first->text;
    report.period_year = find_period_year(period_text);
    report.declared_format = find_declared_format(period_text);
}

std::optional<int> find_period_year(std::string_view text) {
    const std::string compact = nfkc(remove_spaces(text));
    for (const std::string_view start : {"年1月1日", "年01月01日", "年1月至"}) {
        const auto pos = compact.find(start);
        if (pos != std::string::npos)
            if (auto year = four_digits_before(compact, pos)) return year;
    }
    return std::nullopt;
}

std::optional<std::string> find_declared_format(std::string_view text) {
    const std::string compact = nfkc(remove_spaces(text));
    static constexpr std::pair<std::string_view, std::string_view> brackets[] = {
        {"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"【", "】"}};
    for (const auto& [open, close] : brackets) {
        if (compact.find(fmt::format("{}2021{}30号", open, close)) != std::string::npos) return "2021-30";
        if (compact.find(fmt::format("{}2019{}60号", open, close)) != std::string::npos) return "2019-60";
    }
    return std::nullopt;
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
