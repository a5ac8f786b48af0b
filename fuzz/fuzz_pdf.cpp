// Any bytes, read as a PDF (named .pdf): poppler and the layout that rebuilds
// lines and table rows from word positions.
#include "pipeline.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nianbao::fuzz::run_pipeline("fuzz.pdf", std::string(reinterpret_cast<const char*>(data), size), {});
    return 0;
}
