#include "lint/prev_problems.hpp"

#include "input/utf8.hpp"
#include "lint/groups.hpp"
#include "model/sentences.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace nianbao {

namespace rules {

const LintRule x_prev_problems{{
    "X-PREV-PROBLEMS", Severity::warning, false,
    "上一年度报告第五部分所列问题，本年第五部分均未提及",
    "None of the problems section 五 of the same agency's report for Y−1 named is mentioned in section 五",
    "{0} 年度报告第五部分所列的 {1} 个问题（{2}）在本年第五部分均未提及",
    "none of the {1} problem(s) section 五 of the {0} report named ({2}) is mentioned in this section 五"}};

}  // namespace rules

namespace {

// What a sentence stating a problem says (`形式不够丰富`, `水平有待提高`).
constexpr std::array problem_words{
    std::string_view("不够"), std::string_view("不足"), std::string_view("有待"), std::string_view("欠缺"),
    std::string_view("薄弱"), std::string_view("滞后"), std::string_view("不及时"), std::string_view("不高"),
    std::string_view("不强"), std::string_view("仍需"), std::string_view("还需"),  std::string_view("尚需"),
    std::string_view("不到位"), std::string_view("不规范"), std::string_view("不全面"), std::string_view("不完善"),
};

// How a measure begins, after its enumerator (`一是加强…`, `下一步将…`).
constexpr std::array measure_starts{
    std::string_view("加强"), std::string_view("推进"), std::string_view("进一步"), std::string_view("持续"),
    std::string_view("继续"), std::string_view("强化"), std::string_view("完善"),   std::string_view("提升"),
    std::string_view("做好"), std::string_view("下一步"), std::string_view("将"),   std::string_view("改进措施"),
};

// Runs that every section 五 may hold whatever its problems: a word of the
// problem made of these alone says nothing about which problem it is.
constexpr std::array generic_phrases{
    std::string_view("政府信息公开"), std::string_view("政务公开工作"), std::string_view("信息公开工作"),
    std::string_view("存在的主要问题"), std::string_view("存在的问题"), std::string_view("有待进一步提高"),
    std::string_view("进一步加强"),   std::string_view("有待提高"),     std::string_view("还需加强"),
    std::string_view("不够"), std::string_view("有待"), std::string_view("工作中"),
};

constexpr std::size_t word_length = 4;  // code points

// Bounds on what is kept and searched, whatever a file holds: a real section
// 五 names a handful of problems in a few KB, and the mention check must stay
// linear in the input.
constexpr std::size_t max_problems = 10;
constexpr std::size_t max_words = 40;
constexpr std::size_t max_search_bytes = 64 * 1024;

std::string_view without_enumerator(std::string_view key) {
    for (const std::string_view e : {"一是", "二是", "三是", "四是", "五是", "一", "二", "三", "四", "五"})
        if (key.starts_with(e)) return key.substr(e.size());
    return key;
}

bool states_problem(std::string_view key) {
    const std::string_view body = without_enumerator(key);
    if (std::any_of(measure_starts.begin(), measure_starts.end(), [&](std::string_view m) { return body.starts_with(m); }))
        return false;
    return std::any_of(problem_words.begin(), problem_words.end(),
                       [&](std::string_view w) { return key.find(w) != std::string_view::npos; });
}

bool generic(std::string_view word) {
    return std::any_of(generic_phrases.begin(), generic_phrases.end(),
                       [&](std::string_view g) { return g.find(word) != std::string_view::npos; }) ||
           word.find('#') != std::string_view::npos;  // a year
}

// The key's runs of four code points that are not generic.
std::vector<std::string> words_of(std::string_view key) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < key.size();) {
        starts.push_back(i);
        (void)next_code_point(key, i);
    }
    starts.push_back(key.size());
    std::vector<std::string> words;
    for (std::size_t i = 0; i + word_length < starts.size(); ++i) {
        const std::string_view word = key.substr(starts[i], starts[i + word_length] - starts[i]);
        if (!generic(word) && std::find(words.begin(), words.end(), word) == words.end()) words.emplace_back(word);
    }
    return words;
}

}  // namespace

std::vector<NamedProblem> section5_problems(const Report& report, const std::vector<Sentence>& sentences) {
    std::vector<NamedProblem> out;
    const std::string_view text = part_text(report, 5);
    for (const Sentence& s : sentences) {
        if (s.part != 5 || !s.counted || !states_problem(s.key)) continue;
        NamedProblem problem{one_line_excerpt(trim_spaces(text.substr(s.offset, s.length)), 24), words_of(s.key)};
        if (problem.words.size() > max_words) problem.words.resize(max_words);
        if (!problem.words.empty()) out.push_back(std::move(problem));
        if (out.size() == max_problems) break;
    }
    return out;
}

std::string section5_search_text(const std::vector<Sentence>& sentences) {
    std::string out;
    for (const Sentence& s : sentences) {
        if (s.part != 5) continue;
        if (out.size() + s.key.size() > max_search_bytes) break;
        out += s.key;
    }
    return out;
}

bool mentions(const std::string& text, const NamedProblem& problem) {
    return std::any_of(problem.words.begin(), problem.words.end(),
                       [&](const std::string& w) { return text.find(w) != std::string::npos; });
}

std::optional<Diagnostic> check_prev_problems(const std::string& current_text, const Span& heading,
                                              const std::vector<NamedProblem>& previous, int previous_year) {
    if (previous.empty() || current_text.empty()) return std::nullopt;
    if (std::any_of(previous.begin(), previous.end(), [&](const NamedProblem& p) { return mentions(current_text, p); }))
        return std::nullopt;
    std::string named;
    for (const NamedProblem& p : previous) named += (named.empty() ? "“" : "、“") + p.text + "”";
    const RuleDef& rule = rules::x_prev_problems;
    Diagnostic d;
    d.rule = rule.id;
    d.severity = rule.severity;
    d.strict_error = rule.strict_error;
    d.span = heading;
    d.message = {fmt::format(fmt::runtime(rule.message_zh), previous_year, previous.size(), named),
                 fmt::format(fmt::runtime(rule.message_en), previous_year, previous.size(), named)};
    return d;
}

}  // namespace nianbao
