// A parsed web page (Gumbo, a full HTML5 parser) walked in document order
// into blocks: paragraph lines and data tables. Text is laid out as a
// browser would: runs of white space collapse, `&nbsp;` stays, block
// elements and `<br>` end a line. A table is a data table when a row has two
// cells or more and no cell holds another table; other tables only lay out
// the page, and their cells are read as ordinary blocks.
#pragma once

#include "input/table_grid.hpp"

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace nianbao::frontends {

struct HtmlBlock {
    bool is_table = false;
    std::string text;  // a paragraph line
    Origin origin;
    GridRows grid;     // a data table
    const GumboNode* container = nullptr;  // nearest block element around a line
};

class HtmlWalker {
public:
    explicit HtmlWalker(std::string_view html);

    void walk(const GumboNode* node);

    [[nodiscard]] const std::vector<HtmlBlock>& blocks() const { return blocks_; }
    // Blocks [first, end) produced inside an element.
    [[nodiscard]] const std::unordered_map<const GumboNode*, std::pair<std::size_t, std::size_t>>& ranges() const {
        return ranges_;
    }

private:
    void element(const GumboNode* node, std::size_t depth);
    void node(const GumboNode* node, std::size_t depth);
    void text(const GumboNode* node);
    void table(const GumboNode* node);
    void flush();
    void append(std::string_view text, const Origin& origin);
    [[nodiscard]] Origin origin_at(std::size_t offset) const;
    [[nodiscard]] Origin text_origin(const GumboNode* node) const;
    [[nodiscard]] std::string cell_text(const GumboNode* cell, Origin& origin, bool& has_origin) const;

    std::string_view html_;
    std::vector<std::size_t> line_starts_;
    std::vector<HtmlBlock> blocks_;
    std::unordered_map<const GumboNode*, std::pair<std::size_t, std::size_t>> ranges_;
    std::string line_;
    Origin line_origin_;
    bool line_has_origin_ = false;
    const GumboNode* container_ = nullptr;
};

}  // namespace nianbao::frontends
