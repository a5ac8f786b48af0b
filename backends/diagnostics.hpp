// Diagnostics backends of `nianbao lint` (OUTPUT.md §4): clang-style text,
// JSON (`"schema": "nianbao-diagnostics/1"`) and SARIF 2.1.0. Like every
// backend they see only the model: diagnostics, and for the text format the
// source lines they point at.
#pragma once

#include "input/origin.hpp"
#include "model/diagnostic.hpp"
#include "model/rule.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// The diagnostics of one input, or why it could not be compiled at all.
struct FileDiagnostics {
    std::string path;
    std::vector<Diagnostic> diagnostics;
    std::optional<std::string> failure;
    std::optional<std::size_t> failure_offset;
    // Web page, .docx, PDF: where the decoded text came from in the file
    // (empty for plain text, whose spans are already lines of the file).
    OriginMap origins;
};

struct DiagnosticsOptions {
    Lang lang = Lang::zh;
    bool color = false;              // ANSI colours (text format only)
    std::string_view tool_version;   // SARIF tool.driver.version
};

// The text of a 1-based source line (empty if unknown).
using SourceLines = std::function<std::string_view(std::size_t line)>;

// `path:line:col: error: message [RULE-ID]`, the source line and a caret /
// tilde underline aligned for double-width characters; notes likewise. With
// `origins` (web page, .docx, PDF) the place is the one in the original file:
// `page.html:2:6834:`, `a.docx: paragraph 41:`, `a.pdf: page 3:`; the excerpt
// stays the extracted text, which is what the rule read.
[[nodiscard]] std::string render_diagnostics_text(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                                                  const SourceLines& lines, const DiagnosticsOptions& options,
                                                  const OriginMap* origins = nullptr);

// The place of `span` in the original file as text output shows it (after
// `path`): `:2:6834:` of a web page, `: paragraph 41:` / `: table 3, row 5,
// cell 2:` of a .docx, `: page 3:` of a PDF (in the language asked); the
// decoded text's `:line:col:` without an origin.
[[nodiscard]] std::string place_text(const Span& span, const OriginMap* origins, Lang lang);
struct DiagnosticCounts {
    std::size_t files = 0;
    std::size_t errors = 0;  // including inputs that could not be compiled
    std::size_t warnings = 0;
    std::size_t infos = 0;
    void add(const std::vector<Diagnostic>& diagnostics);
};
// The closing line of the text format: `3 error(s), 5 warning(s), 2 info in 5 file(s).`
[[nodiscard]] std::string render_diagnostics_summary(const DiagnosticCounts& counts, const DiagnosticsOptions& options);

[[nodiscard]] std::string render_diagnostics_json(const std::vector<FileDiagnostics>& files,
                                                  const DiagnosticsOptions& options);

// `rules` become tool.driver.rules; every result names its rule's index there.
[[nodiscard]] std::string render_diagnostics_sarif(const std::vector<FileDiagnostics>& files,
                                                   std::span<const RuleDef* const> rules,
                                                   const DiagnosticsOptions& options);

}  // namespace nianbao
