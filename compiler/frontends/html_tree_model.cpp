#include "html_tree_model.hpp"

#include <algorithm>
#include <initializer_list>
#include <unordered_map>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

// What the HTML standard's tree construction says about an element name.
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
    is_foreign = 1 << 9,     // svg, math: `/>` closes an element inside them
};

using Names = std::initializer_list<std::string_view>;

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

std::uint16_t category_of(std::string_view name) {
    const auto it = categories().find(name);
    return it == categories().end() ? 0 : it->second;
}

bool one_of(std::string_view name, Names names) {
    for (const auto n : names)
        if (n == name) return true;
    return false;
}

bool is_table_part(std::string_view name) {
    return one_of(name, {"table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"});
}

bool is_default_scope(std::uint16_t category) { return (category & is_scope) != 0; }

}  // namespace

bool is_raw_text_element(std::string_view name) { return (category_of(name) & is_raw_text) != 0; }

void HtmlTreeModel::start_tag(const std::string& name, bool self_closing, std::uint64_t attributes,
                              std::size_t offset) {
    const std::uint16_t category = category_of(name);
    if (category & is_implicit) return;
    if (foreign_ > 0) {
        if (self_closing) reach(top_depth() + 1, offset);
        else push(name, category, offset);
        return;
    }
    close_implicitly(name, category, offset);
    // Block and table elements do not re-open formatting elements; the text in them will.
    if (!(category & closes_p) && !is_table_part(name)) reconstruct(offset);
    if (category & (is_void | is_raw_text)) {  // a leaf: no element inside
        reach(top_depth() + 1, offset);
        return;
    }
    const std::uint32_t id = push(name, category, offset);
    if (category & is_formatting) add_formatting(name, attributes, id, offset);
    if (category & is_marker) active_.push_back({{}, 0, 0, true});
}

void HtmlTreeModel::end_tag(const std::string& name, std::size_t offset) {
    const std::uint16_t category = category_of(name);
    if (category & is_implicit) return;
    const auto button_scope = [](const Open& e) { return is_default_scope(e.category) || e.name == "button"; };
    if (name == "br" || name == "p") {
        // </br> is a <br>; </p> without an open p makes an empty one.
        const bool open_p = name == "p" && std::any_of(stack_.rbegin(), std::find_if(stack_.rbegin(), stack_.rend(),
                                                                                        button_scope),
                                                       [](const Open& e) { return e.name == "p"; });
        if (open_p) return close_in_scope("p", button_scope);
        reconstruct(offset);
        return reach(top_depth() + 1, offset);
    }
    if (name == "form") {
        // The form leaves the stack; what was opened inside it stays open, inside it.
        for (std::size_t k = stack_.size(); k-- > 0 && !is_default_scope(stack_[k].category);)
            if (stack_[k].name == "form") return remove({k}, false);
        return;
    }
    if (name == "table") return close_to({"table"}, {"template"});
    if (one_of(name, {"tr", "td", "th", "tbody", "thead", "tfoot", "caption"})) return close_to({name}, {"table", "template"});
    if (name == "li")
        return close_in_scope("li", [](const Open& e) { return is_default_scope(e.category) || one_of(e.name, {"ol", "ul"}); });
    if ((category & is_formatting) && adopt(name)) return;
    if (category & is_special) return close_in_scope(name, [](const Open& e) { return is_default_scope(e.category); });
    close_in_scope(name, [](const Open& e) { return (e.category & is_special) != 0; });
}

void HtmlTreeModel::reach(std::size_t depth, std::size_t offset) {
    deepest_ = std::max(deepest_, depth);
    if (depth > limit_ && !failure_) failure_ = DeepNesting{offset, fmt::format("elements nested more than {} deep", limit_)};
}

std::uint32_t HtmlTreeModel::push(const std::string& name, std::uint16_t category, std::size_t offset) {
    const auto id = static_cast<std::uint32_t>(open_.size());
    const std::size_t depth = top_depth() + 1;  // <html> and <body> are always there: 1 and 2
    open_.push_back(true);
    stack_.push_back({name, category, id, depth});
    if (category & is_foreign) ++foreign_;
    reach(depth, offset);
    return id;
}

void HtmlTreeModel::close(const Open& element) {
    open_[element.id] = false;
    if (element.category & is_foreign) --foreign_;
}

void HtmlTreeModel::pop() {
    const Open top = std::move(stack_.back());
    stack_.pop_back();
    close(top);
    if (top.category & is_marker) clear_to_marker();
}

void HtmlTreeModel::pop_to(std::size_t index) {
    while (stack_.size() > index) pop();
}

// Takes elements out of the middle of the stack. `reparent`: what was inside
// them moves up in the tree (the adoption agency); otherwise it stays inside.
void HtmlTreeModel::remove(std::vector<std::size_t> indices, bool reparent) {
    std::sort(indices.begin(), indices.end());
    std::vector<Open> kept(stack_.begin(), stack_.begin() + static_cast<std::ptrdiff_t>(indices.front()));
    std::size_t removed = 0;
    for (std::size_t k = indices.front(); k < stack_.size(); ++k) {
        if (removed < indices.size() && indices[removed] == k) {
            close(stack_[k]);
            ++removed;
            continue;
        }
        Open element = std::move(stack_[k]);
        if (reparent) {
            const std::size_t below = kept.empty() ? 2 : kept.back().depth;
            element.depth = std::max(below + 1, element.depth - removed);
        }
        kept.push_back(std::move(element));
    }
    stack_ = std::move(kept);
}

// Closes the nearest open `name` unless `stop` holds for an element above it.
template <typename Stop>
void HtmlTreeModel::close_in_scope(std::string_view name, Stop stop) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == name) return pop_to(k);
        if (stop(stack_[k])) return;
    }
}

void HtmlTreeModel::close_to(std::initializer_list<std::string_view> names, std::initializer_list<std::string_view> stops) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (one_of(stack_[k].name, names)) return pop_to(k);
        if (one_of(stack_[k].name, stops)) return;
    }
}

void HtmlTreeModel::close_item(std::initializer_list<std::string_view> names) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (one_of(stack_[k].name, names)) return pop_to(k);
        if ((stack_[k].category & is_special) && !one_of(stack_[k].name, {"address", "div", "p"})) return;
    }
}

// Inside a table but not in one of its cells (the "in table" insertion modes).
bool HtmlTreeModel::in_table_context() const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == "table") return true;
        if (one_of(stack_[k].name, {"td", "th", "caption", "template"})) return false;
    }
    return false;
}

// Elements a start tag closes without their end tag.
void HtmlTreeModel::close_implicitly(const std::string& name, std::uint16_t category, std::size_t offset) {
    if (name == "li") close_item({"li"});
    if (name == "dd" || name == "dt") close_item({"dd", "dt"});
    if (category & closes_p)
        close_in_scope("p", [](const Open& e) { return is_default_scope(e.category) || e.name == "button"; });
    if ((category & is_heading) && !stack_.empty() && (stack_.back().category & is_heading)) pop();
    if (name == "table" && in_table_context()) close_to({"table"}, {"template"});  // a table in a table, not in a cell
    if (name == "td" || name == "th" || name == "tr" || one_of(name, {"tbody", "thead", "tfoot"}))
        open_table_parts(name, offset);
    if ((name == "option" || name == "optgroup") && !stack_.empty() && stack_.back().name == "option") pop();
    if (name == "optgroup" && !stack_.empty() && stack_.back().name == "optgroup") pop();
    if (name == "button") close_in_scope("button", [](const Open& e) { return is_default_scope(e.category); });
    if (name == "a" || name == "nobr") adopt(name);
}

// A cell closes the cell before it; a row the row before it. A row directly
// in a table gets the <tbody> the parser adds, a cell also the <tr>.
void HtmlTreeModel::open_table_parts(const std::string& name, std::size_t offset) {
    if (name == "td" || name == "th") close_to({"td", "th"}, {"tr", "table", "tbody", "thead", "tfoot", "template"});
    if (name == "tr") close_to({"tr"}, {"table", "tbody", "thead", "tfoot", "template"});
    if (one_of(name, {"tbody", "thead", "tfoot"})) close_to({"tbody", "thead", "tfoot"}, {"table", "template"});
    if (stack_.empty() || one_of(name, {"tbody", "thead", "tfoot"})) return;
    if (stack_.back().name == "table") push("tbody", category_of("tbody"), offset);
    if ((name == "td" || name == "th") && one_of(stack_.back().name, {"tbody", "thead", "tfoot"}))
        push("tr", category_of("tr"), offset);
}

std::optional<std::size_t> HtmlTreeModel::active_entry(std::string_view name) const {
    for (std::size_t k = active_.size(); k-- > 0 && !active_[k].marker;)
        if (active_[k].name == name) return k;
    return std::nullopt;
}

bool HtmlTreeModel::is_active(std::uint32_t id) const {
    return std::any_of(active_.begin(), active_.end(), [&](const Active& a) { return !a.marker && a.id == id; });
}

// The adoption agency algorithm, as far as depth goes. The formatting element
// leaves the stack; so do the plain elements opened in it, unless they are
// formatting elements themselves (they are cloned); special elements move up
// in the tree. False when `name` is not an active formatting element (the end
// tag is then an ordinary one).
bool HtmlTreeModel::adopt(const std::string& name) {
    const auto entry = active_entry(name);
    if (!entry) return false;
    const std::uint32_t id = active_[*entry].id;
    if (!open_[id]) {
        active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(*entry));
        return true;
    }
    std::size_t k = stack_.size();
    std::size_t specials = 0;
    while (k-- > 0 && stack_[k].id != id) {
        if (is_default_scope(stack_[k].category)) return true;  // not in scope: the end tag is ignored
        specials += (stack_[k].category & is_special) ? 1 : 0;
    }
    active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(*entry));
    if (specials == 0) {
        pop_to(k);
        return true;
    }
    // The algorithm gives up after eight rounds, leaving a clone: keep the element then.
    std::vector<std::size_t> leaving;
    if (specials <= 8) leaving.push_back(k);
    for (std::size_t i = k + 1; i < stack_.size(); ++i)
        if (!(stack_[i].category & is_special) && !is_active(stack_[i].id)) leaving.push_back(i);
    if (!leaving.empty()) remove(std::move(leaving), true);
    return true;
}

// Noah's ark: at most three equal entries after the last marker.
void HtmlTreeModel::add_formatting(const std::string& name, std::uint64_t attributes, std::uint32_t id,
                                   std::size_t offset) {
    std::size_t equal = 0, earliest = 0, entries = 0;
    for (std::size_t k = active_.size(); k-- > 0 && !active_[k].marker;) {
        ++entries;
        if (active_[k].name == name && active_[k].attributes == attributes) {
            ++equal;
            earliest = k;
        }
    }
    if (equal >= 3) {
        active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(earliest));
        --entries;
    }
    active_.push_back({name, attributes, id, false});
    // Every later text re-opens those of them that are closed: they are depth in waiting.
    if (entries + 1 + 2 > limit_ && !failure_)
        failure_ = DeepNesting{offset, fmt::format("more than {} formatting elements (<b>, <font>, …) left open, "
                                                   "to be nested inside each other",
                                                   limit_)};
}

void HtmlTreeModel::clear_to_marker() {
    while (!active_.empty()) {
        const bool marker = active_.back().marker;
        active_.pop_back();
        if (marker) return;
    }
}

// Re-opens the active formatting elements that a block closed.
void HtmlTreeModel::reconstruct(std::size_t offset) {
    if (active_.empty() || active_.back().marker || open_[active_.back().id]) return;
    std::size_t first = active_.size() - 1;
    while (first > 0 && !active_[first - 1].marker && !open_[active_[first - 1].id]) --first;
    for (std::size_t k = first; k < active_.size() && !failure_; ++k) {
        if (++clones_ > clone_budget_) {
            failure_ = DeepNesting{offset, "formatting elements (<b>, <font>, …) left open would be re-opened more "
                                           "often than the page's size allows"};
            return;
        }
        active_[k].id = push(active_[k].name, category_of(active_[k].name), offset);
    }
}

}  // namespace nianbao::frontends
