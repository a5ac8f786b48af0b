// The stages in order, for one input: read and decode it (input/), parse it
// (grammar/) and build its model (model/), then lint the model (lint/). The
// backends render what this returns.
#pragma once

#include "input/source.hpp"
#include "model/model.hpp"

#include <string>

namespace nianbao {

struct Compilation {
    Source source;
    Report report;
};

// The model with the diagnostics of every stage, sorted by position. Never
// throws for text input.
[[nodiscard]] Report compile(const Source& source);

// Reads, decodes and compiles a file ("-": standard input). Throws InputError.
[[nodiscard]] Compilation compile_file(const std::string& path, const ReadOptions& options = {});

}  // namespace nianbao
