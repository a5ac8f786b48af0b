#include "backends/html_writer.hpp"

namespace nianbao::html {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

bool is_forbidden_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F;
}

void append_escaped(std::string& out, std::string_view text, bool quotes) {
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += quotes ? "&quot;" : "\""; break;
            case '\'': out += quotes ? "&#39;" : "'"; break;
            default:
                if (is_forbidden_control(c))
                    out += replacement_character;
                else
                    out += c;
        }
    }
}

bool is_url_safe(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
}

}  // namespace

void append_text(std::string& out, std::string_view text) { append_escaped(out, text, false); }

void append_attribute(std::string& out, std::string_view value) { append_escaped(out, value, true); }

std::string escape_text(std::string_view text) {
    std::string out;
    append_text(out, text);
    return out;
}

std::string url_path(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        if (is_url_safe(c)) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += hex[byte >> 4];
        out += hex[byte & 0x0F];
    }
    return out;
}

Writer& Writer::open(std::string_view tag, std::initializer_list<Attr> attributes) {
    out_ += '<';
    out_ += tag;
    for (const Attr& attribute : attributes) {
        if (attribute.value.empty()) continue;
        out_ += ' ';
        out_ += attribute.name;
        out_ += "=\"";
        append_attribute(out_, attribute.value);
        out_ += '"';
    }
    out_ += '>';
    return *this;
}

Writer& Writer::close(std::string_view tag) {
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

Writer& Writer::element(std::string_view tag, std::initializer_list<Attr> attributes, std::string_view text) {
    return open(tag, attributes).text(text).close(tag);
}

}  // namespace nianbao::html
