// Web pages: the report is the part of the page between its title and the
// end of the element that holds its section headings. Government sites wrap
// a report in navigation, breadcrumbs, publication data, share buttons and a
// footer; all of that lies outside the smallest element that contains the
// most distinct headings 一、…六、, and is left out. The title is often in a
// heading element of its own before that element; the nearest title line
// before it (with the agency line above it when both are lines of the same
// element) is kept, the lines between them (dates, sources, font-size
// buttons) are not.
#include "input/frontends.hpp"
#include "input/html_nesting.hpp"
#include "input/html_walker.hpp"
#include "grammar/parse.hpp"
#include "input/text_builder.hpp"

#include "input/source.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

struct Range {
    std::size_t first = 0;
    std::size_t end = 0;
};

int heading_of(const HtmlBlock& block) { return block.is_table ? 0 : section_heading_number(block.text); }

std::size_t distinct_headings(const std::vector<int>& headings, Range range) {
    std::array<bool, 7> seen{};
    std::size_t count = 0;
    for (std::size_t i = range.first; i < range.end; ++i) {
        if (headings[i] == 0 || seen[static_cast<std::size_t>(headings[i])]) continue;
        seen[static_cast<std::size_t>(headings[i])] = true;
        ++count;
    }
    return count;
}

// The smallest element range with the most distinct section headings.
std::optional<Range> report_body(const HtmlWalker& walker, const std::vector<int>& headings) {
    std::optional<Range> best;
    std::size_t best_count = 0;
    for (const auto& [node, span] : walker.ranges()) {
        const Range range{span.first, span.second};
        const std::size_t count = distinct_headings(headings, range);
        if (count == 0) continue;
        const bool better = count > best_count ||
                            (count == best_count && range.end - range.first < best->end - best->first) ||
                            (count == best_count && range.end - range.first == best->end - best->first &&
                             range.first < best->first);
        if (better) {
            best = range;
            best_count = count;
        }
    }
    return best;
}

bool has_title(const std::vector<HtmlBlock>& blocks, Range range) {
    for (std::size_t i = range.first; i < range.end; ++i) {
        if (blocks[i].is_table) continue;
        if (heading_of(blocks[i]) != 0) return false;  // only the lines before 一、 count
        if (is_title_line(blocks[i].text) || is_title_year_line(blocks[i].text)) return true;
    }
    return false;
}

// The title lines before the body: the nearest title, and the agency line
// above a year-only title line when it belongs to the same element.
std::optional<Range> title_before(const std::vector<HtmlBlock>& blocks, std::size_t body_first) {
    for (std::size_t i = body_first; i-- > 0;) {
        if (blocks[i].is_table) continue;
        if (is_title_line(blocks[i].text)) return Range{i, i + 1};
        if (is_title_year_line(blocks[i].text)) {
            const bool agency_above = i > 0 && !blocks[i - 1].is_table &&
                                      blocks[i - 1].container == blocks[i].container;
            return Range{agency_above ? i - 1 : i, i + 1};
        }
    }
    return std::nullopt;
}

void emit(const std::vector<HtmlBlock>& blocks, Range range, TextBuilder& out) {
    for (std::size_t i = range.first; i < range.end; ++i) {
        const HtmlBlock& block = blocks[i];
        if (!block.is_table) {
            out.paragraph(block.text, block.origin);
            continue;
        }
        for (std::size_t r = 0; r < block.grid.cells.size(); ++r) out.row(block.grid.cells[r], block.grid.origins[r]);
    }
}

// The first element deeper than `limit` (the root element is 1 deep), if
// any. Iterative: the tree may be deeper than the stack allows recursion.
const GumboNode* deeper_than(const GumboNode* root, std::size_t limit) {
    const auto children = [](const GumboNode* node) -> const GumboVector* {
        return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE ? &node->v.element.children
                                                                                      : nullptr;
    };
    const GumboNode* node = root;
    std::size_t depth = 1;
    while (node) {
        const GumboVector* below = children(node);
        if (below && below->length > 0) {
            node = static_cast<const GumboNode*>(below->data[0]);
            if (++depth > limit && children(node)) return node;
            continue;
        }
        // Up to the nearest ancestor with a next sibling.
        while (node != root) {
            const GumboNode* parent = node->parent;
            const GumboVector* siblings = children(parent);
            const std::size_t next = node->index_within_parent + 1;
            if (siblings && next < siblings->length) {
                node = static_cast<const GumboNode*>(siblings->data[next]);
                break;
            }
            node = parent;
            --depth;
        }
        if (node == root) return nullptr;
    }
    return nullptr;
}

InputError too_deep(const std::string& path, std::string_view html, std::size_t offset, const std::string& reason) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < std::min(offset, html.size()); ++i) {
        if (html[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(html[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return InputError(InputError::Kind::not_text, path,
                      fmt::format("line {}, column {} of the page: {} (raise the limit with --max-nesting)", line,
                                  column, reason));
}

}  // namespace

DocumentText read_html(const std::string& path, std::string html, std::string encoding,
                       const InputLimits& limits) {
    if (const auto deep = find_deep_nesting(html, limits.nesting))
        throw too_deep(path, html, deep->offset, deep->reason);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are normal on real sites; they are not collected
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&options, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    // The estimate errs deeper, but is an estimate: the tree itself decides
    // before the recursive walks see it.
    if (const GumboNode* deep = deeper_than(output->root, limits.nesting))
        throw too_deep(path, html, deep->v.element.start_pos.offset,
                       fmt::format("elements nested more than {} deep", limits.nesting));
    HtmlWalker walker(html);
    walker.walk(output->document);
    const auto& blocks = walker.blocks();

    std::vector<int> headings;
    headings.reserve(blocks.size());
    bool any_title = false;
    for (const auto& block : blocks) {
        headings.push_back(heading_of(block));
        any_title = any_title || (!block.is_table && (is_title_line(block.text) || is_title_year_line(block.text)));
    }
    const std::optional<Range> body = report_body(walker, headings);
    if (!body && !any_title)
        throw InputError(InputError::Kind::not_text, path,
                         "no report found in the web page: no title such as "
                         "〈机关〉〈年〉年政府信息公开工作年度报告 and no section heading 一、…六、");

    TextBuilder out;
    if (!body) {
        emit(blocks, Range{0, blocks.size()}, out);
    } else {
        if (!has_title(blocks, *body))
            if (const auto title = title_before(blocks, body->first)) emit(blocks, *title, out);
        emit(blocks, *body, out);
    }
    return out.finish(InputKind::html, std::move(encoding));
}

}  // namespace nianbao::frontends
