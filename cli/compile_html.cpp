#include "cli/compile_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace nianbao::cli {

namespace {

constexpr const char* index_name = "index.html";
constexpr const char* spare_index_name = "index-nianbao.html";

// A report whose own page would be DIR/index.html keeps that name; the index
// then goes beside it under another name, which is said on standard error.
std::string index_file_name(const std::vector<Input>& inputs) {
    const bool taken = std::any_of(inputs.begin(), inputs.end(),
                                   [](const Input& input) { return input.output_rel == "index"; });
    if (!taken) return index_name;
    std::cerr << "nianbao: note: a report's page is " << index_name << "; the batch index is written as "
              << spare_index_name << '\n';
    return spare_index_name;
}

}  // namespace

HtmlPages::HtmlPages(const CompileOptions& options, const std::vector<Input>& inputs, const OutputTarget& target)
    : options_{options.lang, options.annotate} {
    if (inputs.size() > 1 && !target.per_input_files())
        throw UsageError(fmt::format("--to html writes one page per report; with {} inputs, name an output "
                                     "directory with -o DIR/",
                                     inputs.size()));
    if (target.per_input_files()) index_name_ = index_file_name(inputs);
}

void HtmlPages::write(const BatchResult& result, OutputTarget& target) {
    if (result.compiled()) {
        const Report& report = result.compilation->report;
        target.write(*result.input, render_html(report, options_));
        if (!index_name_.empty())
            index_.push_back(index_entry(report, result.input->output_rel.generic_string() + ".html"));
    } else if (!index_name_.empty()) {
        IndexEntry failed;
        failed.path = result.input->path;
        failed.failure = result.failure;
        index_.push_back(std::move(failed));
    }
}

void HtmlPages::finish(OutputTarget& target) const {
    if (!index_name_.empty()) target.write_named(index_name_, render_html_index(index_, options_));
}

}  // namespace nianbao::cli
