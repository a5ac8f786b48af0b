#include "compile_command.hpp"

#include "../backends/json.hpp"
#include "batch.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "output_target.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace nianbao::cli {

namespace {

// `--to json`: one object per input; JSON Lines when several share a stream.
int compile_to_json(const CompileOptions& options, const std::vector<Input>& inputs, OutputTarget& target) {
    const bool lines = !target.per_input_files() && inputs.size() > 1;
    const JsonOptions json{options.lang, !lines};
    int exit_code = 0;
    run_batch(inputs, [&](BatchResult& result) {
        exit_code = std::max(exit_code, result.exit_code);
        if (result.compiled()) {
            target.write(*result.input, render_json(result.compilation->report, json) + "\n");
        } else if (lines) {
            target.write(*result.input,
                         render_json_failure(result.input->path, result.failure, result.failure_offset, json) + "\n");
        }
    });
    return exit_code;
}

}  // namespace

int run_compile(const CompileOptions& options) {
    const InputList list = expand_inputs(options.inputs);
    int exit_code = 0;
    for (const auto& problem : list.problems) {
        std::cerr << fmt::format("nianbao: error: {}: {}\n", problem.path, problem.reason);
        exit_code = 2;
    }
    if (list.inputs.empty()) {
        if (exit_code == 0) std::cerr << "nianbao: error: no report files found in the given inputs\n";
        return 2;
    }
    try {
        OutputTarget target(options.output, ".json");
        exit_code = std::max(exit_code, compile_to_json(options, list.inputs, target));
        target.finish();
    } catch (const OutputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return 2;
    }
    return exit_code;
}

}  // namespace nianbao::cli
