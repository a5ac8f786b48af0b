// `compile --to html`: one page per report; with a directory output also
// DIR/index.html, built from small per-report summaries kept as the batch runs.
#pragma once

#include "backends/html.hpp"
#include "cli/batch.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/output_target.hpp"

#include <string>
#include <vector>

namespace nianbao::cli {

class HtmlPages {
public:
    // Throws UsageError for several inputs without `-o DIR/`: a stream or a
    // single file cannot hold several pages.
    HtmlPages(const CompileOptions& options, const std::vector<Input>& inputs, const OutputTarget& target);

    // The input's page; its summary for the index.
    void write(const BatchResult& result, OutputTarget& target);
    // The index, in directory mode.
    void finish(OutputTarget& target) const;

private:
    HtmlOptions options_;
    std::string index_name_;
    std::vector<IndexEntry> index_;
};

}  // namespace nianbao::cli
