// `nianbao rules`: the rule catalogue (FORMAT.md §5), one rule per line in
// text, or a JSON array with both message languages.
#include "cli/rules_command.hpp"

#include "backends/json_writer.hpp"
#include "lint/registry.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <fmt/format.h>

#include <iostream>

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

}  // namespace

int run_rules(const RulesOptions& options) {
    std::cout << (options.format == "json" ? rules_json() : rules_text(options.lang));
    return 0;
}

}  // namespace nianbao::cli
