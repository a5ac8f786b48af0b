#include "batch.hpp"

#include "../compiler/parser.hpp"

#include <fmt/format.h>

#include <iostream>

namespace nianbao::cli {

bool has_error(const Report& report) {
    for (const auto& d : report.diagnostics)
        if (d.severity == Severity::error) return true;
    return false;
}

namespace {

BatchResult compile_input(const Input& input) {
    BatchResult result;
    result.input = &input;
    try {
        result.compilation = compile_file(input.path);
        result.exit_code = has_error(result.compilation->report) ? 1 : 0;
    } catch (const InputError& e) {
        std::cerr << "nianbao: error: " << e.what() << '\n';
        result.failure = e.reason();
        result.failure_offset = e.offset();
        result.exit_code = e.kind() == InputError::Kind::unreadable ? 2 : 1;
    } catch (const ParseFailure& e) {
        std::cerr << fmt::format("nianbao: error: {}: byte offset {}: {}\n", input.path, e.offset(), e.what());
        result.failure = e.what();
        result.failure_offset = e.offset();
        result.exit_code = 1;
    }
    return result;
}

}  // namespace

void run_batch(const std::vector<Input>& inputs, const std::function<void(BatchResult&)>& consume) {
    for (const auto& input : inputs) {
        BatchResult result = compile_input(input);
        consume(result);
    }
}

}  // namespace nianbao::cli
