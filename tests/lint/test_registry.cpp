// The rule catalogue: every rule id exactly once, in order, with its
// severity and strict flag, against a list written out here by hand
// (docs/rules.md is generated from the registry, so it cannot be the check).
#include "lint/registry.hpp"
#include "lint_helpers.hpp"

#include <fmt/format.h>

#include <set>

using namespace nianbao;
using namespace nianbao::test;

namespace {

struct Expected {
    std::string_view id;
    Severity severity;
    bool strict;
};

// The catalogue, written out by hand in the order of the specification.
constexpr Expected format_md[] = {
    {"DOC-TITLE-MISSING", E, false}, {"DOC-TITLE-FORM", W, false},     {"DOC-SEC-MISSING", E, false},
    {"DOC-SEC-ORDER", E, false},     {"DOC-SEC-DUP", E, false},        {"DOC-SEC-HEADING", W, false},
    {"DOC-SEC-EMPTY", E, false},     {"DOC-TABLE-MISSING", E, false},  {"DOC-TABLE-UNREAD", E, false},
    {"DOC-TABLE-MISPLACED", W, false},
    {"S1-TOPIC", W, false},          {"S1-GOV-ASSESS", W, false},      {"S5-PROBLEMS", W, true},
    {"S5-MEASURES", W, true},        {"S5-PREV-RECTIFY", W, false},    {"S6-FEE", W, true},
    {"FMT-OUT-OF-SCOPE", E, false},  {"FMT-LEGACY", E, false},         {"FMT-ANACHRONISM", W, false},
    {"FMT-MIXED", W, false},         {"FMT-DECLARED", W, false},       {"VAL-INT", E, false},
    {"VAL-SIGNED", E, false},        {"VAL-DEC", E, false},            {"VAL-BLANK", W, false},
    {"VAL-PLACEHOLDER", W, false},   {"VAL-UNIT", I, false},           {"VAL-NUMFMT", I, false},
    {"VAL-MAGNITUDE", I, false},     {"T2-VALID-LB", W, false},        {"T2-2019-CUM", W, false},
    {"T2-2019-NEG", W, false},       {"T2-RULES-AUTHORITY", W, false}, {"T2-ZERO-ALL", I, false},       {"T2-VALID-CHAIN", I, false},
    {"T3-TOTALCOL", E, false},       {"T3-SUBTOTAL", E, false},        {"T3-BALANCE", E, false},
    {"T3-CARRY-CHAIN", W, false},    {"T3-NEG", E, false},             {"T4-TOTAL-RV", E, false},
    {"T4-TOTAL-LD", E, false},       {"T4-TOTAL-LR", E, false},        {"T4-COUNT", E, false},
    {"X-NOAPP", W, true},            {"X-APP-COUNT", W, false},        {"X-NOLITIG", W, false},
    {"X-FEE-NOAPP", W, false},       {"X-FEE-PARSE", I, false},        {"X-NORMDOC-TEXT", I, false},    {"X-COPY-PREV", W, false},       {"X-PREV-PROBLEMS", W, false},
    {"Y-TITLE", E, false},           {"Y-PERIOD", E, false},           {"Y-SIGN-EARLY", E, false},
    {"Y-SIGN-YEAR", W, false},       {"Y-DEADLINE", I, false},        {"Y-PUBLISHED-LATE", W, false},         {"Y-PROSE-STALE", I, false},
    {"Y-PROSE-FUTURE", I, false},    {"P-ARTIFACT", I, false},         {"P-LABEL-ANNOTATED", I, false},
    {"P-LABEL-FUZZY", W, false},     {"P-LABEL-RECOVERED", W, false},  {"P-LABEL-UNKNOWN", W, false},
    {"P-EXTRA-ROW", W, false},       {"P-ROW-MISSING", E, false},      {"P-CELL-COUNT", E, false},
    {"P-SKIPPED", I, false},         {"P-REFLOW", I, false},           {"P-META-INFERRED", I, false},
    {"P-CELL-SPLIT", I, false},      {"P-CELL-AMBIGUOUS", W, false},   {"P-TRUNCATED", W, false},
    {"P-TRADITIONAL", I, false},
};

// Rules without a lint check: emitted by the compiler, across reports, or by
// the rule that covers them.
const std::set<std::string_view> unchecked = {
    "VAL-INT",   "VAL-SIGNED",        "VAL-DEC",           "VAL-BLANK",     "VAL-PLACEHOLDER", "VAL-UNIT",
    "VAL-NUMFMT", "T2-VALID-CHAIN",   "T3-CARRY-CHAIN",    "X-COPY-PREV",  "X-PREV-PROBLEMS",   "T3-NEG",            "T4-COUNT",      "P-ARTIFACT",      "P-LABEL-ANNOTATED",
    "P-LABEL-FUZZY", "P-LABEL-RECOVERED", "P-LABEL-UNKNOWN", "P-EXTRA-ROW", "P-ROW-MISSING",   "P-CELL-COUNT",
    "P-SKIPPED", "P-REFLOW", "P-META-INFERRED", "P-CELL-SPLIT", "P-CELL-AMBIGUOUS", "P-TRUNCATED",
    "P-TRADITIONAL"};

}  // namespace

TEST_CASE("registry: every rule once, in order, with its severity and strict flag", "[lint][registry]") {
    const auto rules = all_rules();
    REQUIRE(rules.size() == std::size(format_md));
    for (std::size_t i = 0; i < rules.size(); ++i) {
        INFO(format_md[i].id);
        CHECK(rules[i]->id == format_md[i].id);
        CHECK(rules[i]->severity == format_md[i].severity);
        CHECK(rules[i]->strict_error == format_md[i].strict);
        CHECK(find_rule(format_md[i].id) == rules[i]);
    }
    CHECK(find_rule("NO-SUCH-RULE") == nullptr);
}

TEST_CASE("registry: every rule has both summaries and message templates, checks where documented", "[lint][registry]") {
    for (const RuleDef* rule : all_rules()) {
        INFO(rule->id);
        CHECK_FALSE(rule->summary_zh.empty());
        CHECK_FALSE(rule->summary_en.empty());
        CHECK_FALSE(rule->message_zh.empty());
        CHECK_FALSE(rule->message_en.empty());
        CHECK(!checked_by_lint(*rule) == unchecked.contains(rule->id));
        // The templates take the same arguments in both languages.
        const auto placeholders = [](std::string_view t) {
            std::set<char> found;
            for (std::size_t i = 0; i + 2 < t.size(); ++i)
                if (t[i] == '{' && t[i + 2] == '}') found.insert(t[i + 1]);
            return found;
        };
        CHECK(placeholders(rule->message_zh) == placeholders(rule->message_en));
    }
}

TEST_CASE("registry: T3-NEG is reported as VAL-INT, at the cell", "[lint][registry]") {
    const std::string text = set_cell(clean_report(), 37, 3, "-2");  // PARTIAL/BIZ
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "VAL-INT", Severity::error, 37, cell_column(line_of(text, 37), 3));
    CHECK(d.message.en == "T3 row “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”, column “商业企业” must be a non-negative integer, found “-2”");
    CHECK(of_rule(r, "T3-NEG").empty());
    CHECK(of_rule(compile_text(clean_report()), "VAL-INT").empty());
}

TEST_CASE("registry: T4-COUNT is reported as P-CELL-COUNT when 15 values cannot be placed", "[lint][registry]") {
    const std::string text = set_line(clean_report(), 63, "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");  // 16
    const Report r = compile_text(text);
    const Diagnostic& d = single(r, "P-CELL-COUNT", Severity::error, 63, 1);
    CHECK(d.message.en == "the table of “四、政府信息公开行政复议、行政诉讼情况” has 16 value cell(s) where 15 are expected; the values cannot be placed");
    CHECK(of_rule(r, "T4-COUNT").empty());
    CHECK(of_rule(compile_text(clean_report()), "P-CELL-COUNT").empty());
}

TEST_CASE("the clean test report has no diagnostic at all", "[lint]") {
    const Report r = compile_text(clean_report());
    INFO(fmt::format("{}", fmt::join(rule_ids(r), " ")));
    CHECK(r.diagnostics.empty());
}
