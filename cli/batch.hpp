// Compiling a batch of inputs: each input is compiled on its own (a bad file
// never stops the others), `jobs` at a time, and handed to the consumer in
// input order, whatever order they finish in. At most a few results wait to be
// consumed at any time, so memory does not grow with the number of inputs.
#pragma once

#include "cli/pipeline.hpp"
#include "cli/inputs.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace nianbao::cli {

struct BatchOptions {
    unsigned jobs = 1;     // files compiled at once
    bool progress = false; // progress bar on standard error
};

struct BatchResult {
    const Input* input = nullptr;
    std::optional<Compilation> compilation;      // set when the input compiled
    std::string failure;                         // why it did not
    std::optional<std::size_t> failure_offset;   // byte offset of the problem, if known
    std::string message;                         // the error line for standard error
    int exit_code = 0;  // 0 compiled; 1 not compilable; 2 unreadable path

    [[nodiscard]] bool compiled() const { return compilation.has_value(); }
};

struct BatchSummary {
    std::size_t files = 0;
    std::size_t compiled = 0;
    std::size_t with_errors = 0;
    std::size_t failed = 0;
    double seconds = 0;

    // `5 files: 4 compiled (1 with errors), 1 failed in 0.2 s`, or in Chinese
    [[nodiscard]] std::string line(Lang lang) const;
};

// Failures are reported on standard error as `nianbao: error: PATH: …`, in
// input order, before the result is consumed.
BatchSummary run_batch(const std::vector<Input>& inputs, const BatchOptions& options,
                       const std::function<void(BatchResult&)>& consume);

[[nodiscard]] bool has_error(const Report& report);

// Default for --jobs: the number of cores.
[[nodiscard]] unsigned default_jobs();

}  // namespace nianbao::cli
