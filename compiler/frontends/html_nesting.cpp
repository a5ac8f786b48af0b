#include "html_nesting.hpp"

#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <vector>

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

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The stack of open elements and the list of active formatting elements of
// the HTML standard, kept by name only.
class TreeModel {
public:
    TreeModel(std::size_t limit, std::size_t clone_budget) : limit_(limit), clone_budget_(clone_budget) {}

    [[nodiscard]] const std::optional<DeepNesting>& failure() const { return failure_; }
    [[nodiscard]] bool in_foreign() const { return foreign_ > 0; }

    void text(std::size_t offset) { reconstruct(offset); }

    void start_tag(const std::string& name, bool self_closing, std::uint64_t attributes, std::size_t offset) {
        const std::uint16_t category = category_of(name);
        if (category & is_implicit) return;
        if (foreign_ > 0) {
            if (!self_closing) push(name, category, offset);
            return;
        }
        if (category & is_void) return;
        close_implicitly(name, category);
        if (category & is_raw_text) return;  // its content is skipped and it holds no elements
        reconstruct(offset);
        const std::uint32_t id = push(name, category, offset);
        if (category & is_formatting) add_formatting(name, attributes, id, offset);
        if (category & is_marker) active_.push_back({{}, 0, 0, true});
    }

    void end_tag(const std::string& name) {
        const std::uint16_t category = category_of(name);
        if ((category & is_implicit) || name == "br") return;
        if (name == "p") return close_in_scope("p", [](const Open& e) { return is_button_scope(e); });
        if (name == "table") return close_to({"table"}, {"template"});
        if (one_of(name, {"tr", "td", "th", "tbody", "thead", "tfoot", "caption"}))
            return close_to({name}, {"table", "template"});
        if (name == "li")
            return close_in_scope("li", [](const Open& e) { return is_default_scope(e) || one_of(e.name, {"ol", "ul"}); });
        if ((category & is_formatting) && adopt(name)) return;
        if (category & is_special) return close_in_scope(name, [](const Open& e) { return is_default_scope(e); });
        close_in_scope(name, [](const Open& e) { return (e.category & is_special) != 0; });
    }

private:
    struct Open {
        std::string name;
        std::uint16_t category = 0;
        std::uint32_t id = 0;
    };
    struct Active {
        std::string name;
        std::uint64_t attributes = 0;
        std::uint32_t id = 0;
        bool marker = false;
    };

    static bool is_default_scope(const Open& e) { return (e.category & is_scope) != 0; }
    static bool is_button_scope(const Open& e) { return is_default_scope(e) || e.name == "button"; }

    std::uint32_t push(const std::string& name, std::uint16_t category, std::size_t offset) {
        const auto id = static_cast<std::uint32_t>(open_.size());
        open_.push_back(true);
        stack_.push_back({name, category, id});
        if (category & is_foreign) ++foreign_;
        // html and body are always there: an element directly in <body> is 3 deep.
        if (stack_.size() + 2 > limit_ && !failure_)
            failure_ = DeepNesting{offset, fmt::format("elements nested more than {} deep", limit_)};
        return id;
    }

    void pop() {
        const Open& top = stack_.back();
        open_[top.id] = false;
        if (top.category & is_foreign) --foreign_;
        const bool marker = (top.category & is_marker) != 0;
        stack_.pop_back();
        if (marker) clear_to_marker();
    }

    void pop_to(std::size_t index) {
        while (stack_.size() > index) pop();
    }

    // Closes the nearest open `name` unless `stop` holds for an element above it.
    template <typename Stop>
    void close_in_scope(std::string_view name, Stop stop) {
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (stack_[k].name == name) return pop_to(k);
            if (stop(stack_[k])) return;
        }
    }

    void close_to(Names names, Names stops) {
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (one_of(stack_[k].name, names)) return pop_to(k);
            if (one_of(stack_[k].name, stops)) return;
        }
    }

    // Elements a start tag closes without their end tag.
    void close_implicitly(const std::string& name, std::uint16_t category) {
        if (name == "li") close_item({"li"});
        if (name == "dd" || name == "dt") close_item({"dd", "dt"});
        if (category & closes_p) close_in_scope("p", [](const Open& e) { return is_button_scope(e); });
        if ((category & is_heading) && !stack_.empty() && (stack_.back().category & is_heading)) pop();
        if (name == "td" || name == "th") close_to({"td", "th"}, {"tr", "table", "tbody", "thead", "tfoot", "template"});
        if (name == "tr") close_to({"tr"}, {"table", "tbody", "thead", "tfoot", "template"});
        if (one_of(name, {"tbody", "thead", "tfoot"})) close_to({"tbody", "thead", "tfoot"}, {"table", "template"});
        if ((name == "option" || name == "optgroup") && !stack_.empty() && stack_.back().name == "option") pop();
        if (name == "optgroup" && !stack_.empty() && stack_.back().name == "optgroup") pop();
        if (name == "button") close_in_scope("button", [](const Open& e) { return is_default_scope(e); });
        if (name == "a" || name == "nobr") adopt(name);
    }

    void close_item(Names names) {
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (one_of(stack_[k].name, names)) return pop_to(k);
            if ((stack_[k].category & is_special) && !one_of(stack_[k].name, {"address", "div", "p"})) return;
        }
    }

    // The adoption agency algorithm, as far as depth goes: with no special
    // element above it the formatting element is closed; with one, the
    // elements are moved around at about the same depth. False when `name` is
    // not an active formatting element (the end tag is then an ordinary one).
    bool adopt(const std::string& name) {
        std::size_t entry = active_.size();
        for (std::size_t k = active_.size(); k-- > 0 && !active_[k].marker;)
            if (active_[k].name == name) {
                entry = k;
                break;
            }
        if (entry == active_.size()) return false;
        if (!open_[active_[entry].id]) {
            active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(entry));
            return true;
        }
        bool special_above = false;
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (stack_[k].id == active_[entry].id) {
                if (!special_above) {
                    pop_to(k);
                    active_.erase(active_.begin() + static_cast<std::ptrdiff_t>(entry));
                }
                return true;
            }
            if (is_default_scope(stack_[k])) return true;  // not in scope: the end tag is ignored
            special_above = special_above || (stack_[k].category & is_special);
        }
        return true;
    }

    // Noah's ark: at most three equal entries after the last marker.
    void add_formatting(const std::string& name, std::uint64_t attributes, std::uint32_t id, std::size_t offset) {
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
            failure_ = DeepNesting{offset, fmt::format("more than {} formatting elements (<b>, <font>, …) left "
                                                       "open, to be nested inside each other",
                                                       limit_)};
    }

    void clear_to_marker() {
        while (!active_.empty()) {
            const bool marker = active_.back().marker;
            active_.pop_back();
            if (marker) return;
        }
    }

    // Re-opens the active formatting elements that were closed by a block.
    void reconstruct(std::size_t offset) {
        if (active_.empty() || active_.back().marker || open_[active_.back().id]) return;
        std::size_t first = active_.size() - 1;
        while (first > 0 && !active_[first - 1].marker && !open_[active_[first - 1].id]) --first;
        for (std::size_t k = first; k < active_.size() && !failure_; ++k) {
            if (++clones_ > clone_budget_) {
                failure_ = DeepNesting{offset, "formatting elements (<b>, <font>, …) left open would be re-opened "
                                               "more often than the page's size allows"};
                return;
            }
            active_[k].id = push(active_[k].name, category_of(active_[k].name), offset);
        }
    }

    std::size_t limit_;
    std::size_t clone_budget_;
    std::size_t clones_ = 0;
    std::size_t foreign_ = 0;
    std::vector<Open> stack_;
    std::vector<bool> open_;  // by element id
    std::vector<Active> active_;
    std::optional<DeepNesting> failure_;
};

// The tags of a page, as the HTML tokenizer finds them, fed to the model.
class Scanner {
public:
    Scanner(std::string_view html, TreeModel& model) : html_(html), model_(model) {}

    void run() {
        std::size_t i = 0;
        while (i < html_.size() && !model_.failure()) {
            const std::size_t lt = html_.find('<', i);
            if (lt != i) model_.text(i);
            if (lt == std::string_view::npos) return;
            i = markup(lt);
        }
    }

private:
    std::size_t find_or_end(std::string_view what, std::size_t from) const {
        const std::size_t at = html_.find(what, from);
        return at == std::string_view::npos ? html_.size() : at + what.size();
    }

    // Reads what starts at `<`; returns where scanning goes on.
    std::size_t markup(std::size_t lt) {
        const std::string_view rest = html_.substr(lt);
        if (rest.starts_with("<!--")) return comment(lt + 4);
        if (rest.starts_with("<![CDATA[") && model_.in_foreign()) return find_or_end("]]>", lt + 9);
        if (rest.starts_with("<!") || rest.starts_with("<?")) return find_or_end(">", lt + 2);
        if (rest.starts_with("</")) {
            if (rest.size() > 2 && is_letter(rest[2])) return tag(lt + 2, false);
            return rest.starts_with("</>") ? lt + 3 : find_or_end(">", lt + 2);
        }
        if (rest.size() > 1 && is_letter(rest[1])) return tag(lt + 1, true);
        model_.text(lt);  // a `<` that starts nothing is text
        return lt + 1;
    }

    std::size_t comment(std::size_t from) const {
        if (html_.substr(from).starts_with(">")) return from + 1;
        if (html_.substr(from).starts_with("->")) return from + 2;
        return std::min(find_or_end("-->", from), find_or_end("--!>", from));
    }

    std::size_t tag(std::size_t name_start, bool start) {
        std::size_t p = name_start;
        std::string name;
        while (p < html_.size() && !is_space(html_[p]) && html_[p] != '/' && html_[p] != '>') {
            const char c = html_[p++];
            name.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
        bool self_closing = false;
        std::uint64_t attributes = 0;
        p = attributes_end(p, self_closing, attributes);
        if (p == std::string_view::npos) return html_.size();  // the page ends inside the tag: it is dropped
        const std::size_t tag_start = name_start - (start ? 1 : 2);
        if (!start) {
            model_.end_tag(name);
            return p;
        }
        model_.start_tag(name, self_closing, attributes, tag_start);
        if (name == "plaintext" && !model_.in_foreign()) return html_.size();
        if ((category_of(name) & is_raw_text) && !model_.in_foreign()) return raw_text_end(p, name);
        return p;
    }

    // Where the content of a raw-text element ends: at its end tag.
    std::size_t raw_text_end(std::size_t from, const std::string& name) const {
        for (std::size_t p = html_.find("</", from); p != std::string_view::npos; p = html_.find("</", p + 2)) {
            const std::string_view candidate = html_.substr(p + 2, name.size());
            bool same = candidate.size() == name.size();
            for (std::size_t k = 0; same && k < name.size(); ++k)
                same = (candidate[k] | 0x20) == name[k];
            const std::size_t after = p + 2 + name.size();
            if (same && (after >= html_.size() || is_space(html_[after]) || html_[after] == '/' || html_[after] == '>'))
                return p;
        }
        return html_.size();
    }

    // The attributes of a tag, as the tokenizer's attribute states read them
    // (a quote only opens a value after `=`); npos when the page ends first.
    std::size_t attributes_end(std::size_t p, bool& self_closing, std::uint64_t& hash) const {
        hash = 1469598103934665603ULL;
        const auto mix = [&](std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) hash = (hash ^ static_cast<unsigned char>(html_[k])) * 1099511628211ULL;
            hash = (hash ^ 0xFF) * 1099511628211ULL;
        };
        const std::size_t n = html_.size();
        while (p < n) {
            const char c = html_[p];
            if (c == '>') return p + 1;
            if (is_space(c)) {
                ++p;
                continue;
            }
            if (c == '/') {
                if (++p < n && html_[p] == '>') {
                    self_closing = true;
                    return p + 1;
                }
                continue;
            }
            const std::size_t name_start = p++;
            while (p < n && !is_space(html_[p]) && html_[p] != '/' && html_[p] != '>' && html_[p] != '=') ++p;
            mix(name_start, p);
            while (p < n && is_space(html_[p])) ++p;
            if (p >= n || html_[p] != '=') continue;
            ++p;
            while (p < n && is_space(html_[p])) ++p;
            if (p < n && (html_[p] == '"' || html_[p] == '\'')) {
                const std::size_t close = html_.find(html_[p], p + 1);
                if (close == std::string_view::npos) return std::string_view::npos;
                mix(p + 1, close);
                p = close + 1;
            } else {
                const std::size_t value_start = p;
                while (p < n && !is_space(html_[p]) && html_[p] != '>') ++p;
                mix(value_start, p);
            }
        }
        return std::string_view::npos;
    }

    std::string_view html_;
    TreeModel& model_;
};

}  // namespace

std::optional<DeepNesting> find_deep_nesting(std::string_view html, std::size_t limit) {
    // Real pages re-open a formatting element now and then; a budget of one
    // per four bytes of page keeps the parser's node count linear in its size.
    TreeModel model(limit, html.size() / 4 + 65536);
    Scanner(html, model).run();
    return model.failure();
}

}  // namespace nianbao::frontends
