// PDF: the words of each page come from the PDF module (pdf_words.hpp), are
// checked as UTF-8 here, and are laid out into text by pdf_layout.cpp.
#include "input/frontends.hpp"
#include "input/pdf_layout.hpp"
#include "input/pdf_words.hpp"

#include "input/decode.hpp"
#include "input/source.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

constexpr const char* module_name = "libnianbao_pdf.so";

std::string executable_directory() {
    std::string path(PATH_MAX, '\0');
    const ssize_t length = ::readlink("/proc/self/exe", path.data(), path.size());
    if (length <= 0) return {};
    path.resize(static_cast<std::size_t>(length));
    return path.substr(0, path.rfind('/') + 1);
}

struct PdfModule {
    PdfExtractFunction extract = nullptr;
    std::string error;  // why it could not be loaded
};

// Beside the executable (a copied or installed build), else where the build
// put it (the tests and fuzzers run from other directories). Loaded once.
const PdfModule& pdf_module() {
    static const PdfModule module = [] {
        PdfModule loaded;
        for (const std::string& path : {executable_directory() + module_name, std::string(NIANBAO_PDF_MODULE)}) {
            void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                if (loaded.error.empty()) loaded.error = ::dlerror();
                continue;
            }
            loaded.extract = reinterpret_cast<PdfExtractFunction>(::dlsym(handle, pdf_extract_symbol));
            if (loaded.extract) return loaded;
            loaded.error = fmt::format("{} has no {}", path, pdf_extract_symbol);
        }
        return loaded;
    }();
    return module;
}

[[noreturn]] void refuse(const std::string& path, const std::string& reason) {
    throw InputError(InputError::Kind::not_text, path, reason);
}

}  // namespace

DocumentText read_pdf(const std::string& path, std::string_view bytes, const InputLimits& limits) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) refuse(path, "PDF larger than 2 GB");
    const PdfModule& module = pdf_module();
    if (!module.extract) refuse(path, fmt::format("PDF input is not available: {}", module.error));
    PdfExtraction extraction;
    module.extract(bytes, limits.text_bytes, extraction);
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
