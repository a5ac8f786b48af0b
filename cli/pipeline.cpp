#include "cli/pipeline.hpp"

#include "lint/lint_context.hpp"
#include "model/build_report.hpp"

namespace nianbao {

Report compile(const Source& source) {
    Report report = build_report(source);
    lint_report(report, source);
    return report;
}

Compilation compile_file(const std::string& path, const ReadOptions& options) {
    Source source = Source::from_file(path, options);
    Report report = compile(source);
    return {std::move(source), std::move(report)};
}

}  // namespace nianbao
