// Input front-ends: every kind of file a report comes in (plain text, web
// page, Word .docx, PDF) becomes the one UTF-8 text serialisation the grammar
// reads (docs/forms.md#serialisations): paragraphs as lines, tables as TAB-separated rows
// with merged cells expanded into empty cells, in document order. The kind is
// chosen from the content (magic bytes, markup), the file name only breaks a
// tie. The grammar and the backends never see which front-end ran.
#pragma once

#include "input/origin.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

enum class InputKind { text, html, docx, pdf };

[[nodiscard]] std::string_view input_kind_name(InputKind kind);  // "text" | "html" | "docx" | "pdf"

// What one input may bring into memory and onto the stack (README, "Limits").
// Past a limit the input is refused with a message naming the limit; the
// command line raises them with --max-input-size, --max-text-size and
// --max-nesting.
struct InputLimits {
    std::size_t input_bytes = std::size_t{256} << 20;  // the file as read, before anything else
    // Text decoded or unpacked from it: the decoded text of a text file or a
    // web page, the XML a .docx unpacks to (zip bombs), the text of a PDF.
    // The compiled model takes about 7 times this size for a real report.
    std::size_t text_bytes = std::size_t{32} << 20;
    std::size_t nesting = 256;  // element depth of a web page or of word/document.xml
};

// Nesting is followed by recursive walks; this keeps them well inside a
// thread's stack whatever --max-nesting asks for.
inline constexpr std::size_t max_nesting_limit = 10000;

struct ReadOptions {
    std::optional<std::string> encoding;  // forces the encoding of text and HTML inputs
    InputLimits limits = {};
};

// "32 MiB", "1500 KiB" or "1234567 bytes": a limit as the messages name it.
[[nodiscard]] std::string describe_size(std::size_t bytes);

struct DocumentText {
    std::string text;      // UTF-8, the serialisation the grammar reads
    std::string encoding;  // of the original ("utf-8", "gb18030", "utf-16le", …; "pdf" for PDF text)
    InputKind kind = InputKind::text;
    OriginMap origins;     // empty for plain text
};

// Throws InputError (source.hpp) naming the file, and the byte offset where
// one is meaningful, when the input holds no report text.
[[nodiscard]] DocumentText read_document(const std::string& path, std::string bytes, const ReadOptions& options);

}  // namespace nianbao
