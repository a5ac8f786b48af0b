// Any bytes, read as a report file named .txt: the first byte chooses how
// (detected, or one of the encodings a user can force), the rest is the file.
// Content decides the front-end, so ZIP and PDF bytes reach theirs too.
#include "pipeline.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::array<const char*, 6> encodings = {nullptr, "utf-8", "gb18030", "utf-16le", "utf-16be", "utf-16"};
    nianbao::fuzz::PipelineOptions options;
    if (size > 0) {
        if (const char* forced = encodings[data[0] % encodings.size()]) options.read.encoding = forced;
        ++data;
        --size;
    }
    nianbao::fuzz::run_pipeline("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), options);
    return 0;
}
