#include "compile_command.hpp"

#include "../backends/json.hpp"
#include "../compiler/compile.hpp"
#include "../compiler/parser.hpp"
#include "inputs.hpp"
#include "output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace nianbao::cli {

namespace {

namespace fs = std::filesystem;

enum class Destination { stdout_stream, single_file, directory };

Destination destination_of(const CompileOptions& options, std::size_t input_count) {
    if (!options.output) return Destination::stdout_stream;
    const std::string& out = *options.output;
    std::error_code error;
    if (out.ends_with('/') || fs::is_directory(out, error)) return Destination::directory;
    (void)input_count;
    return Destination::single_file;
}

bool has_error(const Report& report) {
    for (const auto& d : report.diagnostics)
        if (d.severity == Severity::error) return true;
    return false;
}

struct Outcome {
    std::string rendered;  // the model, or the failure entry for JSON Lines
    bool failed = false;   // the input could not be compiled at all
    int exit_code = 0;
};

Outcome compile_one(const Input& input, const JsonOptions& json) {
    try {
        const Compilation compilation = compile_file(input.path);
        return {render_json(compilation.report, json), false, has_error(compilation.report) ? 1 : 0};
    } catch (const InputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        const int code = e.kind() == InputError::Kind::unreadable ? 2 : 1;
        return {render_json_failure(input.path, e.reason(), e.offset(), json), true, code};
    } catch (const ParseFailure& e) {
        std::cerr << fmt::format("nianbao: error: {}: byte offset {}: {}\n", input.path, e.offset(), e.what());
        return {render_json_failure(input.path, e.what(), e.offset(), json), true, 1};
    }
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

    const Destination destination = destination_of(options, list.inputs.size());
    const bool lines = destination != Destination::directory && list.inputs.size() > 1;
    const JsonOptions json{options.lang, !lines};
    std::string joined;  // JSON Lines for a single output file
    try {
        if (destination == Destination::directory) ensure_directory(*options.output);
        for (const auto& input : list.inputs) {
            Outcome outcome = compile_one(input, json);
            exit_code = std::max(exit_code, outcome.exit_code);
            outcome.rendered += '\n';
            switch (destination) {
                case Destination::stdout_stream:
                    if (!outcome.failed || lines) std::cout << outcome.rendered << std::flush;
                    break;
                case Destination::single_file:
                    if (!outcome.failed || lines) joined += outcome.rendered;
                    break;
                case Destination::directory:
                    if (!outcome.failed) {
                        fs::path target = fs::path(*options.output) / input.output_rel;
                        target += ".json";
                        ensure_directory(target.parent_path().string());
                        write_file_atomically(target.string(), outcome.rendered);
                    }
                    break;
            }
        }
        if (destination == Destination::single_file && !joined.empty())
            write_file_atomically(*options.output, joined);
    } catch (const OutputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        return 2;
    }
    return exit_code;
}

}  // namespace nianbao::cli
