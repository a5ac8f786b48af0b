#include "input/pdf_words.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

namespace nianbao::frontends {

namespace {

void ignore_poppler_message(const std::string&, void*) {}

PdfPage read_page(const poppler::document& document, int index) {
    PdfPage page;
    page.number = static_cast<std::size_t>(index) + 1;
    const std::unique_ptr<poppler::page> p(document.create_page(index));
    if (!p) return page;
    for (const poppler::text_box& box : p->text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf rect = box.bbox();
        const poppler::byte_array utf8 = box.text().to_utf8();
        PdfWord word;
        word.text.assign(utf8.data(), utf8.size());
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

PdfExtraction extract_pdf_words(std::string_view bytes, std::size_t text_limit) {
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    PdfExtraction out;
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        out.status = PdfExtraction::Status::unreadable;
        return out;
    }
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
        out.status = PdfExtraction::Status::unreadable;
        return out;
    }
    if (document->is_locked()) {
        out.status = PdfExtraction::Status::encrypted;
        return out;
    }
    std::size_t text_bytes = 0;
    for (int i = 0; i < document->pages(); ++i) {
        out.pages.push_back(read_page(*document, i));
        for (const auto& word : out.pages.back().words) text_bytes += word.text.size() + 1;
        if (text_bytes > text_limit) {
            out.status = PdfExtraction::Status::too_much_text;
            out.failed_page = static_cast<std::size_t>(i) + 1;
            return out;
        }
    }
    return out;
}

}  // namespace nianbao::frontends
