// The words of a PDF with their positions, as the PDF library reports them.
// Reading them is the only part of PDF input that needs the library, and it
// (with the two dozen libraries it links) takes longer to load than nianbao
// takes to compile a report; so it lives in a module of its own
// (pdf_module.cpp → libnianbao_pdf.so), loaded the first time a PDF is read.
// Both sides are built together, with the same compiler: C++ types may cross.
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
using PdfExtractFunction = void (*)(std::string_view bytes, std::size_t text_limit, PdfExtraction& out);

// The module's entry point, looked up by this name.
inline constexpr const char* pdf_extract_symbol = "nianbao_pdf_extract";

}  // namespace nianbao::frontends
