#include "input/text_builder.hpp"

#include "input/utf8.hpp"

namespace nianbao::frontends {

std::string flatten(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) out.push_back(c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ? ' ' : c);
    const auto begin = out.find_first_not_of(' ');
    if (begin == std::string::npos) return {};
    out.erase(out.find_last_not_of(' ') + 1);
    out.erase(0, begin);
    return out;
}

bool has_visible_text(std::string_view text) { return !trim_spaces(text).empty(); }

void TextBuilder::paragraph(std::string_view text, const Origin& origin) {
    const std::string line = flatten(text);
    if (!has_visible_text(line)) return;
    if (!text_.empty()) text_ += '\n';  // blank line between paragraphs and around tables
    origins_.add(text_.size(), origin);
    text_ += line;
    text_ += '\n';
    last_was_row_ = false;
}

void TextBuilder::row(const std::vector<std::string>& cells, const std::vector<Origin>& origins) {
    std::vector<std::string> flat;
    bool visible = false;
    for (const auto& cell : cells) {
        flat.push_back(flatten(cell));
        visible = visible || has_visible_text(flat.back());
    }
    if (!visible) return;
    if (flat.size() == 1) flat.emplace_back();
    if (!text_.empty() && !last_was_row_) text_ += '\n';
    for (std::size_t i = 0; i < flat.size(); ++i) {
        if (i > 0) text_ += '\t';
        if (i < origins.size()) origins_.add(text_.size(), origins[i]);
        text_ += flat[i];
    }
    text_ += '\n';
    last_was_row_ = true;
}

DocumentText TextBuilder::finish(InputKind kind, std::string encoding) {
    DocumentText out;
    out.text = std::move(text_);
    out.encoding = std::move(encoding);
    out.kind = kind;
    out.origins = std::move(origins_);
    return out;
}

}  // namespace nianbao::frontends
