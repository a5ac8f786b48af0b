#include "cli/diff_command.hpp"

#include "backends/diff.hpp"
#include "cli/output.hpp"
#include "cli/pipeline.hpp"
#include "model/compare.hpp"

#include <fmt/format.h>

#include <iostream>
#include <optional>

namespace nianbao::cli {

namespace {

std::string render(const ReportDiff& diff, const DiffOptions& options) {
    if (options.format == "json") return render_diff_json(diff);
    if (options.format == "html") return render_diff_html(diff);
    return render_diff_text(diff, options.lang);
}

}  // namespace

int run_diff(const DiffOptions& options) {
    const ReadOptions read{options.encoding, options.limits};
    std::optional<Compilation> old_report, new_report;
    try {
        old_report.emplace(compile_file(options.old_path, read));
        new_report.emplace(compile_file(options.new_path, read));
    } catch (const InputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return e.kind() == InputError::Kind::unreadable ? 2 : 1;
    }
    const std::string text = render(compare_reports(old_report->report, new_report->report), options);
    try {
        if (options.output) {
            write_file_atomically(*options.output, text);
        } else {
            std::cout << text;
            std::cout.flush();
        }
    } catch (const OutputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return 2;
    }
    return 0;
}

}  // namespace nianbao::cli
