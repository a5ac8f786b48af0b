#include "lint/registry.hpp"

#include "lint/groups.hpp"
#include "lint/lint_context.hpp"
#include "model/parse_rules.hpp"

#include <algorithm>
#include <vector>

namespace nianbao {

namespace {

using Group = std::span<const LintRule* const> (*)();

// docs/rules.md order (the parse rules of #parse are the model's), except
// that the content rules run with the report checks: a report out of scope
// (FMT-OUT-OF-SCOPE) is checked for its structure only.
constexpr Group scope_groups[] = {rules::structure_rules, rules::format_rules};
constexpr Group report_groups[] = {rules::content_rules, rules::value_checks, rules::t2_rules, rules::t3_rules,
                                   rules::t4_rules,      rules::cross_rules,  rules::year_rules};

void run_groups(std::span<const Group> groups, LintContext& context) {
    for (const Group group : groups)
        for (const LintRule* rule : group())
            if (rule->check) rule->check(context);
}

const std::vector<const RuleDef*>& catalogue() {
    static const std::vector<const RuleDef*> list = [] {
        std::vector<const RuleDef*> all;
        const auto add = [&](auto group) { all.insert(all.end(), group.begin(), group.end()); };
        add(rules::structure_rules());
        add(rules::content_rules());
        add(rules::format_rules());
        add(rules::value_rules());
        add(rules::value_checks());
        add(rules::t2_rules());
        add(rules::t3_rules());
        add(rules::t4_rules());
        add(rules::cross_rules());
        add(rules::year_rules());
        add(rules::parse_rules());
        return all;
    }();
    return list;
}

}  // namespace

std::span<const RuleDef* const> all_rules() { return catalogue(); }

const RuleDef* find_rule(std::string_view id) {
    const auto& all = catalogue();
    const auto it = std::find_if(all.begin(), all.end(), [&](const RuleDef* r) { return r->id == id; });
    return it == all.end() ? nullptr : *it;
}

bool checked_by_lint(const RuleDef& rule) {
    for (const std::span<const Group> groups : {std::span<const Group>(scope_groups), std::span<const Group>(report_groups)})
        for (const Group group : groups)
            for (const LintRule* lint_rule : group())
                if (lint_rule == &rule) return lint_rule->check != nullptr;
    return false;
}

void run_scope_checks(LintContext& context) { run_groups(scope_groups, context); }

void run_report_checks(LintContext& context) { run_groups(report_groups, context); }

}  // namespace nianbao
