// Escaping and a small element writer shared by the HTML pages. All text that
// comes from a report goes through `text()` or an attribute value, both
// escaped here; `raw()` is for the backend's own markup only.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace nianbao::html {

// `&`, `<`, `>` (and in attributes `"` and `'`) as character references; C0
// controls other than TAB/LF/CR and DEL, which HTML forbids, as U+FFFD.
void append_text(std::string& out, std::string_view text);
void append_attribute(std::string& out, std::string_view value);
[[nodiscard]] std::string escape_text(std::string_view text);

// A relative path as a URL path: every byte outside [A-Za-z0-9-._~/] is
// percent-encoded, so `#`, `?`, `%` and spaces in file names stay a path.
[[nodiscard]] std::string url_path(std::string_view path);

// An attribute; one with an empty value is left out of the tag.
struct Attr {
    std::string_view name;
    std::string value;
};

class Writer {
public:
    Writer& raw(std::string_view markup) {
        out_ += markup;
        return *this;
    }
    Writer& text(std::string_view text) {
        append_text(out_, text);
        return *this;
    }
    Writer& open(std::string_view tag, std::initializer_list<Attr> attributes = {});
    Writer& close(std::string_view tag);
    // `<tag …>text</tag>`
    Writer& element(std::string_view tag, std::initializer_list<Attr> attributes, std::string_view text);

    [[nodiscard]] std::string& str() { return out_; }

private:
    std::string out_;
};

}  // namespace nianbao::html
