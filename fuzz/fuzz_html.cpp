// Any bytes, read as a web page (named .html): encoding detection with
// <meta charset>, the nesting estimate, Gumbo and the HTML walker.
#include "pipeline.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nianbao::fuzz::run_pipeline("fuzz.html", std::string(reinterpret_cast<const char*>(data), size), {});
    return 0;
}
