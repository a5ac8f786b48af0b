// What every fuzz target runs: the whole pipeline a user's file goes through
// — read (decode, front-end) → parse → model → lint → every backend. Bad
// input may only end in InputError; anything else (a crash, a sanitizer
// report, another exception, a hang) is a finding.
#pragma once

#include "input/frontend.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace nianbao::fuzz {

struct PipelineOptions {
    ReadOptions read;
};

void run_pipeline(const std::string& path, std::string bytes, const PipelineOptions& options);

}  // namespace nianbao::fuzz
