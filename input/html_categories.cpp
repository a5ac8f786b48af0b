#include "input/html_categories.hpp"

#include <gumbo.h>

#include <unordered_map>

namespace nianbao::frontends::html {

namespace {

const std::unordered_map<std::string_view, std::uint16_t>& categories() {
    static const auto table = [] {
        std::unordered_map<std::string_view, std::uint16_t> t;
        const auto add = [&](Names names, std::uint16_t category) {
            for (const auto name : names) t[name] |= category;
        };
        add({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
             "wbr", "keygen", "basefont", "bgsound", "frame", "image"},
            is_void);
        add({"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
             "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt",
             "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
             "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li",
             "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
             "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source",
             "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title",
             "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject",
             "desc"},
            is_special);
        add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"},
            is_formatting);
        add({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
             "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
             "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form",
             "li", "dd", "dt", "plaintext", "xmp"},
            closes_p);
        add({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn",
             "ms", "mtext", "annotation-xml", "foreignobject", "desc"},
            is_scope);
        add({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"}, is_raw_text);
        add({"html", "head", "body", "frameset"}, is_implicit);
        add({"applet", "caption", "marquee", "object", "template", "td", "th"}, is_marker);
        add({"h1", "h2", "h3", "h4", "h5", "h6"}, is_heading);
        add({"svg", "math"}, is_foreign);
        return t;
    }();
    return table;
}

// SVG and MathML names that only mean something in foreign content.
bool foreign_only(std::string_view name) {
    return one_of(name, {"mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc"});
}

// Where HTML may appear inside foreign content, by namespace.
bool is_integration_point(std::string_view name, Space space) {
    if (space == Space::math) return one_of(name, {"mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
    return one_of(name, {"foreignobject", "desc", "title"});
}

}  // namespace

bool one_of(std::string_view name, Names names) {
    for (const auto n : names)
        if (n == name) return true;
    return false;
}

std::uint16_t category_of(std::string_view name, Space space) {
    if (space != Space::html) return is_integration_point(name, space) ? (is_integration | is_special | is_scope) : 0;
    const auto it = categories().find(name);
    const std::uint16_t category = it == categories().end() ? 0 : it->second;
    if (foreign_only(name)) return 0;
    return category & ~is_integration;
}

bool is_table_part(std::string_view name) {
    return one_of(name, {"table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"});
}

bool is_breakout(std::string_view name) {
    return one_of(name, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
                         "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
                         "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
                         "sub", "sup", "table", "tt", "u", "ul", "var"});
}

std::string matched_name(const std::string& name) {
    return gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size())) == GUMBO_TAG_UNKNOWN ? std::string() : name;
}

}  // namespace nianbao::frontends::html
