// PDF: the words of each page come from poppler (pdf_words.hpp), are checked
// as UTF-8 here, and are laid out into text by pdf_layout.cpp.
#include "input/frontends.hpp"
#include "input/pdf_layout.hpp"
#include "input/pdf_words.hpp"

#include "input/source.hpp"
#include "input/utf8.hpp"

#include <climits>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

[[noreturn]] void refuse(const std::string& path, const std::string& reason) {
    throw InputError(InputError::Kind::not_text, path, reason);
}

}  // namespace

DocumentText read_pdf(const std::string& path, std::string_view bytes, const InputLimits& limits) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) refuse(path, "PDF larger than 2 GB");
    PdfExtraction extraction = extract_pdf_words(bytes, limits.text_bytes);
    switch (extraction.status) {
        case PdfExtraction::Status::ok: break;
        case PdfExtraction::Status::unreadable:
            refuse(path, "not a readable PDF (damaged, or encrypted with a password)");
        case PdfExtraction::Status::encrypted: refuse(path, "the PDF is encrypted and needs a password");
        case PdfExtraction::Status::too_much_text:
            refuse(path, fmt::format("page {}: the PDF's text is larger than the text size limit of {} "
                                     "(raise it with --max-text-size)",
                                     extraction.failed_page, describe_size(limits.text_bytes)));
    }
    std::size_t words = 0;
    for (PdfPage& page : extraction.pages) {
        // A PDF's own character maps may yield lone surrogates: they become
        // U+FFFD, visible in the text, never a guessed character.
        for (PdfWord& word : page.words) word.text = replace_invalid_utf8(word.text);
        words += page.words.size();
    }
    if (words == 0) refuse(path, "the PDF has no text layer (scanned or image-only pages); it needs OCR first");
    TextBuilder out;
    lay_out_pdf(extraction.pages, out);
    return out.finish(InputKind::pdf, "pdf");
}

}  // namespace nianbao::frontends
