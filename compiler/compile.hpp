// The compiler's entry point: source → syntax tree → Report model.
#pragma once

#include "model.hpp"
#include "source.hpp"

#include <string>

namespace nianbao {

struct Compilation {
    Source source;
    Report report;
};

// Compiles decoded text. Never throws for text input: what the compiler
// cannot read becomes diagnostics and null cells.
[[nodiscard]] Report compile(const Source& source);

// Reads, decodes and compiles a file ("-": standard input). Throws InputError.
[[nodiscard]] Compilation compile_file(const std::string& path);

}  // namespace nianbao
