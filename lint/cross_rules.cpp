// §5.7 Prose ↔ table cross-checks: what the text says about applications,
// litigation, fees and 规范性文件, compared with the tables. The text is read
// heuristically, so these are warnings at most, and each points at the phrase.
#include "model/cell_names.hpp"
#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/prose_patterns.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nianbao::rules {

namespace {

void check_no_applications(LintContext& c);
void check_application_count(LintContext& c);
void check_no_litigation(LintContext& c);
void check_fee_without_applications(LintContext& c);
void check_fee_amount(LintContext& c);
void check_normdoc_count(LintContext& c);

}  // namespace

const LintRule x_noapp{{
    "X-NOAPP", Severity::warning, true,
    "文中称未收到申请，但表三本年新收申请大于 0", "The text says no applications were received, but T3 counts new applications (总计 > 0)",
    "文中称“{0}”，但 T3 本年新收申请总计为 {1}", "the text says “{0}”, but T3 counts {1} new applications (本年新收…总计)"}, check_no_applications};

const LintRule x_app_count{{
    "X-APP-COUNT", Severity::warning, false,
    "文中的申请数与表三不符", "The number of applications in the text differs from T3",
    "文中称“{0}”，但 T3 本年新收为 {1} 件，加上年结转为 {2} 件",
    "the text says “{0}”, but T3 has {1} new applications, {2} with those carried over"}, check_application_count};

const LintRule x_nolitig{{
    "X-NOLITIG", Severity::warning, false,
    "文中称没有行政复议、行政诉讼，但表四不为 0", "The text says there were no reviews or suits, but T4 counts some",
    "文中称“{0}”，但 T4 中行政复议、行政诉讼总计为 {1} 件",
    "the text says “{0}”, but T4 counts {1} reviews and suits"}, check_no_litigation};

const LintRule x_fee_noapp{{
    "X-FEE-NOAPP", Severity::warning, false,
    "第六部分称收取了信息处理费，但表三没有任何申请",
    "Section 六 states a fee > 0, but T3 has no applications",
    "第六部分称“{0}”，但 T3 本年新收与上年结转申请均为 0",
    "section 六 says “{0}”, but T3 has no new or carried-over applications"}, check_fee_without_applications};

const LintRule x_fee_parse{{
    "X-FEE-PARSE", Severity::info, false,
    "从第六部分读出的信息处理费金额", "Section 六 fee amount extracted",
    "信息处理费：{0} {1}", "information-processing fee: {0} {1}"}, check_fee_amount};

const LintRule x_normdoc_text{{
    "X-NORMDOC-TEXT", Severity::info, false,
    "文中制发规范性文件的件数与表二不同", "The text counts 规范性文件 issued differently from T2",
    "文中称“{0}”，T2 本年制发规范性文件为 {1} 件（文中件数常包含其他类别）",
    "the text says “{0}”, T2 has {1} 规范性文件 made (counts in the text often include other kinds)"}, check_normdoc_count};

namespace {

// The end of the clause at `pos`: the next `,` or sentence end.
std::size_t clause_end(std::string_view text, std::size_t pos) {
    const std::size_t sentence = sentence_end(text, pos);
    return std::min(sentence, find_text(text, ",", pos, sentence));
}
std::size_t clause_start(std::string_view text, std::size_t pos) {
    const std::size_t sentence = sentence_start(text, pos);
    const auto comma = rfind_text(text, ",", sentence, pos);
    return comma != std::string_view::npos ? comma + 1 : sentence;
}

// T3“本年新收…”行“总计”列: the 总计 cell of a row, by its label.
Message sum_name(const Report& r, std::string_view row_key) {
    return cell_name("T3", r.t3->layout, row_key, t3_columns()[t3_column_count - 1].key);
}

// A T3 cell the rule needs, or nothing after P-SKIPPED.
std::optional<std::int64_t> t3_sum(LintContext& c, const RuleDef& rule, std::string_view row_key) {
    const Report& r = c.report();
    const T3Row* row = r.t3 ? r.t3->row(row_key) : nullptr;
    if (!row) return std::nullopt;
    const Cell& sum = row->cells[t3_column_count - 1];
    const auto v = cell_value(sum);
    if (!v) c.skip(rule, sum, sum_name(r, row_key));
    return v;
}

const Cell* t3_sum_cell(const Report& r, std::string_view row_key) {
    const T3Row* row = r.t3 ? r.t3->row(row_key) : nullptr;
    return row ? &row->cells[t3_column_count - 1] : nullptr;
}

struct Phrase {
    std::size_t begin;
    std::size_t end;
};

// `未收到…申请…` (the rest of its clause) and `…申请…0件`.
std::vector<Phrase> no_application_phrases(const ProseText& prose) {
    const std::string& text = prose.text();
    std::vector<Phrase> found;
    for (auto at = find_text(text, "未收到"); at != std::string::npos; at = find_text(text, "未收到", at + 1)) {
        const std::size_t end = clause_end(text, at);
        const auto request = find_text(text, "申请", at, end);
        if (request != std::string::npos && !inside_quotes(text, at)) found.push_back({at, end});
    }
    for (auto at = find_text(text, "0件"); at != std::string::npos; at = find_text(text, "0件", at + 1)) {
        if (at > 0 && is_ascii_digit(text[at - 1]) && !prose.starts_line(at)) continue;
        const std::size_t start = clause_start(text, at);
        const auto request = find_text(text, "申请", start, at);
        const bool seen = std::any_of(found.begin(), found.end(), [&](const Phrase& p) { return p.end > start && p.begin < at; });
        if (request != std::string::npos && !seen)
            found.push_back({start, at + std::string_view("0件").size()});
    }
    return found;
}

void check_no_applications(LintContext& c) {
    if (!c.report().t3) return;
    // Nothing to contradict when T3 counts no new application: skip the text.
    if (const Cell* sum = t3_sum_cell(c.report(), "NEW"); sum && cell_value(*sum) == 0) return;
    c.for_each_prose([&](const ProseText& prose, int) {
        for (const Phrase& p : no_application_phrases(prose)) {
            const auto received = t3_sum(c, x_noapp, "NEW");
            if (!received || *received == 0) return;
            Diagnostic& d = c.emit().emit(x_noapp, c.phrase_span(prose, p.begin, p.end), c.printed(prose, p.begin, p.end),
                                          *received);
            Emitter::note(d, t3_sum_cell(c.report(), "NEW")->span, "T3“本年新收政府信息公开申请数量”行“总计”列", "T3 row “本年新收政府信息公开申请数量”, column “总计”");
        }
    });
}

void check_application_count(LintContext& c) {
    if (!c.report().t3) return;
    c.for_each_prose([&](const ProseText& prose, int) {
        const std::string& text = prose.text();
        for (const std::string_view verb : {"收到", "受理"}) {
            for (auto at = find_text(text, verb); at != std::string::npos; at = find_text(text, verb, at + 1)) {
                if (at >= 3 && text.compare(at - 3, 3, "未") == 0) continue;  // X-NOAPP's phrase
                const std::size_t end = clause_end(text, at);
                const auto request = find_text(text, "申请", at, end);
                if (request == std::string::npos) continue;
                const auto n = number_after(prose, request, {"件"}, end - request);
                if (!n || n->value == 0 || n->scale != 0) continue;
                const auto received = t3_sum(c, x_app_count, "NEW");
                const auto carried = t3_sum(c, x_app_count, "CARRY_IN");
                if (!received || !carried || n->value == *received || n->value == *received + *carried) continue;
                const std::size_t phrase_end = n->end + n->unit.size();
                Diagnostic& d = c.emit().emit(x_app_count, c.phrase_span(prose, at, phrase_end),
                                              c.printed(prose, at, phrase_end), *received, *received + *carried);
                Emitter::note(d, t3_sum_cell(c.report(), "NEW")->span, "T3“本年新收政府信息公开申请数量”行“总计”列", "T3 row “本年新收政府信息公开申请数量”, column “总计”");
            }
        }
    });
}

// Words that make a denied review or suit an outcome (lost, corrected), which
// T4's counts do not contradict.
constexpr std::string_view outcome_words[] = {"纠错", "败诉", "纠正", "撤销", "确认违法"};

void check_no_litigation(LintContext& c) {
    const Report& r = c.report();
    if (!r.t4) return;
    // Nothing to contradict when T4 counts no case: skip the text.
    static constexpr std::size_t totals[] = {4, 9, 14};  // RV_TOTAL, LD_TOTAL, LR_TOTAL
    if (std::all_of(std::begin(totals), std::end(totals),
                    [&](std::size_t total) { return cell_value(r.t4->cells[total]) == 0; }))
        return;
    c.for_each_prose([&](const ProseText& prose, int) {
        const std::string& text = prose.text();
        std::vector<std::size_t> reported;
        for (const std::string_view negation : {"无", "未发生", "未出现", "没有", "未有", "未收到", "未涉及"}) {
            for (auto at = find_text(text, negation); at != std::string::npos; at = find_text(text, negation, at + 1)) {
                // `无` alone is too common: it must stand right before (行政)复议/诉讼.
                const std::size_t reach = negation == "无" ? negation.size() + std::string_view("行政").size() : 45;
                const std::size_t end = std::min(clause_end(text, at), at + reach + std::string_view("复议").size());
                std::size_t hit = std::string::npos;
                for (const std::string_view case_word : {"复议", "诉讼"}) hit = std::min(hit, find_text(text, case_word, at, end));
                if (hit == std::string::npos || hit + std::string_view("复议").size() > end || inside_quotes(text, at))
                    continue;
                if (std::find(reported.begin(), reported.end(), hit) != reported.end()) continue;
                // `未发生…被行政复议纠错或行政诉讼败诉情形` denies an outcome, not the cases.
                const std::size_t clause = clause_end(text, at);
                if (std::any_of(std::begin(outcome_words), std::end(outcome_words), [&](std::string_view w) {
                        return find_text(text, w, hit, clause) != std::string::npos;
                    }))
                    continue;
                reported.push_back(hit);
                std::int64_t cases = 0;
                for (const std::size_t total : {4u, 9u, 14u}) {
                    const auto v = cell_value(r.t4->cells[total]);
                    if (!v) {
                        c.skip(x_nolitig, r.t4->cells[total], {"T4“总计”", "T4 “总计”"});
                        return;
                    }
                    cases += *v;
                }
                if (cases == 0) return;
                const std::size_t phrase_end = hit + std::string_view("复议").size();
                Diagnostic& d = c.emit().emit(x_nolitig, c.phrase_span(prose, at, phrase_end),
                                              c.printed(prose, at, phrase_end), cases);
                Emitter::note(d, r.t4->span, "T4 在此处", "T4 is here");
            }
        }
    });
}

struct Fee {
    Phrase phrase;
    FoundNumber amount;
};

// `信息处理费0元`, `收取信息处理费共计400元`: the amount after the fee word.
std::optional<Fee> stated_fee(const ProseText& prose) {
    const std::string& text = prose.text();
    for (const std::string_view word : {"信息处理费", "依申请公开费用", "处理费"}) {
        for (auto at = find_text(text, word); at != std::string::npos; at = find_text(text, word, at + 1)) {
            if (inside_quotes(text, at)) continue;  // 《政府信息公开信息处理费管理办法》
            const auto n = number_after(prose, at + word.size(), {"万元", "元"}, 30);
            if (n) return Fee{{at, n->end + n->unit.size()}, *n};
        }
    }
    return std::nullopt;
}

std::string amount_text(const ProseText& prose, const FoundNumber& n) {
    return prose.text().substr(n.begin, n.end - n.begin);
}

void check_fee_without_applications(LintContext& c) {
    const ProseText* prose = c.prose(6);
    if (!prose || !c.report().t3) return;
    const auto fee = stated_fee(*prose);
    if (!fee || fee->amount.value == 0) return;
    const auto received = t3_sum(c, x_fee_noapp, "NEW");
    const auto carried = t3_sum(c, x_fee_noapp, "CARRY_IN");
    if (!received || !carried || *received + *carried != 0) return;
    Diagnostic& d = c.emit().emit(x_fee_noapp, c.phrase_span(*prose, fee->phrase.begin, fee->phrase.end),
                                  c.printed(*prose, fee->phrase.begin, fee->phrase.end));
    Emitter::note(d, t3_sum_cell(c.report(), "NEW")->span, "T3“本年新收政府信息公开申请数量”行“总计”列", "T3 row “本年新收政府信息公开申请数量”, column “总计”");
}

void check_fee_amount(LintContext& c) {
    const ProseText* prose = c.prose(6);
    if (!prose) return;
    if (const auto fee = stated_fee(*prose))
        c.emit().emit(x_fee_parse, c.phrase_span(*prose, fee->phrase.begin, fee->phrase.end),
                      amount_text(*prose, fee->amount), std::string(fee->amount.unit));
}

// `制发规范性文件3件`, `印发行政规范性文件共2件`: a verb of issuing before 规范性文件
// in its clause, and a count after it.
void check_normdoc_count(LintContext& c) {
    const Report& r = c.report();
    const T2Row* row = r.t2 ? r.t2->row("NORMDOC") : nullptr;
    if (!row || row->cells.empty()) return;
    const Cell& made = row->cells.front();  // `made` (F2021) / `new_made` (F2019)
    c.for_each_prose([&](const ProseText& prose, int) {
        const std::string& text = prose.text();
        constexpr std::string_view anchor = "规范性文件";
        for (auto at = find_text(text, anchor); at != std::string::npos; at = find_text(text, anchor, at + 1)) {
            const std::size_t start = clause_start(text, at);
            std::size_t verb = std::string::npos;
            for (const std::string_view v : {"制发", "印发", "出台", "制定"}) {
                const auto found = rfind_text(text, v, std::max(start, at > 24 ? at - 24 : 0), at + 1);
                if (found != std::string::npos) verb = std::min(verb, found);
            }
            if (verb == std::string::npos) continue;
            const auto n = number_after(prose, at + anchor.size(), {"件", "个", "份"}, 15);
            if (!n || n->scale != 0) continue;
            const auto v = cell_value(made);
            if (!v) {
                c.skip(x_normdoc_text, made, t2_cell_name(r.t2->layout, "NORMDOC", r.t2->layout == Layout::F2021 ? "made" : "new_made"));
                return;
            }
            if (*v == n->value) continue;
            const std::size_t end = n->end + n->unit.size();
            Diagnostic& d = c.emit().emit(x_normdoc_text, c.phrase_span(prose, verb, end), c.printed(prose, verb, end), *v);
            Emitter::note(d, made.span, "T2“行政规范性文件”行“本年制发件数”列", "T2 row “行政规范性文件”, column “本年制发件数”");
        }
    });
}

constexpr const LintRule* list[] = {&x_noapp, &x_app_count, &x_nolitig, &x_fee_noapp, &x_fee_parse, &x_normdoc_text, &x_copy_prev, &x_prev_problems};

}  // namespace

std::span<const LintRule* const> cross_rules() { return list; }

}  // namespace nianbao::rules
