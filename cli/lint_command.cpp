// `nianbao lint`: compiles every input (the compiler runs the checks), then
// applies --disable and --strict and prints the diagnostics. Text is printed
// per input as soon as it is ready; JSON and SARIF are one document at the
// end. Across inputs only a small summary per report is kept, for
// T3-CARRY-CHAIN, X-COPY-PREV and T2-VALID-CHAIN, whose findings come after
// all inputs are read.
#include "cli/lint_command.hpp"

#include "backends/diagnostics.hpp"
#include "lint/carry_chain.hpp"
#include "lint/registry.hpp"
#include "lint/year_pairs.hpp"
#include "cli/batch.hpp"
#include "cli/inputs.hpp"
#include "cli/version.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>

namespace nianbao::cli {

namespace {

bool colour_wanted() {
    const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: set and not empty
    return ::isatty(STDOUT_FILENO) == 1 && !(no_color && *no_color);
}

// What the user asked for, applied to one report's diagnostics.
class Policy {
public:
    explicit Policy(const LintOptions& options) : strict_(options.strict) {
        for (const auto& id : options.disable) {
            const RuleDef* rule = find_rule(id);
            if (!rule) throw UsageError(fmt::format("--disable: unknown rule id '{}' (see nianbao rules)", id));
            disabled_.insert(rule->id);
        }
    }

    [[nodiscard]] std::vector<Diagnostic> apply(std::vector<Diagnostic> diagnostics) const {
        std::erase_if(diagnostics, [&](const Diagnostic& d) { return disabled_.contains(d.rule); });
        if (strict_)
            for (auto& d : diagnostics)
                if (d.strict_error && d.severity == Severity::warning) d.severity = Severity::error;
        return diagnostics;
    }

private:
    bool strict_;
    std::set<std::string_view> disabled_;
};

bool any_error(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

class LintRun {
public:
    LintRun(const LintOptions& options)
        : options_(options), policy_(options), text_(options.format == "text"),
          render_{options.lang, text_ && colour_wanted(), version} {}

    void add(BatchResult& result) {
        counts_.files += 1;
        if (!result.compiled()) {
            exit_code_ = std::max(exit_code_, result.exit_code);
            counts_.errors += 1;
            if (!text_) files_.push_back({result.input->path, {}, result.failure, result.failure_offset, {}});
            return;
        }
        const Compilation& compilation = *result.compilation;
        std::vector<Diagnostic> diagnostics = policy_.apply(compilation.report.diagnostics);
        if (auto summary = summarize_carry(compilation.report)) {
            // The findings across reports come after the last input, when
            // its source is gone: the lines they are shown on are kept.
            for (const CarryCell& cell : summary->carry_in) {
                const std::size_t line = cell.span.line;
                if (line != 0 && summary->line(line).empty())
                    summary->carry_in_lines.emplace_back(line, compilation.source.line(line));
            }
            summaries_.push_back(std::move(*summary));
            summary_file_.push_back(files_.size());
            summary_origins_.push_back(compilation.report.source.origins);
        }
        if (auto summary = summarize_year(compilation.report)) {
            for (const std::size_t line : summary->wanted_lines())
                if (line != 0 && summary->line(line).empty()) summary->lines.emplace_back(line, compilation.source.line(line));
            years_.push_back(std::move(*summary));
            year_file_.push_back(files_.size());
            year_origins_.push_back(compilation.report.source.origins);
        }
        finish_file(result.input->path, std::move(diagnostics), [&](std::size_t line) { return compilation.source.line(line); },
                    compilation.report.source.origins);
    }

    // The findings across reports (T3-CARRY-CHAIN, X-COPY-PREV,
    // T2-VALID-CHAIN), then the JSON/SARIF document or the text summary.
    int finish() {
        for (auto& [index, diagnostic] : check_carry_chains(summaries_)) {
            const CarrySummary& summary = summaries_[index];
            add_late(summary.path, summary_file_[index], std::move(diagnostic),
                     [&](std::size_t l) { return summary.line(l); }, summary_origins_[index]);
        }
        for (auto& [index, diagnostic] : check_year_pairs(years_)) {
            const YearSummary& summary = years_[index];
            add_late(summary.path, year_file_[index], std::move(diagnostic), [&](std::size_t l) { return summary.line(l); },
                     year_origins_[index]);
        }
        if (text_) {
            if (!options_.batch.quiet) std::cout << render_diagnostics_summary(counts_, render_);
        } else if (options_.format == "json") {
            std::cout << render_diagnostics_json(files_, render_);
        } else {
            std::cout << render_diagnostics_sarif(files_, all_rules(), render_);
        }
        std::cout.flush();
        return exit_code_;
    }

    void fail(int code) { exit_code_ = std::max(exit_code_, code); }

private:
    // A finding across reports, for the file at `file` of files_ (JSON / SARIF).
    void add_late(const std::string& path, std::size_t file, Diagnostic diagnostic, const SourceLines& lines,
                  const OriginMap& origins) {
        std::vector<Diagnostic> found = policy_.apply({std::move(diagnostic)});
        if (found.empty()) return;
        if (text_) {
            counts_.add(found);
            std::cout << render_diagnostics_text(path, found, lines, render_, &origins);
        } else {
            auto& target = files_[file].diagnostics;
            target.insert(target.end(), found.begin(), found.end());
            std::stable_sort(target.begin(), target.end(),
                             [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; });
        }
        if (any_error(found)) exit_code_ = std::max(exit_code_, 1);
    }

    void finish_file(const std::string& path, std::vector<Diagnostic> diagnostics, const SourceLines& lines,
                     const OriginMap& origins) {
        if (any_error(diagnostics)) exit_code_ = std::max(exit_code_, 1);
        if (text_) {
            counts_.add(diagnostics);
            std::cout << render_diagnostics_text(path, diagnostics, lines, render_, &origins);
            return;
        }
        files_.push_back({path, std::move(diagnostics), std::nullopt, std::nullopt, origins});
    }

    const LintOptions& options_;
    Policy policy_;
    bool text_;
    DiagnosticsOptions render_;
    DiagnosticCounts counts_;
    std::vector<FileDiagnostics> files_;      // JSON / SARIF only: diagnostics, no models
    std::vector<CarrySummary> summaries_;
    std::vector<std::size_t> summary_file_;  // index into files_ of each summary (JSON / SARIF)
    std::vector<OriginMap> summary_origins_;  // of each summary's file, for the findings across reports
    std::vector<YearSummary> years_;
    std::vector<std::size_t> year_file_;
    std::vector<OriginMap> year_origins_;
    int exit_code_ = 0;
};

}  // namespace

int run_lint(const LintOptions& options) {
    LintRun run(options);  // validates --disable before any work
    InputList list = expand_inputs(options.inputs);
    for (auto& input : list.inputs) input.read.limits = options.limits;
    for (const auto& problem : list.problems) {
        std::cerr << fmt::format("nianbao: error: {}: {}\n", problem.path, problem.reason);
        run.fail(2);
    }
    if (list.inputs.empty()) {
        if (list.problems.empty()) std::cerr << "nianbao: error: no report files found in the given inputs\n";
        return 2;
    }
    // No progress bar: text diagnostics stream to the terminal as they come.
    const BatchOptions batch{options.batch.jobs == 0 ? default_jobs() : options.batch.jobs, false};
    (void)run_batch(list.inputs, batch, [&](BatchResult& result) { run.add(result); });
    return run.finish();
}

}  // namespace nianbao::cli
