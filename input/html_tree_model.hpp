// The part of the HTML standard's tree construction that decides how deep a
// page nests (html_nesting.hpp): the stack of open elements, with the depth
// each element has in the tree, and the list of active formatting elements,
// fed with the tags of a page in order. Where it simplifies, it errs deeper.
#pragma once

#include "input/html_nesting.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::frontends {

// How the tokenizer reads what follows a start tag.
enum class Content { markup, raw_text, plain_text };

class HtmlTreeModel {
public:
    // `limit`: the deepest an element may be (<html> is 1, <body> 2);
    // `clone_budget`: how many formatting elements may be re-opened in all.
    HtmlTreeModel(std::size_t limit, std::size_t clone_budget) : limit_(limit), clone_budget_(clone_budget) {}

    [[nodiscard]] const std::optional<DeepNesting>& failure() const { return failure_; }
    [[nodiscard]] std::size_t deepest() const { return deepest_; }
    // The current element is SVG or MathML (CDATA sections are read there).
    [[nodiscard]] bool top_is_foreign() const { return !stack_.empty() && stack_.back().foreign; }

    void text(std::size_t offset);
    // `name` in lower case.
    Content start_tag(const std::string& name, bool self_closing, std::uint64_t attributes, std::size_t offset);
    void end_tag(const std::string& name, std::size_t offset);

private:
    struct Open {
        std::string name;
        std::uint16_t category = 0;
        std::uint32_t id = 0;
        std::size_t depth = 0;  // in the tree, which may be more than the stack's height
        bool foreign = false;   // SVG or MathML
        bool math = false;      // MathML
        bool has_content = false;    // <template>: an element was opened in it
        bool table_content = false;  // <template>: that element was a table part
        bool row_content = false;    // <template>: that element was a cell (the template is read as a row)
    };
    struct Active {
        std::string name;
        std::uint64_t attributes = 0;
        std::uint32_t id = 0;
        bool marker = false;
    };

    [[nodiscard]] std::size_t top_depth() const { return stack_.empty() ? 2 : stack_.back().depth; }
    // In foreign content proper: an SVG or MathML element that is not an integration point.
    [[nodiscard]] bool in_foreign() const;
    Content html_start_tag(const std::string& name, std::uint64_t attributes, std::size_t offset);
    void html_end_tag(const std::string& name, std::size_t offset);
    bool foreign_end_tag(const std::string& name);
    [[nodiscard]] bool in_select() const;
    bool select_start_tag(const std::string& name, std::size_t offset);
    bool select_end_tag(const std::string& name);
    void reach(std::size_t depth, std::size_t offset);
    std::uint32_t push(const std::string& name, std::uint16_t category, std::size_t offset, bool foreign = false,
                       bool math = false);
    void close(const Open& element);
    bool pop();
    bool pop_to(std::size_t index);
    void remove(std::vector<std::size_t> indices, bool reparent);
    template <typename Stop>
    bool close_in_scope(std::string_view name, Stop stop);
    bool close_to(std::initializer_list<std::string_view> names, std::initializer_list<std::string_view> stops);
    void close_item(std::initializer_list<std::string_view> names);
    void close_implicitly(const std::string& name, std::uint16_t category, std::size_t offset);
    void open_table_parts(const std::string& name, std::size_t offset);
    void clear_to(std::initializer_list<std::string_view> context);
    [[nodiscard]] bool in_table_context() const;
    [[nodiscard]] bool table_open() const;
    [[nodiscard]] bool in_row_template() const;
    [[nodiscard]] bool has_in_table_scope(std::string_view name) const;
    [[nodiscard]] bool ignored_in_row_template(const std::string& name) const;
    [[nodiscard]] std::optional<std::size_t> active_entry(std::string_view name) const;
    [[nodiscard]] bool is_active(std::uint32_t id) const;
    void adopt(const std::string& name);
    void add_formatting(const std::string& name, std::uint64_t attributes, std::uint32_t id, std::size_t offset);
    void clear_to_marker();
    void reconstruct(std::size_t offset);

    std::size_t limit_;
    std::size_t clone_budget_;
    std::size_t clones_ = 0;
    std::size_t deepest_ = 2;
    std::vector<Open> stack_;
    std::vector<bool> open_;  // by element id
    std::vector<Active> active_;
    std::optional<DeepNesting> failure_;
};

}  // namespace nianbao::frontends
