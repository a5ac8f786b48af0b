#include "cli/compile_command.hpp"

#include "backends/csv.hpp"
#include "backends/json.hpp"
#include "cli/database_writer.hpp"
#include "cli/batch.hpp"
#include "cli/compile_html.hpp"
#include "cli/inputs.hpp"
#include "cli/output.hpp"
#include "cli/output_target.hpp"
#include "cli/progress.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <sys/stat.h>

#include <algorithm>
#include <iostream>

namespace nianbao::cli {

namespace {

// What one output format does with each result of the batch.
using Writer = std::function<void(BatchResult&, OutputTarget&)>;

BatchOptions batch_options(const BatchFlags& flags) {
    return {flags.jobs == 0 ? default_jobs() : flags.jobs, !flags.quiet && stderr_is_terminal()};
}

// `--to json`: one object per input; JSON Lines when several share a stream,
// with an entry naming the failure for an input that could not be compiled.
Writer json_writer(const CompileOptions& options, std::size_t inputs, const OutputTarget& target) {
    const bool lines = !target.per_input_files() && inputs > 1;
    const JsonOptions json{options.lang, !lines};
    return [json, lines](BatchResult& result, OutputTarget& out) {
        if (result.compiled()) {
            out.write_pieces(*result.input, [&](const TextSink& sink) {
                render_json(result.compilation->report, json, sink);
                sink("\n");
            });
        } else if (lines) {
            out.write(*result.input,
                      render_json_failure(result.input->path, result.failure, result.failure_offset, json) + "\n");
        }
    };
}

// `--to csv`: one table for the whole batch; a failed input is a row too.
Writer csv_writer(const CompileOptions& options, OutputTarget& target) {
    if (target.per_input_files())
        throw UsageError("--to csv writes one table for all inputs: give -o FILE, not a directory");
    const CsvOptions csv{options.csv_long};
    target.write_named({}, csv_header(csv));
    return [csv](BatchResult& result, OutputTarget& out) {
        out.write_named({}, result.compiled() ? render_csv(result.compilation->report, csv)
                                              : render_csv_failure(result.input->path, result.failure, csv));
    };
}

// Findings do not make a compilation fail; --fail-on makes them a gate.
bool fails_gate(const Report& report, std::optional<Severity> fail_on) {
    if (!fail_on) return false;
    // Severity is ordered error < warning < info: "this level or worse".
    return std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.severity <= *fail_on; });
}

// With -o the findings are in files nobody is reading yet: one line per
// report with ERROR findings says which to look at.
void say_errors(const BatchResult& result, Lang lang) {
    std::size_t errors = 0;
    std::vector<std::string_view> rules;
    for (const Diagnostic& d : result.compilation->report.diagnostics) {
        if (d.severity != Severity::error) continue;
        ++errors;
        if (std::find(rules.begin(), rules.end(), d.rule) == rules.end()) rules.push_back(d.rule);
    }
    if (errors == 0) return;
    const std::string ids = fmt::format("{}", fmt::join(rules, ", "));
    if (lang == Lang::zh)
        std::cerr << fmt::format("nianbao: {}: {} 个错误（{}）\n", result.input->path, errors, ids);
    else
        std::cerr << fmt::format("nianbao: {}: {} error{} ({})\n", result.input->path, errors, errors == 1 ? "" : "s",
                                 ids);
}

// `--to sqlite`: the database is updated in place (a growing corpus), so it
// is not written through a symbolic link, which would update another file.
int write_database(const CompileOptions& options, const std::vector<Input>& inputs, int exit_code) {
    const std::string& path = *options.output;
    struct stat status {};
    if (::lstat(path.c_str(), &status) == 0 && S_ISLNK(status.st_mode)) {
        std::cerr << fmt::format("nianbao: error: {}: is a symbolic link; --to sqlite updates a database in place\n", path);
        return 2;
    }
    try {
        DatabaseWriter database(path);
        const BatchSummary summary = run_batch(inputs, batch_options(options.batch), [&](BatchResult& result) {
            exit_code = std::max(exit_code, result.exit_code);
            if (result.compiled()) {
                if (fails_gate(result.compilation->report, options.fail_on)) exit_code = std::max(exit_code, 1);
                if (!options.batch.quiet) say_errors(result, options.lang);
            }
            database.add(result.compiled() ? report_rows(result.compilation->report, options.lang)
                                           : failure_rows(result.input->path, result.failure));
        });
        database.finish();
        if (inputs.size() > 1 && !options.batch.quiet) std::cerr << "nianbao: " << summary.line(options.lang) << '\n';
    } catch (const SqliteError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return 2;
    }
    return exit_code;
}

}  // namespace

int run_compile(const CompileOptions& options) {
    InputList list = expand_inputs(options.inputs);
    for (auto& input : list.inputs) input.read = {options.encoding, options.limits};
    int exit_code = 0;
    for (const auto& problem : list.problems) {
        std::cerr << fmt::format("nianbao: error: {}: {}\n", problem.path, problem.reason);
        exit_code = 2;
    }
    if (list.inputs.empty()) {
        if (exit_code == 0) std::cerr << "nianbao: error: no report files found in the given inputs\n";
        return 2;
    }
    if (options.to == "sqlite") return write_database(options, list.inputs, exit_code);
    try {
        OutputTarget target(options.output, "." + options.to);
        std::optional<HtmlPages> html;
        if (options.to == "html") html.emplace(options, list.inputs, target);
        const Writer write = options.to == "csv" ? csv_writer(options, target)
                             : html ? Writer([&html](BatchResult& result, OutputTarget& out) { html->write(result, out); })
                                    : json_writer(options, list.inputs.size(), target);
        const BatchSummary summary = run_batch(list.inputs, batch_options(options.batch), [&](BatchResult& result) {
            exit_code = std::max(exit_code, result.exit_code);
            if (result.compiled()) {
                if (fails_gate(result.compilation->report, options.fail_on)) exit_code = std::max(exit_code, 1);
                if (options.output && !options.batch.quiet) say_errors(result, options.lang);
            }
            write(result, target);
        });
        if (html) html->finish(target);
        target.finish();
        if (list.inputs.size() > 1 && !options.batch.quiet) std::cerr << "nianbao: " << summary.line(options.lang) << '\n';
    } catch (const OutputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return 2;
    }
    return exit_code;
}

}  // namespace nianbao::cli
