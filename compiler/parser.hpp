// Phase 1: text → syntax tree, by the grammar.
#pragma once

#include "syntax_tree.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

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

}  // namespace nianbao
