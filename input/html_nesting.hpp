// How deep a web page's elements will nest, estimated from its tags before
// Gumbo builds the tree. Gumbo (like the HTML5 algorithm it implements) walks
// its stack of open elements for many tags, so its time grows with the depth:
// a page nested 100,000 deep takes minutes. It also re-opens formatting
// elements (<b>, <font>, …) that a block closed before their end tag, for
// every later text: a few thousand such elements make it build millions of
// nodes (gigabytes from a 100 KB page). Both are refused before parsing.
//
// The estimate follows the tree-construction rules that decide the depth
// (html_tree_model.hpp), as Gumbo implements them: void elements, end tags
// that close the nearest open element of their name unless a scope boundary
// or a special element stands between, elements closed implicitly, tables,
// select, template, SVG and MathML, and the list of active formatting
// elements with its re-opening and adoption agency. For ordinary markup it is
// Gumbo's depth or deeper; for contrived misnesting it may fall short, by
// less than a factor of three (fuzz/fuzz_html_nesting.cpp checks that), so
// Gumbo's work stays bounded. The built tree is measured exactly afterwards
// (html.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao::frontends {

struct DeepNesting {
    std::size_t offset = 0;  // of the tag (or text) that went past the limit, in `html`
    std::string reason;      // what went past it
};

// Nothing when the page stays within `limit` elements deep (and within the
// re-opening budget, which is proportional to the page's size).
[[nodiscard]] std::optional<DeepNesting> find_deep_nesting(std::string_view html, std::size_t limit);

// The deepest the estimate goes over the whole page (<html> is 1 deep, an
// element in <body> 3), without any limit: for tests, which compare it with
// the tree Gumbo builds.
[[nodiscard]] std::size_t estimate_nesting(std::string_view html);

}  // namespace nianbao::frontends
