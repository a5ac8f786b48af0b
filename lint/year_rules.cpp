// §5.8 Years and dates: the title year, the statistics period, the signature
// date, and years in the prose that do not fit the reporting year Y.
#include "lint/agency_kind.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/prose_patterns.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <tuple>

namespace nianbao::rules {

namespace {

void check_title_year(LintContext& c);
void check_period(LintContext& c);
void check_signed_early(LintContext& c);
void check_signature_year(LintContext& c);
void check_deadline(LintContext& c);
void check_published_late(LintContext& c);
void check_stale_prose(LintContext& c);
void check_future_prose(LintContext& c);

}  // namespace

const LintRule y_title{{
    "Y-TITLE", Severity::error, false,
    "标题中的年份缺失、无法识别或晚于当前年份", "Title year missing, unparseable or later than the current year",
    "标题年份{0}", "title year {0}"}, check_title_year};

const LintRule y_period{{
    "Y-PERIOD", Severity::error, false,
    "统计期限所写年份与报告年度不符", "The statistics period names a year other than Y",
    "统计期限“{0}”写的是 {1} 年，报告年度为 {2} 年", "the statistics period “{0}” names {1}; the report is for {2}"}, check_period};

const LintRule y_sign_early{{
    "Y-SIGN-EARLY", Severity::error, false,
    "落款日期早于报告年度的 12 月 31 日", "Signature date earlier than Y-12-31",
    "落款日期 {0} 早于统计期限结束（{1} 年 12 月 31 日）", "signed {0}, before the period ends ({1}-12-31)"}, check_signed_early};

const LintRule y_sign_year{{
    "Y-SIGN-YEAR", Severity::warning, false,
    "落款年份不是报告年度的次年", "Signature date year ≠ Y+1",
    "落款日期 {0} 不在 {1} 年（报告年度的次年）", "signed {0}, not in {1} (the year after the report's)"}, check_signature_year};

const LintRule y_deadline{{
    "Y-DEADLINE", Severity::info, false,
    "落款日期晚于法定公布期限（部门 1 月 31 日，人民政府 3 月 31 日）",
    "Signature date after Y+1-01-31 (departments) or Y+1-03-31 (governments)",
    "落款日期 {0} 晚于{1}的公布期限 {2}（《条例》第四十九条）",
    "signed {0}, after the publication deadline for {1}, {2} (Regulation Art. 49)"}, check_deadline};

const LintRule y_published_late{{
    "Y-PUBLISHED-LATE", Severity::warning, false,
    "发布日期晚于法定公布期限（部门 1 月 31 日，人民政府 3 月 31 日）",
    "Publication date (crawler or page metadata) after Y+1-01-31 (departments) or Y+1-03-31 (governments)",
    "{3} {0} 晚于{1}的公布期限 {2}（《条例》第四十九条）",
    "published {0} ({3}), after the publication deadline for {1}, {2} (Regulation Art. 49)"}, check_published_late};

const LintRule y_prose_stale{{
    "Y-PROSE-STALE", Severity::info, false,
    "正文把上一年当作本期，可能照抄了上年报告", "Prose anchored to Y−1 as the current period (copied from last year?)",
    "“{0}”把 {1} 年当作本期，报告年度为 {2} 年，是否照抄了上年报告？",
    "“{0}” treats {1} as the current period in a report for {2}: copied from last year's report?"}, check_stale_prose};

const LintRule y_prose_future{{
    "Y-PROSE-FUTURE", Severity::info, false,
    "正文以事实口吻提到报告年度两年以后的年份", "Mentions of years ≥ Y+2 as facts",
    "“{0}”提到 {1} 年，报告年度为 {2} 年", "“{0}” mentions {1} in a report for {2}"}, check_future_prose};

namespace {

int current_year() {
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return static_cast<int>(today.year());
}

std::string date_text(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

void check_title_year(LintContext& c) {
    const Report& r = c.report();
    if (!r.title) return;  // DOC-TITLE-MISSING
    if (!r.year) {
        c.emit().emit(y_title, r.title_span, Message{"无法识别", "cannot be read"});
    } else if (*r.year > current_year()) {
        c.emit().emit(y_title, r.title_span,
                      Message{fmt::format(" {} 晚于当前年份 {}", *r.year, current_year()),
                              fmt::format("{} is later than the current year {}", *r.year, current_year())});
    }
}

struct YearPhrase {
    std::size_t begin;  // the year's first digit
    std::size_t end;
    int year;
};

void check_period(LintContext& c) {
    const Report& r = c.report();
    if (!r.year) return;
    for (const StatedPeriod& period : r.periods)
        if (period.year != *r.year) c.emit().emit(y_period, period.span, period.text, period.year, *r.year);
}

// The signature date and the reporting year, when both are known.
const Date* signature(const Report& r) {
    return r.year && r.closing && r.closing->date ? &*r.closing->date : nullptr;
}

bool before_period_end(const Date& d, int year) { return d.year < year || (d.year == year && (d.month < 12 || d.day < 31)); }

void check_signed_early(LintContext& c) {
    const Report& r = c.report();
    const Date* d = signature(r);
    if (d && before_period_end(*d, *r.year))
        c.emit().emit(y_sign_early, r.closing->date_span, date_text(*d), *r.year);
}

void check_signature_year(LintContext& c) {
    const Report& r = c.report();
    const Date* d = signature(r);
    if (d && d->year != *r.year + 1 && !before_period_end(*d, *r.year))
        c.emit().emit(y_sign_year, r.closing->date_span, date_text(*d), *r.year + 1);
}

// The last day a report of year Y may be published (Regulation Art. 49):
// 31 January for a department, 31 March for a people's government's own.
Date deadline_of(const Report& r, bool government) { return Date{*r.year + 1, government ? 3 : 1, 31}; }

bool after(const Date& d, const Date& limit) {
    return std::tie(d.year, d.month, d.day) > std::tie(limit.year, limit.month, limit.day);
}

Message agency_kind(bool government) {
    return government ? Message{"人民政府", "a people's government"} : Message{"政府部门", "a department"};
}

// The signature date stands in for the publication date only when the
// input gives none (Y-PUBLISHED-LATE).
void check_deadline(LintContext& c) {
    const Report& r = c.report();
    const Date* d = signature(r);
    if (!d || d->year != *r.year + 1 || r.published) return;
    const bool government = r.agency && classify_agency(*r.agency).government;
    const Date deadline = deadline_of(r, government);
    if (!after(*d, deadline)) return;
    c.emit().emit(y_deadline, r.closing->date_span, date_text(*d), agency_kind(government), date_text(deadline));
}

void check_published_late(LintContext& c) {
    const Report& r = c.report();
    if (!r.year || !r.published) return;
    const bool government = r.agency && classify_agency(*r.agency).government;
    const Date deadline = deadline_of(r, government);
    if (!after(r.published->date, deadline)) return;
    c.emit().emit(y_published_late, r.published->span, date_text(r.published->date), agency_kind(government),
                  date_text(deadline), r.published->source);
}

// `截至2023年底`, and `2023年,我局…` at the start of a sentence (Y−1 = 2023).
std::vector<YearPhrase> stale_phrases(const ProseText& prose, int previous) {
    const std::string& text = prose.text();
    std::vector<YearPhrase> found;
    const std::string year = std::to_string(previous);
    for (auto at = find_text(text, year + "年"); at != std::string::npos; at = find_text(text, year + "年", at + 1)) {
        if (!year_before(prose, at + 4) || inside_quotes(text, at)) continue;
        const std::size_t after = at + year.size() + std::string_view("年").size();
        const std::string_view rest = std::string_view(text).substr(after);
        const std::string_view before = std::string_view(text).substr(0, at);
        const bool until_end = (before.ends_with("截至") || before.ends_with("截止")) &&
                               (rest.starts_with("底") || rest.starts_with("末") || rest.starts_with("12月"));
        const bool opens_sentence = (sentence_start(text, at) == at || prose.starts_line(at)) &&
                                    (rest.starts_with(",我") || rest.starts_with(",本"));
        if (until_end)
            found.push_back({at - std::string_view("截至").size(),
                             after + (rest.starts_with("12月") ? std::string_view("12月") : std::string_view("底")).size(),
                             previous});
        if (opens_sentence) found.push_back({at, after + 1 + 3, previous});
    }
    return found;
}

void check_stale_prose(LintContext& c) {
    const Report& r = c.report();
    if (!r.year) return;
    c.for_each_prose([&](const ProseText& prose, int part) {
        if (part == 0 || part == 5) return;  // 五 legitimately discusses last year's problems
        for (const YearPhrase& p : stale_phrases(prose, *r.year - 1))
            c.emit().emit(y_prose_stale, c.phrase_span(prose, p.begin, p.end), c.printed(prose, p.begin, p.end),
                          p.year, *r.year);
    });
}

// A year ≥ Y+2 that is not a plan or target (`到2030年`, `2027年前`, `…将…`).
bool stated_as_fact(std::string_view text, std::size_t begin, std::size_t after) {
    const std::string_view before = text.substr(0, begin);
    for (const std::string_view plan : {"到", "至", "前", "力争", "计划", "预计", "争取", "截至"})
        if (before.ends_with(plan)) return false;
    const std::string_view rest = text.substr(after, sentence_end(text, after) - after);
    for (const std::string_view plan : {"前", "目标", "规划", "远景", "将", "计划", "预计", "力争", "拟"})
        if (find_text(rest, plan) != std::string_view::npos) return false;
    return true;
}

void check_future_prose(LintContext& c) {
    const Report& r = c.report();
    if (!r.year) return;
    c.for_each_prose([&](const ProseText& prose, int) {
        const std::string& text = prose.text();
        for (auto at = find_text(text, "年"); at != std::string::npos; at = find_text(text, "年", at + 1)) {
            const auto year = year_before(prose, at);
            if (!year || *year < *r.year + 2 || *year > 2099 || inside_quotes(text, at - 4)) continue;
            const std::size_t after = at + std::string_view("年").size();
            if (!stated_as_fact(text, at - 4, after)) continue;
            c.emit().emit(y_prose_future, c.phrase_span(prose, at - 4, after), c.printed(prose, at - 4, after), *year,
                          *r.year);
        }
    });
}

constexpr const LintRule* list[] = {&y_title,    &y_period,      &y_sign_early,  &y_sign_year,
                                   &y_deadline, &y_published_late, &y_prose_stale, &y_prose_future};

}  // namespace

std::span<const LintRule* const> year_rules() { return list; }

}  // namespace nianbao::rules
