#include "pipeline.hpp"

#include "backends/csv.hpp"
#include "backends/diff.hpp"
#include "backends/sqlite.hpp"
#include "backends/diagnostics.hpp"
#include "backends/html.hpp"
#include "backends/json.hpp"
#include "cli/pipeline.hpp"
#include "lint/carry_chain.hpp"
#include "lint/registry.hpp"
#include "lint/year_pairs.hpp"
#include "model/compare.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace nianbao::fuzz {

namespace {

[[noreturn]] void finding(const char* what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what);
    std::abort();
}

void render_everything(const Source& source, const Report& report, Lang lang) {
    (void)render_json(report, {lang, true});
    (void)render_json(report, {lang, false});
    (void)render_csv(report, {false});
    (void)render_csv(report, {true});
    (void)render_html(report, {lang, Annotate::always});
    (void)render_html(report, {lang, Annotate::automatic});
    (void)render_html_index({index_entry(report, "page.html")}, {lang, Annotate::never});

    const SourceLines lines = [&](std::size_t line) { return source.line(line); };
    const DiagnosticsOptions plain{lang, false, "fuzz"};
    const DiagnosticsOptions coloured{lang, true, "fuzz"};
    (void)render_diagnostics_text(source.path(), report.diagnostics, lines, plain);
    (void)render_diagnostics_text(source.path(), report.diagnostics, lines, coloured, &report.source.origins);
    DiagnosticCounts counts;
    counts.add(report.diagnostics);
    (void)render_diagnostics_summary(counts, plain);
    const std::vector<FileDiagnostics> files{{source.path(), report.diagnostics, std::nullopt, std::nullopt, report.source.origins}};
    (void)render_diagnostics_json(files, plain);
    (void)render_diagnostics_sarif(files, all_rules(), plain);
}

// T3-CARRY-CHAIN between the report and itself as the previous year's.
void check_carry(const Report& report) {
    std::optional<CarrySummary> summary = summarize_carry(report);
    if (!summary) return;
    CarrySummary previous = *summary;
    previous.year -= 1;
    const std::vector<CarrySummary> summaries{previous, *summary};
    for (const auto& [index, diagnostic] : check_carry_chains(summaries))
        if (index >= summaries.size()) finding("carry chain names a summary that does not exist");
}

// The report against itself as the previous year's: the diff in every
// format, the checks across years, and what the database keeps of it.
void compare_with_itself(const Report& report, Lang lang) {
    const ReportDiff diff = compare_reports(report, report);
    if (diff.overall.repeated != diff.overall.sentences) finding("a report does not repeat all of itself");
    (void)render_diff_text(diff, lang);
    (void)render_diff_json(diff);
    (void)render_diff_html(diff);
    if (std::optional<YearSummary> summary = summarize_year(report)) {
        YearSummary previous = *summary;
        previous.year -= 1;
        const std::vector<YearSummary> summaries{previous, *summary};
        for (const auto& [index, diagnostic] : check_year_pairs(summaries))
            if (index >= summaries.size()) finding("a year pair names a summary that does not exist");
    }
    (void)report_rows(report, lang);
}

}  // namespace

void run_pipeline(const std::string& path, std::string bytes, const PipelineOptions& options) {
    const Lang lang = bytes.size() % 2 == 0 ? Lang::zh : Lang::en;
    std::optional<Source> source;
    try {
        source.emplace(Source::from_bytes(path, std::move(bytes), options.read));
    } catch (const InputError& e) {
        (void)render_json_failure(e.path(), e.reason(), e.offset(), {lang, false});
        (void)render_csv_failure(e.path(), e.reason(), {false});
        return;
    }
    const Report report = compile(*source);
    render_everything(*source, report, lang);
    check_carry(report);
    compare_with_itself(report, lang);
}

}  // namespace nianbao::fuzz
