#include "model/inferred_metadata.hpp"

#include "model/parse_rules.hpp"
#include "model/prose_patterns.hpp"

#include <charconv>
#include <string>
#include <string_view>

namespace nianbao {

namespace {

constexpr std::string_view report_words = "政府信息公开工作年度报告";

// The text of the metadata line `key:` (its value), when a line of the
// folded prose starts with it: [begin, end) of the value.
std::optional<std::pair<std::size_t, std::size_t>> metadata_value(const ProseText& prose, std::string_view key) {
    const std::string& text = prose.text();
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
        const std::size_t begin = at + key.size();
        if (!prose.starts_line(at) || begin >= text.size() || text[begin] != ':') continue;
        std::size_t end = begin + 1;
        while (end < text.size() && !prose.starts_line(end)) ++end;
        if (end > begin + 1) return std::pair{begin + 1, end};
    }
    return std::nullopt;
}

// `平潭综合实验区2021年度政府信息公开工作年度报告`: the agency before the year,
// the year. Only a value shaped like the template's title counts.
struct TitleParts {
    std::string agency;
    std::optional<int> year;
};
std::optional<TitleParts> title_parts(const ProseText& prose, std::size_t begin, std::size_t end) {
    const std::string_view value = std::string_view(prose.text()).substr(begin, end - begin);
    if (value.find("政府信息公开") == std::string_view::npos || !value.ends_with("报告")) return std::nullopt;
    TitleParts parts;
    for (auto at = value.find("年"); at != std::string_view::npos; at = value.find("年", at + 1)) {
        if (const auto year = year_before(prose, begin + at)) {
            parts.year = year;
            parts.agency = std::string(value.substr(0, at - 4));
            break;
        }
    }
    return parts;
}

// `发布时间: 2022-02-08 16:34` (folded: `2022-02-0816:34`).
std::optional<Date> iso_date(std::string_view text) {
    int year = 0, month = 0, day = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto field = [&](std::size_t at, std::size_t n, int& out) {
        return std::from_chars(text.data() + at, text.data() + at + n, out).ec == std::errc();
    };
    if (!field(0, 4, year) || !field(5, 2, month) || !field(8, 2, day)) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return Date{year, month, day};
}

void from_crawler_metadata(Report& report, Emitter& emit) {
    const ProseText& prose = report.metadata_prose;
    if (!report.title) {
        if (const auto value = metadata_value(prose, "标题")) {
            if (const auto parts = title_parts(prose, value->first, value->second)) {
                const ByteRange range = prose.source_range(value->first, value->second);
                report.title = prose.text().substr(value->first, value->second - value->first);
                report.title_span = emit.span(range);
                if (!parts->agency.empty() && !report.agency) report.agency = parts->agency;
                if (parts->year && !report.year) report.year = parts->year;
            }
        }
    }
    // A crawler's `发布时间:`, or the `发布日期：` a web page prints above the report.
    for (const std::string_view key : {std::string_view("发布时间"), std::string_view("发布日期")}) {
        const auto value = metadata_value(prose, key);
        if (!value) continue;
        const std::string_view text = std::string_view(prose.text()).substr(value->first, value->second - value->first);
        if (const auto date = iso_date(text)) {
            report.published = Published{*date, std::string(key), emit.span(prose.source_range(value->first, value->second))};
            return;
        }
    }
}

// Whether `name` can be an agency's name: no punctuation, not `关于…`.
bool is_name(std::string_view name) {
    if (name.empty() || name.find_first_of(",.;:") != std::string_view::npos) return false;
    for (const std::string_view bad : {"关于", "。", "、", "》", "《", "，", "：", "；"})
        if (name.find(bad) != std::string_view::npos) return false;
    return true;
}

// The agency of a title phrase whose year ends at `name_begin` and whose
// report words start at `words`: what stands between them (year first,
// `2025年上海市人民政府办公厅政府信息公开…`), else, in a quoted title
// (`《大芦镇2023年政府信息公开工作年度报告》`), what stands between `《` and the
// year. Unquoted, where an agency-first name starts is not known.
std::string_view phrase_agency(std::string_view text, std::size_t year_begin, std::size_t name_begin,
                               std::size_t words) {
    const std::string_view between = text.substr(name_begin, words - name_begin);
    if (!between.empty()) return is_name(between) ? between : std::string_view{};
    const auto quote = text.rfind("《", year_begin);
    if (quote == std::string_view::npos || year_begin - quote > 90) return {};
    const std::size_t begin = quote + std::string_view("《").size();
    const std::string_view before = text.substr(begin, year_begin - begin);
    return is_name(before) ? before : std::string_view{};
}

// A title run into the preamble (`2025年上海市人民政府办公厅政府信息公开工作
// 年度报告`, or quoted in a sentence): year and agency.
bool from_title_phrase(Report& report, Emitter& emit) {
    const ProseText& prose = report.preamble_prose;
    const std::string& text = prose.text();
    for (auto at = text.find(report_words); at != std::string::npos; at = text.find(report_words, at + 1)) {
        const std::size_t window = std::min<std::size_t>(at, 90);
        const auto year_mark = text.rfind("年", at);
        if (year_mark == std::string::npos || year_mark + window < at) continue;
        const auto year = year_before(prose, year_mark);
        if (!year) continue;
        std::size_t name_begin = year_mark + std::string_view("年").size();
        if (std::string_view(text).substr(name_begin).starts_with("度")) name_begin += std::string_view("度").size();
        const std::string_view name = phrase_agency(text, year_mark - 4, name_begin, at);
        if (name.empty()) continue;
        const ByteRange range = prose.source_range(year_mark - 4, at + report_words.size());
        if (!report.year) {
            report.year = year;
            emit.emit(rules::p_meta_inferred, range, std::string("年度"), std::string("导语"), emit.quote(range));
        }
        if (!report.agency) {
            report.agency = std::string(name);
            emit.emit(rules::p_meta_inferred, range, std::string("机关"), std::string("导语"), std::string(name));
        }
        return true;
    }
    return false;
}

// `我镇2023年政府信息公开工作` in the preamble or section 一: the year only.
void from_work_phrase(Report& report, Emitter& emit) {
    const Section* first = report.section(1);
    const ProseText* const parts[] = {&report.preamble_prose, first ? &first->prose : nullptr};
    for (const ProseText* prose : parts) {
        if (!prose) continue;
        for (const std::string_view phrase : {"年政府信息公开工作", "年度政府信息公开工作"}) {
            const auto at = prose->find(phrase);
            if (at == std::string::npos) continue;
            const auto year = year_before(*prose, at);
            if (!year) continue;
            const ByteRange range = prose->source_range(at - 4, at + phrase.size());
            report.year = year;
            emit.emit(rules::p_meta_inferred, range, std::string("年度"), std::string("正文"), emit.quote(range));
            return;
        }
    }
}

}  // namespace

void infer_metadata(Report& report, Emitter& emit) {
    from_crawler_metadata(report, emit);
    if (report.year && report.agency) return;
    if (from_title_phrase(report, emit) && report.year) return;
    if (!report.year && report.period_year && !report.periods.empty()) {
        report.year = report.period_year;
        const StatedPeriod& period = report.periods.front();
        emit.emit(rules::p_meta_inferred, period.span, std::string("年度"), std::string("统计期限"), period.text);
        return;
    }
    if (!report.year) from_work_phrase(report, emit);
}

}  // namespace nianbao
