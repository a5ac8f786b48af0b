// PDF through poppler-cpp: the words of each page with their boxes, laid
// out by pdf_layout. Origins are pages. A password-protected PDF, or one
// without a text layer (scanned pages), is refused with a message that says so.
#include "frontends.hpp"
#include "pdf_layout.hpp"

#include "../decode.hpp"
#include "../source.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

void ignore_poppler_message(const std::string&, void*) {}

// A PDF's own character maps may yield lone surrogates: they become U+FFFD,
// visible in the text, never a guessed character.
std::string utf8_of(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return replace_invalid_utf8(std::string_view(bytes.data(), bytes.size()));
}

PdfPage read_page(const poppler::document& document, int index) {
    PdfPage page;
    page.number = static_cast<std::size_t>(index) + 1;
    const std::unique_ptr<poppler::page> p(document.create_page(index));
    if (!p) return page;
    for (const poppler::text_box& box : p->text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf rect = box.bbox();
        PdfWord word;
        word.text = utf8_of(box.text());
        word.x0 = rect.left();
        word.x1 = rect.right();
        word.y0 = rect.top();
        word.y1 = rect.bottom();
        word.size = box.has_font_info() ? box.get_font_size() : 0;
        if (!word.text.empty()) page.words.push_back(std::move(word));
    }
    return page;
}

}  // namespace

DocumentText read_pdf(const std::string& path, std::string_view bytes, const InputLimits& limits) {
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw InputError(InputError::Kind::not_text, path, "PDF larger than 2 GB");
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
        throw InputError(InputError::Kind::not_text, path,
                         "not a readable PDF (damaged, or encrypted with a password)");
    }
    if (document->is_locked())
        throw InputError(InputError::Kind::not_text, path, "the PDF is encrypted and needs a password");
    std::vector<PdfPage> pages;
    std::size_t words = 0;
    std::size_t text_bytes = 0;  // compressed content streams can unpack to any amount of text
    for (int i = 0; i < document->pages(); ++i) {
        pages.push_back(read_page(*document, i));
        words += pages.back().words.size();
        for (const PdfWord& word : pages.back().words) text_bytes += word.text.size() + 1;
        if (text_bytes > limits.text_bytes)
            throw InputError(InputError::Kind::not_text, path,
                             fmt::format("page {}: the PDF's text is larger than the text size limit of {} "
                                         "(raise it with --max-text-size)",
                                         i + 1, describe_size(limits.text_bytes)));
    }
    if (words == 0)
        throw InputError(InputError::Kind::not_text, path,
                         "the PDF has no text layer (scanned or image-only pages); it needs OCR first");
    TextBuilder out;
    lay_out_pdf(pages, out);
    return out.finish(InputKind::pdf, "pdf");
}

}  // namespace nianbao::frontends
