#include "input/html_tree_model.hpp"

#include "input/html_categories.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace nianbao::frontends {

using namespace html;

namespace {

bool is_default_scope(std::uint16_t category) { return (category & is_scope) != 0; }

// SVG and MathML elements are kept under a name no HTML tag matches: the HTML
// rules never close them by name (Gumbo compares namespaces too).
std::string foreign_name(const std::string& name) { return "\x01" + name; }

}  // namespace

bool HtmlTreeModel::in_foreign() const {
    return !stack_.empty() && stack_.back().foreign && !(stack_.back().category & is_integration);
}

void HtmlTreeModel::text(std::size_t offset) {
    if (!in_foreign()) reconstruct(offset);  // text in SVG or MathML re-opens nothing
}

Content HtmlTreeModel::start_tag(const std::string& name, bool self_closing, std::uint64_t attributes,
                                 std::size_t offset) {
    if (in_select()) {
        if (!select_start_tag(name, offset)) return Content::markup;
    } else if (in_foreign()) {
        if (!is_breakout(name)) {
            const bool math = stack_.back().math;  // the parent's namespace
            if (self_closing) reach(top_depth() + 1, offset);
            else push(foreign_name(name), category_of(name, math ? Space::math : Space::svg), offset, true, math);
            return Content::markup;
        }
        while (in_foreign()) pop();  // an HTML element ends the SVG or MathML around it
    }
    if (name == "svg" || name == "math") {
        reconstruct(offset);
        if (self_closing) reach(top_depth() + 1, offset);
        else push(foreign_name(name), 0, offset, true, name == "math");
        return Content::markup;
    }
    return html_start_tag(matched_name(name), attributes, offset);
}

// Inside a <select> only options are elements: the parser drops any other
// tag, and ends the select at another select or a form control.
bool HtmlTreeModel::in_select() const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == "select") return true;
        if (stack_[k].name != "option" && stack_[k].name != "optgroup") return false;
    }
    return false;
}

// True when the tag is then read as outside the select.
bool HtmlTreeModel::select_start_tag(const std::string& name, std::size_t offset) {
    const auto top_is = [&](std::string_view n) { return !stack_.empty() && stack_.back().name == n; };
    if (name == "option" || name == "optgroup") {
        if (top_is("option")) pop();
        if (name == "optgroup" && top_is("optgroup")) pop();
        push(name, category_of(name), offset);
        return false;
    }
    // In a table, a table part also ends the select ("in select in table").
    const bool ends_select = name == "input" || name == "keygen" || name == "textarea" ||
                             (is_table_part(name) && name != "col" && name != "colgroup" && table_open());
    if (name == "select" || ends_select) {
        (void)close_to({"select"}, {});
        return ends_select;
    }
    return name == "script" || name == "template";  // read as in the page's head
}

// True when the tag is then read as outside the select.
bool HtmlTreeModel::select_end_tag(const std::string& name) {
    const auto top_is = [&](std::string_view n) { return !stack_.empty() && stack_.back().name == n; };
    if (name == "optgroup" && top_is("option") && stack_.size() >= 2 && stack_[stack_.size() - 2].name == "optgroup")
        pop();
    if ((name == "optgroup" && top_is("optgroup")) || (name == "option" && top_is("option"))) pop();
    const bool ends_select = one_of(name, {"caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"}) &&
                             table_open();
    if (name == "select" || ends_select) (void)close_to({"select"}, {});
    return ends_select || name == "template";
}

Content HtmlTreeModel::html_start_tag(const std::string& name, std::uint64_t attributes, std::size_t offset) {
    const std::uint16_t category = category_of(name);
    if (category & is_implicit) return Content::markup;
    // The first element in a <template> decides whether it holds table parts.
    if (!stack_.empty() && stack_.back().name == "template" && !stack_.back().has_content) {
        stack_.back().has_content = true;
        stack_.back().table_content = is_table_part(name);
        stack_.back().row_content = name == "td" || name == "th";
    }
    if (is_table_part(name) && name != "table" && !table_open()) return Content::markup;  // ignored outside tables
    if (ignored_in_row_template(name)) {
        if (close_to({"td", "th"}, {"table", "template"})) clear_to_marker();  // the cell is closed all the same
        return Content::markup;
    }
    close_implicitly(name, category, offset);
    // Block and table elements do not re-open formatting elements; the text in them will.
    if (!(category & closes_p) && !is_table_part(name)) reconstruct(offset);
    if (category & (is_void | is_raw_text)) {  // a leaf: no element inside
        reach(top_depth() + 1, offset);
        return name == "plaintext" ? Content::plain_text : (category & is_raw_text) ? Content::raw_text : Content::markup;
    }
    const std::uint32_t id = push(name, category, offset);
    if (category & is_formatting) add_formatting(name, attributes, id, offset);
    if (category & is_marker) active_.push_back({{}, 0, 0, true});
    return name == "plaintext" ? Content::plain_text : Content::markup;
}

void HtmlTreeModel::end_tag(const std::string& name, std::size_t offset) {
    if (in_select() && !select_end_tag(name)) return;
    if (top_is_foreign() && foreign_end_tag(name)) return;
    html_end_tag(matched_name(name), offset);
}

// An end tag with SVG or MathML open: it closes the nearest foreign element of
// its name; reaching an HTML element first, the HTML rules decide (false).
bool HtmlTreeModel::foreign_end_tag(const std::string& name) {
    const std::string kept = foreign_name(name);
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (!stack_[k].foreign) return false;
        if (stack_[k].name == kept) {
            (void)pop_to(k);
            return true;
        }
    }
    return false;  // <body> is next, an HTML element
}

void HtmlTreeModel::html_end_tag(const std::string& name, std::size_t offset) {
    const std::uint16_t category = category_of(name);
    if (category & is_implicit) return;
    const auto button_scope = [](const Open& e) { return is_default_scope(e.category) || e.name == "button"; };
    if (name == "br" || name == "p") {
        // </br> is a <br>; </p> without an open p makes an empty one.
        const bool open_p = name == "p" && std::any_of(stack_.rbegin(), std::find_if(stack_.rbegin(), stack_.rend(),
                                                                                        button_scope),
                                                       [](const Open& e) { return e.name == "p"; });
        if (open_p) return (void)close_in_scope("p", button_scope);
        reconstruct(offset);
        return reach(top_depth() + 1, offset);
    }
    if (name == "form") {
        // The form leaves the stack; what was opened inside it stays open, inside it.
        for (std::size_t k = stack_.size(); k-- > 0 && !is_default_scope(stack_[k].category);)
            if (stack_[k].name == "form") return remove({k}, false);
        return;
    }
    const auto then_clear = [&](bool marker_closed) {
        if (marker_closed) clear_to_marker();
    };
    if (name == "template") return then_clear(close_to({"template"}, {}));  // whatever scope lies between
    if (name == "table") return then_clear(close_to({"table"}, {"template"}));
    if (one_of(name, {"tr", "td", "th", "tbody", "thead", "tfoot", "caption"}))
        return then_clear(close_to({name}, {"table", "template"}));
    if (name == "li")
        return (void)close_in_scope("li", [](const Open& e) { return is_default_scope(e.category) || one_of(e.name, {"ol", "ul"}); });
    if (category & is_formatting) return adopt(name);
    if (category & is_special)
        return then_clear(close_in_scope(name, [](const Open& e) { return is_default_scope(e.category); }));
    (void)close_in_scope(name, [](const Open& e) { return (e.category & is_special) != 0; });
}

void HtmlTreeModel::reach(std::size_t depth, std::size_t offset) {
    deepest_ = std::max(deepest_, depth);
    if (depth > limit_ && !failure_) failure_ = DeepNesting{offset, fmt::format("elements nested more than {} deep", limit_)};
}

std::uint32_t HtmlTreeModel::push(const std::string& name, std::uint16_t category, std::size_t offset, bool foreign,
                                  bool math) {
    const auto id = static_cast<std::uint32_t>(open_.size());
    const std::size_t depth = top_depth() + 1;  // <html> and <body> are always there: 1 and 2
    open_.push_back(true);
    stack_.push_back({name, category, id, depth, foreign, math, false, false});
    reach(depth, offset);
    return id;
}

void HtmlTreeModel::close(const Open& element) { open_[element.id] = false; }

// True when the element put a marker in the list of active formatting
// elements. The markers are cleared by the explicit closings only (as Gumbo
// does): the end tag of a cell, caption, applet, marquee, object or template,
// and a cell closed by a new row or cell.
bool HtmlTreeModel::pop() {
    const Open top = std::move(stack_.back());
    stack_.pop_back();
    close(top);
    return (top.category & is_marker) != 0;
}

bool HtmlTreeModel::pop_to(std::size_t index) {
    bool marker = false;
    while (stack_.size() > index) marker = pop() || marker;
    return marker;
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
bool HtmlTreeModel::close_in_scope(std::string_view name, Stop stop) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == name) return pop_to(k);
        if (stop(stack_[k])) return false;
    }
    return false;
}

bool HtmlTreeModel::close_to(std::initializer_list<std::string_view> names, std::initializer_list<std::string_view> stops) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (one_of(stack_[k].name, names)) return pop_to(k);
        if (one_of(stack_[k].name, stops)) return false;
    }
    return false;
}

void HtmlTreeModel::close_item(std::initializer_list<std::string_view> names) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (one_of(stack_[k].name, names)) return (void)pop_to(k);
        if ((stack_[k].category & is_special) && !one_of(stack_[k].name, {"address", "div", "p"})) return;
    }
}

bool HtmlTreeModel::table_open() const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == "table") return true;
        if (stack_[k].name == "template") return stack_[k].table_content;
    }
    return false;
}

// In a <template> whose first element was a cell, nearer than any table: the
// parser reads its content in the "in row" insertion mode.
bool HtmlTreeModel::in_row_template() const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == "table") return false;
        if (stack_[k].name == "template") return stack_[k].row_content;
    }
    return false;
}

// There a row, body or caption start without a row open is dropped (a
// template has no table to foster them out of), so the elements after it
// nest ever deeper.
bool HtmlTreeModel::ignored_in_row_template(const std::string& name) const {
    return is_table_part(name) && !one_of(name, {"table", "td", "th"}) && in_row_template() &&
           !has_in_table_scope("tr");
}

bool HtmlTreeModel::has_in_table_scope(std::string_view name) const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
        if (stack_[k].name == name) return true;
        if (one_of(stack_[k].name, {"table", "template", "html"})) return false;
    }
    return false;
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
    if (!stack_.empty() && stack_.back().name == "colgroup" && name != "col") pop();
    if (name == "li") close_item({"li"});
    if (name == "dd" || name == "dt") close_item({"dd", "dt"});
    if (category & closes_p)
        (void)close_in_scope("p", [](const Open& e) { return is_default_scope(e.category) || e.name == "button"; });
    if ((category & is_heading) && !stack_.empty() && (stack_.back().category & is_heading)) pop();
    if (name == "table" && in_table_context()) (void)close_to({"table"}, {"template"});  // a table in a table, not in a cell
    if (is_table_part(name) && name != "table") open_table_parts(name, offset);
    if ((name == "option" || name == "optgroup") && !stack_.empty() && stack_.back().name == "option") pop();
    if (name == "button") (void)close_in_scope("button", [](const Open& e) { return is_default_scope(e.category); });
    if ((name == "a" || name == "nobr") && active_entry(name)) adopt(name);
}

// A cell closes the cell before it, a row the row before it; what was
// foster-parented in the table (it is in the stack, not in a cell) is closed
// too. A row directly in a table gets the <tbody> the parser adds, a cell
// also the <tr>.
void HtmlTreeModel::open_table_parts(const std::string& name, std::size_t offset) {
    const bool cell = name == "td" || name == "th";
    if ((cell || name == "tr") && close_to({"td", "th"}, {"table", "template"})) clear_to_marker();  // closes the cell
    if (cell) {
        clear_to({"tr", "tbody", "thead", "tfoot", "table", "template"});
    } else if (name == "tr") {
        (void)close_to({"tr"}, {"table", "tbody", "thead", "tfoot", "template"});
        clear_to({"tbody", "thead", "tfoot", "table", "template"});
    } else {
        clear_to({"table", "template"});
    }
    if (stack_.empty()) return;
    // A <col> directly in a table gets the <colgroup> the parser adds.
    if (name == "col" && stack_.back().name == "table") push("colgroup", category_of("colgroup"), offset);
    if (!(cell || name == "tr")) return;
    if (stack_.back().name == "table") push("tbody", category_of("tbody"), offset);
    if (cell && one_of(stack_.back().name, {"tbody", "thead", "tfoot"})) push("tr", category_of("tr"), offset);
}

// Pops elements until one named in `context` is the current one.
void HtmlTreeModel::clear_to(std::initializer_list<std::string_view> context) {
    while (!stack_.empty() && !one_of(stack_.back().name, context)) pop();
}

std::optional<std::size_t> HtmlTreeModel::active_entry(std::string_view name) const {
    for (std::size_t k = active_.size(); k-- > 0 && !active_[k].marker;)
        if (active_[k].name == name) return k;
    return std::nullopt;
}

bool HtmlTreeModel::is_active(std::uint32_t id) const {
    return std::any_of(active_.begin(), active_.end(), [&](const Active& a) { return !a.marker && a.id == id; });
}

// The adoption agency algorithm, as far as depth goes. Each special element
// opened inside the formatting element moves up in the tree, one round each;
// the last round closes everything above the last of them. The formatting
// element and the plain elements opened in it leave the stack (formatting
// ones are cloned and stay). Like Gumbo, an end tag of a formatting element
// that is not active only closes the current element, if it has that name.
void HtmlTreeModel::adopt(const std::string& name) {
    if (!stack_.empty() && stack_.back().name == name && !is_active(stack_.back().id)) {
        pop();
        return;
    }
    const auto entry = active_entry(name);
    if (!entry) return;
    const std::uint32_t id = active_[*entry].id;
    if (!open_[id]) {
        active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(*entry));
        return;
    }
    std::size_t k = stack_.size();
    std::vector<std::size_t> specials;  // from the top down
    while (k-- > 0 && stack_[k].id != id) {
        if (is_default_scope(stack_[k].category)) return;  // not in scope: the end tag is ignored
        if (stack_[k].category & is_special) specials.push_back(k);
    }
    if (specials.empty()) {
        (void)pop_to(k);
        active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(*entry));
        return;
    }
    // After eight rounds the algorithm stops, leaving a clone of the element
    // in the stack and the tree: the element is kept (a little deeper).
    if (specials.size() >= 8) return;
    (void)pop_to(specials.front() + 1);
    std::vector<std::size_t> leaving{k};
    for (std::size_t i = k + 1; i < stack_.size(); ++i)
        if (!(stack_[i].category & is_special) && !is_active(stack_[i].id)) leaving.push_back(i);
    active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(*entry));
    remove(std::move(leaving), true);
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
