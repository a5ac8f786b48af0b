#include "input/html_nesting.hpp"

#include "input/html_tree_model.hpp"

#include <cstdint>
#include <limits>

namespace nianbao::frontends {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The tags of a page, as the HTML tokenizer finds them, fed to the model.
class Scanner {
public:
    Scanner(std::string_view html, HtmlTreeModel& model) : html_(html), model_(model) {}

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
        if (rest.starts_with("<![CDATA[") && model_.top_is_foreign()) return find_or_end("]]>", lt + 9);
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
            model_.end_tag(name, tag_start);
            return p;
        }
        switch (model_.start_tag(name, self_closing, attributes, tag_start)) {
            case Content::plain_text: return html_.size();
            case Content::raw_text: return raw_text_end(p, name);
            case Content::markup: break;
        }
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
    HtmlTreeModel& model_;
};

}  // namespace

std::optional<DeepNesting> find_deep_nesting(std::string_view html, std::size_t limit) {
    // Real pages re-open a formatting element now and then; a budget of one
    // per four bytes of page keeps the parser's node count linear in its size.
    HtmlTreeModel model(limit, html.size() / 4 + 65536);
    Scanner(html, model).run();
    return model.failure();
}

std::size_t estimate_nesting(std::string_view html) {
    HtmlTreeModel model(std::numeric_limits<std::size_t>::max(), std::numeric_limits<std::size_t>::max());
    Scanner(html, model).run();
    return model.deepest();
}

}  // namespace nianbao::frontends
