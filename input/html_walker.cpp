#include "input/html_walker.hpp"

#include "input/text_builder.hpp"

#include <algorithm>
#include <cstring>

namespace nianbao::frontends {

namespace {

// read_html refuses pages nested deeper than the nesting limit before they
// are walked; this only keeps the recursion bounded whatever happens.
constexpr std::size_t max_depth = max_nesting_limit + 8;

bool is_skipped(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
        case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE:
            return true;
        default: return false;
    }
}

bool is_inline(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
        case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
        case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q:
        case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
        case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
        case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR:
        case GUMBO_TAG_LABEL: case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_STRIKE:
        case GUMBO_TAG_NOBR: case GUMBO_TAG_IMG: case GUMBO_TAG_UNKNOWN:  // <o:p> of Word's HTML
            return true;
        default: return false;
    }
}

bool is_hidden(const GumboElement& element) {
    if (gumbo_get_attribute(&element.attributes, "hidden")) return true;
    const GumboAttribute* style = gumbo_get_attribute(&element.attributes, "style");
    if (!style) return false;
    std::string compact;
    for (const char* p = style->value; *p; ++p)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') compact.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*p))));
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

bool is_cell(const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT &&
           (node->v.element.tag == GUMBO_TAG_TD || node->v.element.tag == GUMBO_TAG_TH);
}

std::size_t span_attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
    if (!attribute) return 1;
    std::size_t value = 0;
    bool digits = false;
    for (const char* p = attribute->value; *p; ++p) {
        if (*p == ' ' && !digits) continue;
        if (*p < '0' || *p > '9') break;
        digits = true;
        value = std::min<std::size_t>(value * 10 + static_cast<std::size_t>(*p - '0'), 100000);
    }
    return digits ? value : 1;
}

// The rows of a table, not those of tables nested in its cells.
std::vector<const GumboNode*> table_rows(const GumboNode* table) {
    std::vector<const GumboNode*> rows;
    const GumboVector& children = table->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        const GumboTag tag = child->v.element.tag;
        if (tag == GUMBO_TAG_TR) rows.push_back(child);
        if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
            const GumboVector& section = child->v.element.children;
            for (unsigned k = 0; k < section.length; ++k) {
                const auto* row = static_cast<const GumboNode*>(section.data[k]);
                if (row->type == GUMBO_NODE_ELEMENT && row->v.element.tag == GUMBO_TAG_TR) rows.push_back(row);
            }
        }
    }
    return rows;
}

std::vector<const GumboNode*> row_cells(const GumboNode* row) {
    std::vector<const GumboNode*> cells;
    const GumboVector& children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (is_cell(child)) cells.push_back(child);
    }
    return cells;
}

bool contains_table(const GumboNode* node, std::size_t depth = 0) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > max_depth) return false;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        if (child->v.element.tag == GUMBO_TAG_TABLE || contains_table(child, depth + 1)) return true;
    }
    return false;
}

bool is_data_table(const GumboNode* table) {
    bool wide_row = false;
    for (const GumboNode* row : table_rows(table)) {
        const auto cells = row_cells(row);
        if (cells.size() >= 2) wide_row = true;
        for (const GumboNode* cell : cells)
            if (contains_table(cell)) return false;
    }
    return wide_row;
}

// Collapses runs of HTML white space (not NBSP) into one space.
void append_collapsed(std::string& out, std::string_view text) {
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (!space) {
            out.push_back(c);
        } else if (!out.empty() && out.back() != ' ') {
            out.push_back(' ');
        }
    }
}

}  // namespace

HtmlWalker::HtmlWalker(std::string_view html) : html_(html) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < html.size(); ++i)
        if (html[i] == '\n') line_starts_.push_back(i + 1);
}

Origin HtmlWalker::origin_at(std::size_t offset) const {
    offset = std::min(offset, html_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    std::size_t column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(html_[i]) & 0xC0) != 0x80) ++column;
    Origin origin;
    origin.line = line;
    origin.column = column;
    return origin;
}

// Where the text node's first visible character stands in the page source.
Origin HtmlWalker::text_origin(const GumboNode* node) const {
    const GumboText& text = node->v.text;
    std::size_t skip = 0;
    const std::string_view original(text.original_text.data, text.original_text.length);
    while (skip < original.size() && (original[skip] == ' ' || original[skip] == '\n' || original[skip] == '\t' ||
                                      original[skip] == '\r' || original[skip] == '\f'))
        ++skip;
    return origin_at(text.start_pos.offset + skip);
}

void HtmlWalker::walk(const GumboNode* root) { node(root, 0); flush(); }

void HtmlWalker::node(const GumboNode* n, std::size_t depth) {
    switch (n->type) {
        case GUMBO_NODE_DOCUMENT: {
            const GumboVector& children = n->v.document.children;
            for (unsigned i = 0; i < children.length; ++i) node(static_cast<const GumboNode*>(children.data[i]), depth + 1);
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: element(n, depth); break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: text(n); break;
        default: break;
    }
}

void HtmlWalker::text(const GumboNode* n) {
    const std::string_view value(n->v.text.text);
    if (!has_visible_text(value)) {
        if (!line_.empty()) append_collapsed(line_, value);
        return;
    }
    append(value, text_origin(n));
}

void HtmlWalker::append(std::string_view text, const Origin& origin) {
    if (!line_has_origin_) {
        line_origin_ = origin;
        line_has_origin_ = true;
    }
    append_collapsed(line_, text);
}

void HtmlWalker::flush() {
    const std::string line = flatten(line_);
    if (has_visible_text(line)) {
        HtmlBlock block;
        block.text = line;
        block.origin = line_origin_;
        block.container = container_;
        blocks_.push_back(std::move(block));
    }
    line_.clear();
    line_has_origin_ = false;
}

void HtmlWalker::element(const GumboNode* n, std::size_t depth) {
    const GumboElement& element = n->v.element;
    if (depth > max_depth || is_skipped(element.tag) || is_hidden(element)) return;
    if (element.tag == GUMBO_TAG_BR) {
        flush();
        return;
    }
    const bool block = !is_inline(element.tag);
    const GumboNode* outer_container = container_;
    if (block) {
        flush();
        container_ = n;
    }
    const std::size_t first = blocks_.size();
    if (element.tag == GUMBO_TAG_TABLE && is_data_table(n)) {
        table(n);
    } else {
        for (unsigned i = 0; i < element.children.length; ++i)
            node(static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
    }
    if (block) {
        flush();
        container_ = outer_container;
        ranges_[n] = {first, blocks_.size()};
    }
}

std::string HtmlWalker::cell_text(const GumboNode* n, Origin& origin, bool& has_origin) const {
    std::string out;
    const auto visit = [&](const auto& self, const GumboNode* current, std::size_t depth) -> void {
        if (depth > max_depth) return;
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA ||
            current->type == GUMBO_NODE_WHITESPACE) {
            const std::string_view value(current->v.text.text);
            if (!has_origin && has_visible_text(value)) {
                origin = text_origin(current);
                has_origin = true;
            }
            append_collapsed(out, value);
            return;
        }
        if (current->type != GUMBO_NODE_ELEMENT) return;
        const GumboElement& element = current->v.element;
        if (is_skipped(element.tag) || is_hidden(element)) return;
        // `<br>` and `<p>` inside a cell wrap its text; the cell stays one cell.
        if (!is_inline(element.tag) && !out.empty() && out.back() != ' ') out.push_back(' ');
        for (unsigned i = 0; i < element.children.length; ++i)
            self(self, static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
        if (!is_inline(element.tag) && !out.empty() && out.back() != ' ') out.push_back(' ');
    };
    visit(visit, n, 0);
    return flatten(out);
}

void HtmlWalker::table(const GumboNode* n) {
    std::vector<std::vector<GridCell>> rows;
    for (const GumboNode* row : table_rows(n)) {
        rows.emplace_back();
        for (const GumboNode* cell : row_cells(row)) {
            GridCell grid_cell;
            bool has_origin = false;
            grid_cell.text = cell_text(cell, grid_cell.origin, has_origin);
            if (!has_origin) grid_cell.origin = origin_at(cell->v.element.start_pos.offset);
            grid_cell.colspan = span_attribute(cell->v.element, "colspan");
            grid_cell.rowspan = span_attribute(cell->v.element, "rowspan");
            rows.back().push_back(std::move(grid_cell));
        }
    }
    HtmlBlock block;
    block.is_table = true;
    block.grid = lay_out_grid(rows);
    block.origin = origin_at(n->v.element.start_pos.offset);
    block.container = n;
    blocks_.push_back(std::move(block));
}

}  // namespace nianbao::frontends
