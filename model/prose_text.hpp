// The prose of a section as the prose rules search it: converter artefacts
// removed, NFKC applied (so `，` is `,` and `２０２４` is `2024`), all white
// space deleted, lines joined without separator (D7: a word split over two
// lines is found). Every byte keeps the source offset it came from, so that
// a phrase found here is reported at its place in the source. Built once by
// the model's builder; it keeps no reference to the source text.
#pragma once

#include "input/span.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

class ProseText {
public:
    // Appends the line source_text[line) less the converter artefacts the
    // grammar found in it (`artifacts`: ranges inside the line, in order).
    void append_line(std::string_view source_text, ByteRange line, std::span<const ByteRange> artifacts = {});

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
    // from the one code point of `folded` bytes at `source`.
    struct Run {
        std::uint32_t text;
        std::uint32_t source;
        std::uint8_t folded;  // 0: verbatim
    };

    void append_code_points(std::string_view source_text, std::size_t begin, std::size_t end);
    void map_bytes(std::size_t count, std::size_t source, std::size_t folded);
    // The source offset and length of the code point that produced text_[pos].
    [[nodiscard]] std::pair<std::size_t, std::size_t> origin(std::size_t pos) const;

    std::string text_;
    std::vector<Run> runs_;
    std::vector<std::uint32_t> line_starts_;  // positions in text_ where a source line begins
    std::uint32_t source_size_ = 0;           // of the text the lines came from: where an empty range points
};

}  // namespace nianbao
