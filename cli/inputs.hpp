// Expands the INPUT arguments: files as given, directories recursively (in
// sorted order, so batches are deterministic), `-` for standard input.
#pragma once

#include "input/frontend.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace nianbao::cli {

struct Input {
    std::string path;                 // as passed to the compiler ("-" for stdin)
    std::filesystem::path output_rel; // relative output name without extension
    ReadOptions read = {};            // how to read it (--encoding)
};

struct InputProblem {
    std::string path;
    std::string reason;
};

struct InputList {
    std::vector<Input> inputs;
    std::vector<InputProblem> problems;  // paths that do not exist or cannot be listed
};

// Report files found in directories: the extensions the compiler reads.
[[nodiscard]] bool is_report_file(const std::filesystem::path& path);

[[nodiscard]] InputList expand_inputs(const std::vector<std::string>& arguments);

}  // namespace nianbao::cli
