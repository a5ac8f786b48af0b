// Positions in the decoded text: the byte ranges the grammar records, and the
// spans OUTPUT.md §2 promises (1-based lines, 1-based columns in Unicode code
// points, byte offset and length) that the source computes from them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace nianbao {

// Offsets in 32 bits: texts are smaller than 4 GiB (Source::from_bytes checks),
// and the tree of a large input holds millions of ranges.
struct ByteRange {
    ByteRange() = default;
    ByteRange(std::size_t at, std::size_t size)
        : offset_(static_cast<std::uint32_t>(at)), length_(static_cast<std::uint32_t>(size)) {}

    [[nodiscard]] std::size_t offset() const { return offset_; }
    [[nodiscard]] std::size_t length() const { return length_; }
    [[nodiscard]] std::size_t end() const { return std::size_t{offset_} + length_; }
    void set_offset(std::size_t at) { offset_ = static_cast<std::uint32_t>(at); }
    void set_length(std::size_t size) { length_ = static_cast<std::uint32_t>(size); }

private:
    std::uint32_t offset_ = 0;
    std::uint32_t length_ = 0;
};

struct Span {
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t end_line = 0;
    std::size_t end_column = 0;
    std::size_t offset = 0;
    std::size_t length = 0;

    [[nodiscard]] bool known() const { return line != 0; }
};

}  // namespace nianbao
