// The words of a PDF with their positions, as the PDF library (poppler)
// reports them: the only part of PDF input that needs the library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::frontends {

struct PdfWord {
    std::string text;  // UTF-8 (as the library gives it: checked by the caller)
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin at the top left of the page
    double size = 0;  // font size in points (boxes are often much taller than the glyphs)
};

struct PdfPage {
    std::size_t number = 0;  // 1-based
    std::vector<PdfWord> words;
};

struct PdfExtraction {
    enum class Status { ok, unreadable, encrypted, too_much_text };
    Status status = Status::ok;
    std::vector<PdfPage> pages;
    std::size_t failed_page = 0;  // too_much_text: the 1-based page that passed the limit
};

// Reads the words of every page. Stops at the page where the words' text
// passes `text_limit` bytes: compressed content streams can unpack to any
// amount of text.
[[nodiscard]] PdfExtraction extract_pdf_words(std::string_view bytes, std::size_t text_limit);

}  // namespace nianbao::frontends
