// The prose of a section as the prose rules search it: converter artefacts
// removed, NFKC applied (so `，` is `,` and `２０２４` is `2024`), all white
// space deleted, lines joined without separator (D7: a word split over two
// lines is found). Every byte keeps the source offset it came from, so that
// a phrase found here is reported at its place in the source.
#pragma once

#include "../model.hpp"
#include "../syntax_tree.hpp"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

class ProseText {
public:
    ProseText() = default;
    // The paragraphs and sub-headings of `blocks`, read from `source_text`
    // (tables and trailers are not prose).
    ProseText(std::string_view source_text, const std::vector<Block>& blocks);

    [[nodiscard]] const std::string& text() const { return text_; }
    [[nodiscard]] bool empty() const { return text_.empty(); }
    [[nodiscard]] std::size_t find(std::string_view needle, std::size_t from = 0) const {
        return text_.find(needle, from);
    }
    [[nodiscard]] bool contains(std::string_view needle) const { return find(needle) != std::string::npos; }
    [[nodiscard]] bool contains_any(std::initializer_list<std::string_view> needles) const;

    // The source bytes that produced text()[begin, end).
    [[nodiscard]] ByteRange source_range(std::size_t begin, std::size_t end) const;
    // True when a source line starts at `pos` (joined lines are not one word
    // for numbers: `…0955` + `2024年` is not `09552024`).
    [[nodiscard]] bool starts_line(std::size_t pos) const;

private:
    void append_line(std::size_t begin, std::size_t end);

    std::string_view source_;
    std::string text_;
    std::vector<std::size_t> origin_;       // per byte of text_: source offset of its code point
    std::vector<std::size_t> line_starts_;  // positions in text_ where a source line begins
};

}  // namespace nianbao
