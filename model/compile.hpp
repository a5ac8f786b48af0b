// The compiler's entry point: source → syntax tree → Report model.
#pragma once

#include "model/model.hpp"
#include "input/source.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <thread>

namespace nianbao {

struct Compilation {
    Source source;
    Report report;
};

struct CompileOptions {
    // Threads a large input may be compiled with (cut at section headings);
    // batches that already run one file per thread pass 1.
    unsigned threads = std::max(1U, std::thread::hardware_concurrency());
    // Below this size per part one thread is faster than starting others;
    // real reports are 5–50 KB, so only concatenations are ever cut.
    std::size_t min_part_bytes = 2 * 1024 * 1024;
    ReadOptions read = {};  // how the input is read (--encoding)
};

// Compiles decoded text. Never throws for text input: what the compiler
// cannot read becomes diagnostics and null cells.
[[nodiscard]] Report compile(const Source& source, const CompileOptions& options = {});

// Reads, decodes and compiles a file ("-": standard input). Throws InputError.
[[nodiscard]] Compilation compile_file(const std::string& path, const CompileOptions& options = {});

}  // namespace nianbao
