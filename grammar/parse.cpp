#include "grammar/parse.hpp"

#include "grammar/actions.hpp"

namespace nianbao {

namespace parse {

const char* strip_line_end(const char* begin, const char* end) {
    while (end > begin && (end[-1] == '\n' || end[-1] == '\r')) --end;
    return end;
}

ByteRange TreeBuilder::range(const char* begin, const char* end) const {
    return {static_cast<std::size_t>(begin - base_), static_cast<std::size_t>(end - begin)};
}

std::string_view TreeBuilder::keep(Piece& piece) {
    if (!piece.is_joined) return piece.view();
    return doc_.storage.emplace_back(std::move(piece.joined));
}

void TreeBuilder::set_title(TitleParts& parts, const char* end) {
    syntax::Title title;
    const char* begin = parts.begin ? parts.begin : end;
    end = strip_line_end(begin, end);
    title.agency = parts.agency.view();
    if (parts.agency.begin) title.agency_range = range(parts.agency.begin, parts.agency.end);
    title.year = parts.year.view();
    title.text = std::string_view(begin, static_cast<std::size_t>(end - begin));
    title.range = range(begin, end);
    doc_.title = title;
    target_ = &doc_.preamble;
}

void TreeBuilder::hand_over(bool last) {
    if (!sink_) return;
    if (!front_done_) {
        sink_->front(doc_);
        front_done_ = true;
    }
    if (!doc_.sections.empty()) {
        sink_->section(doc_.sections.back(), last);
        doc_.sections.clear();
    }
}

void TreeBuilder::finish() { hand_over(true); }

void TreeBuilder::begin_section(int number, const HeadingParts& parts, const char* end) {
    hand_over(false);
    const char* begin = parts.begin ? parts.begin : end;
    end = strip_line_end(begin, end);
    syntax::Section section;
    section.heading = {number, std::string_view(begin, static_cast<std::size_t>(end - begin)), range(begin, end), {},
                       parts.midline};
    for (const auto& artifact : parts.artifacts) section.heading.artifacts.push_back(range(artifact.begin, artifact.end));
    doc_.sections.push_back(std::move(section));
    target_ = &doc_.sections.back().body;
}

void TreeBuilder::add_text_line(LineParts& line, const char* end) {
    const char* begin = line.begin ? line.begin : end;
    end = strip_line_end(begin, end);
    syntax::TextLine node;
    node.text = keep(line.text);
    node.enumerator = line.enumerator.view();
    node.range = range(begin, end);
    for (const auto& artifact : line.artifacts) node.artifacts.push_back(range(artifact.begin, artifact.end));
    target_->emplace_back(std::move(node));
}

void TreeBuilder::add_date_line(const char* begin, const char* end) {
    target_->emplace_back(syntax::DateLine{std::string_view(begin, static_cast<std::size_t>(end - begin)), range(begin, end)});
}

void TreeBuilder::add_trailer_line(const char* begin, const char* end) {
    end = strip_line_end(begin, end);
    target_->emplace_back(
        syntax::TrailerLine{std::string_view(begin, static_cast<std::size_t>(end - begin)), range(begin, end)});
}

void TreeBuilder::add_table(TableParts& parts, const char* end) {
    syntax::Table table;
    table.rows.reserve(parts.rows.size());
    for (auto& pending : parts.rows) {
        syntax::Row row;
        row.form = pending.form;
        row.range = range(pending.begin, pending.end);
        row.cells.reserve(pending.cells.size());
        for (auto& cell : pending.cells) row.cells.push_back({keep(cell), range(cell.begin, cell.end)});
        table.rows.push_back(std::move(row));
    }
    const char* begin = parts.rows.empty() ? end : parts.rows.front().begin;
    table.range = range(begin, parts.rows.empty() ? end : parts.rows.back().end);
    target_->emplace_back(std::move(table));
}

}  // namespace parse

namespace {

namespace pegtl = tao::pegtl;
using Input = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf>;

syntax::Document parse_with(std::string_view text, syntax::DocumentSink* sink) {
    Input in(text.data(), text.data() + text.size(), "report");
    parse::TreeBuilder builder(text.data(), sink);
    try {
        pegtl::parse<grammar::report, parse::action, grammar::control>(in, builder);
    } catch (const pegtl::parse_error& e) {
        throw ParseFailure(std::string(e.message()), static_cast<std::size_t>(e.positions().front().byte));
    }
    builder.finish();
    return builder.take();
}

}  // namespace

syntax::Document parse_document(std::string_view text) { return parse_with(text, nullptr); }

void parse_document(std::string_view text, syntax::DocumentSink& sink) { (void)parse_with(text, &sink); }

}  // namespace nianbao
