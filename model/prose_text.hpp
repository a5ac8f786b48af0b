// The prose of a section as the prose rules search it: converter artefacts
// removed, NFKC applied (so `，` is `,` and `２０２４` is `2024`), all white
// space deleted, lines joined without separator (D7: a word split over two
// lines is found). Every byte keeps the source offset it came from, so that
// a phrase found here is reported at its place in the source.
#pragma once

#include "model/model.hpp"
#include "grammar/syntax_tree.hpp"

#include <cstddef>
#include <cstdint>
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
    // Where text bytes came from, one entry per run: from `text` on, bytes are
    // a verbatim copy of the source from `source` on, or (folded) all come
    // from the one code point at `source`. A run-length map keeps the prose of
    // a large input small enough to be kept for all rules.
    struct Run {
        std::uint32_t text;
        std::uint32_t source;
        bool folded;
    };

    [[nodiscard]] std::size_t verbatim_run(std::size_t i, std::size_t end) const;
    void append_line(std::size_t begin, std::size_t end);
    void map_bytes(std::size_t count, std::size_t source, bool folded);
    [[nodiscard]] std::size_t origin(std::size_t pos) const;  // source offset of the code point of text_[pos]

    std::string_view source_;
    std::string text_;
    std::vector<Run> runs_;
    std::vector<std::uint32_t> line_starts_;  // positions in text_ where a source line begins
};

}  // namespace nianbao
