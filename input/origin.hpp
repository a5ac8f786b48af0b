// Where a piece of the decoded text came from in the original file, for
// inputs whose decoded text is not the file itself (web pages, Word, PDF).
// Spans stay in the decoded text (OUTPUT.md §2); an origin is reported next
// to them so that a user can find the place in the file they opened:
//   html: line and column (code points) of the HTML source;
//   docx: the n-th body paragraph, or table / row / grid column (all 1-based);
//   pdf:  the page.
// Plain text needs none: its spans already are lines and columns of the file
// — except a traditional copy whose pinyin glosses were dropped
// (traditional.hpp): line and column of the text file, as for html.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace nianbao {

struct Origin {
    std::size_t line = 0;  // html (and text without its glosses)
    std::size_t column = 0;
    std::size_t paragraph = 0;  // docx
    std::size_t table = 0;      // docx: table, row and grid column of a cell
    std::size_t row = 0;
    std::size_t cell = 0;
    std::size_t page = 0;  // pdf
};

// Origins by offset in the decoded text: each entry holds from its offset up
// to the next entry's.
class OriginMap {
public:
    void add(std::size_t offset, const Origin& origin) { entries_.emplace_back(offset, origin); }
    [[nodiscard]] bool empty() const { return entries_.empty(); }
    [[nodiscard]] const std::vector<std::pair<std::size_t, Origin>>& entries() const { return entries_; }
    [[nodiscard]] std::optional<Origin> at(std::size_t offset) const;

private:
    std::vector<std::pair<std::size_t, Origin>> entries_;  // offsets ascending
};

}  // namespace nianbao
