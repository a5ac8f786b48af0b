// `nianbao rules`: the rule catalogue (docs/rules.md), one rule per line in
// text, or a JSON array with both message languages.
#include "cli/rules_command.hpp"

#include "backends/json_writer.hpp"
#include "lint/registry.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <fmt/format.h>

#include <iostream>
#include <string_view>

namespace nianbao::cli {

namespace {

std::string rules_text(Lang lang) {
    std::string out;
    for (const RuleDef* rule : all_rules()) {
        const std::string severity =
            std::string(severity_name(rule->severity)) + (rule->strict_error ? " (strict: error)" : "");
        out += fmt::format("{:<20} {:<24} {}\n", rule->id, severity, lang == Lang::en ? rule->summary_en : rule->summary_zh);
    }
    return out;
}

std::string rules_json() {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    json::key(w, "schema"), json::string(w, "nianbao-rules/1");
    json::key(w, "rules");
    w.StartArray();
    for (const RuleDef* rule : all_rules()) {
        w.StartObject();
        json::key(w, "id"), json::string(w, rule->id);
        json::key(w, "severity"), json::string(w, severity_name(rule->severity));
        json::key(w, "strict_error"), w.Bool(rule->strict_error);
        json::key(w, "summary");
        w.StartObject();
        json::key(w, "zh"), json::string(w, rule->summary_zh);
        json::key(w, "en"), json::string(w, rule->summary_en);
        w.EndObject();
        json::key(w, "checked_by_lint"), w.Bool(checked_by_lint(*rule));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

// The heading a rule is listed under in Markdown, from its id's prefix. The
// registry keeps the rules of one heading together, so each heading comes once.
struct RuleGroup {
    std::string_view anchor;
    std::string_view title;
};

RuleGroup rule_group(std::string_view id) {
    const std::string_view prefix = id.substr(0, id.find('-'));
    if (prefix == "DOC") return {"structure", "Structure"};
    if (prefix == "S1" || prefix == "S5" || prefix == "S6") return {"content", "Content of the prose sections"};
    if (prefix == "FMT") return {"layout", "Layout and format version"};
    if (prefix == "VAL") return {"values", "Value domain"};
    if (prefix == "T2") return {"t2", "T2 checks"};
    if (prefix == "T3") return {"t3", "T3 checks"};
    if (prefix == "T4") return {"t4", "T4 checks"};
    if (prefix == "X") return {"cross", "Prose and table cross-checks"};
    if (prefix == "Y") return {"years", "Years and dates"};
    if (prefix == "P") return {"parse", "Parse diagnostics"};
    return {"other", "Other rules"};
}

// Text in a Markdown table cell: the characters Markdown would read as markup
// or as a cell boundary are escaped.
std::string markdown_cell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (std::string_view("\\`*_[]<>|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string lower_case(std::string_view id) {
    std::string out(id);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// `--format markdown`: the catalogue as a document, grouped under headings
// (docs/rules.md is this output).
std::string rules_markdown() {
    std::string out =
        "# Rule catalogue\n"
        "\n"
        "Generated from the rule registry (`registry.cpp`) by\n"
        "`nianbao rules --format markdown`; do not edit it by hand. After changing a rule,\n"
        "regenerate it from the repository root:\n"
        "\n"
        "```sh\n"
        "build/nianbao rules --format markdown > docs/rules.md\n"
        "```\n"
        "\n"
        "Every rule a diagnostic can name, in registry order: the checks of `nianbao lint`\n"
        "and the findings of the compiler itself (the JSON model of `nianbao compile`\n"
        "carries both). *Severity* is `error` (the report breaks the mandated layout, or\n"
        "its numbers do not add up), `warning` (needs a human look) or `info` (an\n"
        "observation). *Strict* marks the warnings that `--strict` reports as errors.\n"
        "Each rule id is also an anchor of this page (`rules.md#t3-totalcol`).\n";
    std::string_view group;
    for (const RuleDef* rule : all_rules()) {
        const RuleGroup g = rule_group(rule->id);
        if (g.anchor != group) {
            group = g.anchor;
            out += fmt::format("\n## <a id=\"{}\"></a>{}\n\n", g.anchor, g.title);
            out += "| Rule | Severity | Strict | Description | 说明 |\n";
            out += "|---|---|---|---|---|\n";
        }
        out += fmt::format("| <a id=\"{}\"></a>`{}` | {} | {} | {} | {} |\n", lower_case(rule->id), rule->id,
                           severity_name(rule->severity), rule->strict_error ? "yes" : "",
                           markdown_cell(rule->summary_en), markdown_cell(rule->summary_zh));
    }
    return out;
}

}  // namespace

int run_rules(const RulesOptions& options) {
    if (options.format == "json") {
        std::cout << rules_json();
    } else if (options.format == "markdown") {
        std::cout << rules_markdown();
    } else {
        std::cout << rules_text(options.lang);
    }
    return 0;
}

}  // namespace nianbao::cli
