#include "grammar/parse.hpp"

#include "model/normalize.hpp"
#include "grammar/actions.hpp"

namespace nianbao {

namespace parse {

const char* strip_line_end(const char* begin, const char* end) {
    while (end > begin && (end[-1] == '\n' || end[-1] == '\r')) --end;
    return end;
}

ByteRange DocumentBuilder::range(const char* begin, const char* end) const {
    return {static_cast<std::size_t>(begin - base_), static_cast<std::size_t>(end - begin)};
}

std::string_view DocumentBuilder::keep(Piece& piece) {
    if (!piece.is_joined) return piece.view();
    return doc_.storage.emplace_back(std::move(piece.joined));
}

void DocumentBuilder::set_title(TitleParts& parts, const char* end) {
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

void DocumentBuilder::hand_over(bool last) {
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

void DocumentBuilder::finish() { hand_over(true); }

void DocumentBuilder::begin_section(int number, const char* begin, const char* end) {
    hand_over(false);
    end = strip_line_end(begin, end);
    syntax::Section section;
    section.heading = {number, std::string_view(begin, static_cast<std::size_t>(end - begin)), range(begin, end)};
    doc_.sections.push_back(std::move(section));
    target_ = &doc_.sections.back().body;
}

void DocumentBuilder::add_text_line(LineParts& line, const char* end) {
    const char* begin = line.begin ? line.begin : end;
    end = strip_line_end(begin, end);
    syntax::TextLine node;
    node.text = keep(line.text);
    node.enumerator = line.enumerator.view();
    node.range = range(begin, end);
    for (const auto& artifact : line.artifacts) node.artifacts.push_back(range(artifact.begin, artifact.end));
    target_->emplace_back(std::move(node));
}

void DocumentBuilder::add_date_line(const char* begin, const char* end) {
    // The signature date is indented with NBSP and ideographic spaces (D12);
    // its span is the date itself.
    const std::string_view text = trim_spaces({begin, strip_line_end(begin, end)});
    target_->emplace_back(syntax::DateLine{text, range(text.data(), text.data() + text.size())});
}

void DocumentBuilder::add_trailer_line(const char* begin, const char* end) {
    end = strip_line_end(begin, end);
    target_->emplace_back(
        syntax::TrailerLine{std::string_view(begin, static_cast<std::size_t>(end - begin)), range(begin, end)});
}

void DocumentBuilder::add_table(TableParts& parts, const char* end) {
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

template <typename Rule>
syntax::Document parse_with(std::string_view text, std::size_t begin, std::size_t end,
                            syntax::DocumentSink* sink = nullptr) {
    Input in(text.data() + begin, text.data() + end, "report");
    parse::DocumentBuilder builder(text.data(), sink);
    try {
        pegtl::parse<Rule, parse::action, grammar::control>(in, builder);
    } catch (const pegtl::parse_error& e) {
        throw ParseFailure(std::string(e.message()), static_cast<std::size_t>(e.positions().front().byte) + begin);
    }
    builder.finish();
    return builder.take();
}

bool is_heading_line(std::string_view text, std::size_t offset) {
    Input in(text.data() + offset, text.data() + text.size(), "line");
    return pegtl::parse<grammar::any_section_heading>(in);
}

}  // namespace

syntax::Document parse_document(std::string_view text) {
    return parse_with<grammar::report>(text, 0, text.size());
}

void parse_streaming(std::string_view text, std::size_t begin, std::size_t end, bool whole_report,
                     syntax::DocumentSink& sink) {
    if (whole_report) {
        (void)parse_with<grammar::report>(text, begin, end, &sink);
    } else {
        (void)parse_with<grammar::report_continuation>(text, begin, end, &sink);
    }
}

std::vector<std::size_t> split_at_sections(std::string_view text, const std::vector<std::size_t>& targets) {
    std::vector<std::size_t> cuts;
    for (const std::size_t target : targets) {
        std::size_t line = text.find('\n', std::min(target, text.size()));
        while (line != std::string_view::npos && line + 1 < text.size() && !is_heading_line(text, line + 1))
            line = text.find('\n', line + 1);
        if (line == std::string_view::npos || line + 1 >= text.size()) break;
        if (cuts.empty() || cuts.back() < line + 1) cuts.push_back(line + 1);
    }
    return cuts;
}

}  // namespace nianbao
