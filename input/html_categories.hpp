// What the HTML standard's tree construction says about element names, as
// far as the nesting estimate (html_tree_model.cpp) needs it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace nianbao::frontends::html {

enum Category : std::uint16_t {
    is_void = 1 << 0,        // never has content: <br>, <img>, …
    is_special = 1 << 1,     // stops the search of a non-special end tag
    is_formatting = 1 << 2,  // kept in the list of active formatting elements
    closes_p = 1 << 3,       // its start tag closes an open <p>
    is_scope = 1 << 4,       // boundary of the default scope
    is_raw_text = 1 << 5,    // content is text up to the matching end tag
    is_implicit = 1 << 6,    // html, head, body: always there, never nested
    is_marker = 1 << 7,      // puts a marker in the list of active formatting elements
    is_heading = 1 << 8,
    is_foreign = 1 << 9,     // svg, math: foreign content starts
    is_integration = 1 << 10,  // MathML text and HTML integration points: HTML inside foreign content
};

using Names = std::initializer_list<std::string_view>;

[[nodiscard]] bool one_of(std::string_view name, Names names);

enum class Space : std::uint8_t { html, svg, math };  // the namespace of an element

// The categories of an element in its namespace.
[[nodiscard]] std::uint16_t category_of(std::string_view name, Space space = Space::html);

[[nodiscard]] bool is_table_part(std::string_view name);

// HTML start tags that end foreign content (<svg><p> is a <p> after the svg).
[[nodiscard]] bool is_breakout(std::string_view name);

// The name an HTML element is matched by: Gumbo compares the elements it does
// not know by their number, so all of them match each other ("").
[[nodiscard]] std::string matched_name(const std::string& name);

}  // namespace nianbao::frontends::html
