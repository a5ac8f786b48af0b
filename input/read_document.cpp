// Chooses the front-end from the content: PDF and ZIP (Word) by their magic
// bytes, web pages by their markup; everything else is text. The extension
// only decides for a page that is an HTML fragment without a telling start,
// and names what the file claimed to be when its content is something else.
#include "input/frontend.hpp"
#include "input/frontends.hpp"

#include "input/decode.hpp"
#include "input/source.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace nianbao {

namespace {

// The PDF header may follow some junk within the first 1024 bytes.
bool is_pdf(std::string_view bytes) {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool is_zip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

// OLE compound files: the legacy Word .doc, and Office's password-protected .docx.
bool is_ole(std::string_view bytes) { return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

std::string extension_of(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

Decoded decode_or_throw(const std::string& path, std::string&& bytes, const DecodeOptions& options,
                        const std::string& claimed) {
    Decoded decoded;
    if (auto failure = decode_text(std::move(bytes), decoded, options)) {
        std::string reason = std::move(failure->reason);
        if (!claimed.empty()) reason = fmt::format("not a {} file as its name says, and {}", claimed, reason);
        throw InputError(InputError::Kind::not_text, path, reason, failure->offset);
    }
    return decoded;
}

}  // namespace

std::string describe_size(std::size_t bytes) {
    constexpr std::size_t kib = 1024;
    if (bytes >= kib * kib * kib && bytes % (kib * kib * kib) == 0) return fmt::format("{} GiB", bytes / (kib * kib * kib));
    if (bytes >= kib * kib && bytes % (kib * kib) == 0) return fmt::format("{} MiB", bytes / (kib * kib));
    if (bytes >= kib && bytes % kib == 0) return fmt::format("{} KiB", bytes / kib);
    return fmt::format("{} bytes", bytes);
}

std::string_view input_kind_name(InputKind kind) {
    switch (kind) {
        case InputKind::text: return "text";
        case InputKind::html: return "html";
        case InputKind::docx: return "docx";
        case InputKind::pdf: return "pdf";
    }
    return "text";
}

DocumentText read_document(const std::string& path, std::string bytes, const ReadOptions& options) {
    if (is_pdf(bytes)) return frontends::read_pdf(path, bytes, options.limits);
    if (is_zip(bytes)) return frontends::read_docx(path, bytes, options.limits);
    if (is_ole(bytes))
        throw InputError(InputError::Kind::not_text, path,
                         "a legacy Word .doc or a password-protected Office file; save it as .docx "
                         "without a password");
    const std::string extension = extension_of(path);
    const std::string claimed = extension == ".pdf" ? "PDF" : extension == ".docx" ? "Word .docx" : "";
    DecodeOptions decode_options{options.encoding, std::nullopt};
    const bool html_by_name = extension == ".html" || extension == ".htm" || extension == ".xhtml" ||
                              extension == ".shtml";
    const bool html_bytes = html_by_name || frontends::looks_like_html(bytes);
    if (html_bytes) decode_options.declared = frontends::declared_charset(bytes);
    Decoded decoded = decode_or_throw(path, std::move(bytes), decode_options, claimed);
    if (decoded.text.size() > options.limits.text_bytes)
        throw text_too_large(path, decoded.text.size(), options.limits.text_bytes);
    // UTF-16 pages show their markup only once decoded.
    if (html_bytes || frontends::looks_like_html(decoded.text)) {
        return frontends::read_html(path, std::move(decoded.text), std::move(decoded.encoding), options.limits);
    }
    DocumentText text;
    text.text = std::move(decoded.text);
    text.encoding = std::move(decoded.encoding);
    text.kind = InputKind::text;
    return text;
}

}  // namespace nianbao
