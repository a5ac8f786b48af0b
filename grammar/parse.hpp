// Phase 1: text → syntax tree, by the grammar.
#pragma once

#include "grammar/syntax_tree.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// The grammar accepts any text; this is raised only if that promise breaks.
class ParseFailure : public std::runtime_error {
public:
    ParseFailure(std::string message, std::size_t offset)
        : std::runtime_error(std::move(message)), offset_(offset) {}
    [[nodiscard]] std::size_t offset() const { return offset_; }

private:
    std::size_t offset_;
};

// `text` must end with a line end (Source::parse_text() does), and must
// outlive the returned tree, whose texts are views into it.
[[nodiscard]] syntax::Document parse_document(std::string_view text);

// Parses text[begin, end) — a whole report, or the continuation of one from
// a section heading — handing the tree to `sink` a section at a time, so that
// memory holds one section's nodes, not the document's.
void parse_streaming(std::string_view text, std::size_t begin, std::size_t end, bool whole_report,
                     syntax::DocumentSink& sink);

// Offsets of section-heading lines that cut `text` into parts: for each of
// `targets` (increasing byte offsets), the first heading that starts a line
// after the one holding it; none where no heading follows.
[[nodiscard]] std::vector<std::size_t> split_at_sections(std::string_view text, const std::vector<std::size_t>& targets);

}  // namespace nianbao
