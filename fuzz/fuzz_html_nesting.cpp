// The nesting estimate (input/html_nesting.cpp) bounds the time
// Gumbo takes: a page that gets past it while Gumbo nests far deeper could
// take Gumbo quadratic time. The estimate is deeper than Gumbo's tree for
// ordinary markup; for contrived misnesting it may fall short, but never by
// more than a factor of three: a page whose tree is deeper than 3 × the
// estimate + 16 is a finding. (The tree is then measured exactly, html.cpp.)
#include "input/utf8.hpp"
#include "input/html_nesting.hpp"

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

// Elements only; the root <html> is 1 deep. Iterative: the tree may be deep.
std::size_t tree_depth(const GumboNode* root) {
    std::size_t deepest = 0;
    const GumboNode* node = root;
    std::size_t depth = 1;
    const auto children = [](const GumboNode* n) -> const GumboVector* {
        return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE ? &n->v.element.children : nullptr;
    };
    while (node) {
        if (children(node)) deepest = std::max(deepest, depth);
        const GumboVector* below = children(node);
        if (below && below->length > 0) {
            node = static_cast<const GumboNode*>(below->data[0]);
            ++depth;
            continue;
        }
        while (node != root) {
            const GumboVector* siblings = children(node->parent);
            const std::size_t next = node->index_within_parent + 1;
            if (siblings && next < siblings->length) {
                node = static_cast<const GumboNode*>(siblings->data[next]);
                break;
            }
            node = node->parent;
            --depth;
        }
        if (node == root) break;
    }
    return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    // Only what the web-page front-end is given: decoded text is UTF-8
    // without NUL (decode.cpp refuses the rest). Gumbo reads bad bytes its own way.
    if (nianbao::find_invalid_utf8(html) || html.find('\0') != std::string_view::npos) return 0;
    const std::size_t estimate = nianbao::frontends::estimate_nesting(html);
    if (estimate > 2000) return 0;  // refused long before Gumbo would see it
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&options, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    const std::size_t actual = tree_depth(output->root);
    if (actual > 3 * estimate + 16) {
        std::fprintf(stderr, "fuzz finding: Gumbo's tree is %zu deep, the estimate %zu\n", actual, estimate);
        std::abort();
    }
    return 0;
}
