// Input front-ends: every kind of file a report comes in (plain text, web
// page, Word .docx, PDF) becomes the one UTF-8 text serialisation the grammar
// reads (FORMAT.md §6.2): paragraphs as lines, tables as TAB-separated rows
// with merged cells expanded into empty cells, in document order. The kind is
// chosen from the content (magic bytes, markup), the file name only breaks a
// tie. The grammar and the backends never see which front-end ran.
#pragma once

#include "../origin.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

enum class InputKind { text, html, docx, pdf };

[[nodiscard]] std::string_view input_kind_name(InputKind kind);  // "text" | "html" | "docx" | "pdf"

struct ReadOptions {
    std::optional<std::string> encoding;  // forces the encoding of text and HTML inputs
};

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
