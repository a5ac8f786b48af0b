// A minimal .docx around a given word/document.xml: a ZIP archive holding
// that one member, stored (not compressed), as the fuzz_docx target needs.
// The .docx reader reads nothing else.
#pragma once

#include <string>

namespace nianbao::fuzz {

[[nodiscard]] std::string stored_docx(const std::string& document_xml);

}  // namespace nianbao::fuzz
