// Compiling a batch of inputs: each input is compiled on its own (a bad file
// never stops the others) and handed to the consumer in input order.
#pragma once

#include "../compiler/compile.hpp"
#include "inputs.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace nianbao::cli {

struct BatchResult {
    const Input* input = nullptr;
    std::optional<Compilation> compilation;      // set when the input compiled
    std::string failure;                         // why it did not
    std::optional<std::size_t> failure_offset;   // byte offset of the problem, if known
    int exit_code = 0;  // 0; 1 ERROR diagnostics or not compilable; 2 unreadable path

    [[nodiscard]] bool compiled() const { return compilation.has_value(); }
};

// Failures are reported on standard error as `nianbao: error: PATH: …`.
void run_batch(const std::vector<Input>& inputs, const std::function<void(BatchResult&)>& consume);

[[nodiscard]] bool has_error(const Report& report);

}  // namespace nianbao::cli
