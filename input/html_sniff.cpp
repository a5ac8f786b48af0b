// Recognising markup and the declared charset from the first bytes of a page,
// as browsers do before they parse (the HTML "prescan"): only ASCII bytes
// are looked at, so this works before the encoding is known.
#include "input/frontends.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace nianbao::frontends {

namespace {

constexpr std::size_t sniff_length = 2048;

std::string lower_prefix(std::string_view text, std::size_t length) {
    std::string out(text.substr(0, length));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

bool looks_like_html(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::string head = lower_prefix(text, sniff_length);
    const auto first = head.find_first_not_of(" \t\r\n\f");
    if (first == std::string::npos || head[first] != '<') return false;
    static constexpr std::array<std::string_view, 9> starts = {"<!doctype html", "<html", "<head", "<body",
                                                               "<meta", "<!--", "<title", "<div", "<table"};
    const std::string_view start = std::string_view(head).substr(first);
    for (const auto s : starts)
        if (start.starts_with(s)) return true;
    return head.find("<html") != std::string::npos || head.find("<body") != std::string::npos;
}

std::optional<std::string> declared_charset(std::string_view bytes) {
    const std::string head = lower_prefix(bytes, 1024 * 4);
    for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
        const auto end = head.find('>', pos);
        const std::string_view tag = std::string_view(head).substr(pos, end == std::string::npos ? end : end - pos);
        auto at = tag.find("charset");
        if (at == std::string_view::npos) continue;
        at += 7;
        while (at < tag.size() && is_space(tag[at])) ++at;
        if (at >= tag.size() || tag[at] != '=') continue;
        ++at;
        while (at < tag.size() && (is_space(tag[at]) || tag[at] == '"' || tag[at] == '\'')) ++at;
        std::size_t stop = at;
        while (stop < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[stop])) || tag[stop] == '-' ||
                                     tag[stop] == '_' || tag[stop] == ':' || tag[stop] == '.'))
            ++stop;
        if (stop > at) return std::string(tag.substr(at, stop - at));
    }
    return std::nullopt;
}

}  // namespace nianbao::frontends
