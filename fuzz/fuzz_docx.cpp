// Any bytes as the word/document.xml of a Word .docx: the fuzzer mutates the
// XML, which is packed into a valid archive (stored, with its CRC) so that it
// reaches pugixml and the .docx reader rather than failing at the ZIP layer.
// Damaged archives themselves are fuzzed by fuzz_text.
#include "pipeline.hpp"
#include "stored_zip.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    nianbao::fuzz::run_pipeline("fuzz.docx", nianbao::fuzz::stored_docx(xml), {});
    return 0;
}
