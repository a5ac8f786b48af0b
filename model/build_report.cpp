// Title, preamble, sections with their blocks, closing block; each table
// region is classified and, for the first of its kind, built into the model.
#include "model/build_report.hpp"

#include "grammar/parse.hpp"
#include "model/emitter.hpp"
#include "model/inferred_metadata.hpp"
#include "model/metadata.hpp"
#include "model/truncation.hpp"
#include "model/normalize.hpp"
#include "model/parse_rules.hpp"
#include "model/site_chrome.hpp"
#include "model/table_stream.hpp"
#include "input/utf8.hpp"
#include "model/tables.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <charconv>
#include <cstdint>

namespace nianbao {

namespace {

using syntax::BodyNode;

constexpr std::size_t subheading_max_length = 25;  // code points of a sub-heading title
constexpr std::size_t signature_max_length = 40;

// `（一）主动公开情况。2024 年…` → sub-heading `主动公开情况` + paragraph.
// An enumerated sentence (`（一）2024年虽然…，但是…`) stays one paragraph.
// The line's text stands at `at` in its part's text.
void add_text_blocks(const syntax::TextLine& line, std::size_t at, std::vector<Block>& blocks, Emitter& emit) {
    const Span span = emit.span(line.range);
    const auto paragraph = [&](std::string_view slice) {
        const auto offset = static_cast<std::size_t>(slice.data() - line.text.data());
        blocks.emplace_back(Paragraph{at + offset, slice.size(), span});
    };
    if (line.enumerator.empty()) {
        paragraph(line.text);
        return;
    }
    const std::string_view rest = line.text.substr(line.enumerator.size());
    std::size_t stop = std::string_view::npos;
    std::size_t stop_length = 0;
    for (const std::string_view mark : {"。", "：", ":"}) {
        const auto pos = rest.find(mark);
        if (pos < stop) {
            stop = pos;
            stop_length = mark.size();
        }
    }
    const std::string_view title = trim_spaces(rest.substr(0, stop));
    // A short line that is all title may hold a comma (`（二）主动公开信息，深化内容建设`);
    // before a full stop, a comma means the enumerated text is a sentence.
    const bool has_comma = title.find("，") != std::string_view::npos || title.find(',') != std::string_view::npos;
    const bool is_heading = !title.empty() && code_point_count(title) <= subheading_max_length &&
                            (stop == std::string_view::npos || !has_comma);
    if (!is_heading) {
        paragraph(line.text);
        return;
    }
    blocks.emplace_back(SubHeading{std::string(line.enumerator), std::string(title), span});
    if (stop == std::string_view::npos) return;
    const std::string_view body = trim_spaces(rest.substr(stop + stop_length));
    if (!body.empty()) paragraph(body);
}

void report_artifacts(const std::vector<ByteRange>& artifacts, Emitter& emit) {
    for (const auto& range : artifacts) {
        const std::string_view text = emit.source().text().substr(range.offset(), range.length());
        emit.emit(rules::p_artifact, range, std::string(text));
    }
}

// Converts rows of a space-separated "table" that matched no table back to
// prose: justified PDF text with wide gaps looks like a space row.
void add_rows_as_text(const syntax::Table& table, std::vector<Block>& blocks, std::string& text, ProseText& prose,
                      Emitter& emit) {
    for (const auto& row : table.rows) {
        prose.append_line(emit.source().text(), row.range);
        std::string line;
        for (const auto& cell : row.cells) {
            if (!line.empty()) line += ' ';
            line += cell.text;
        }
        blocks.emplace_back(Paragraph{text.size(), line.size(), emit.span(row.range)});
        text += line;
        text += '\n';
    }
}

class ReportBuilder {
public:
    ReportBuilder(Report& report, Emitter& emit) : report_(report), emit_(emit) {}

    void title(const syntax::Title& title) {
        std::string agency = remove_spaces(title.agency);
        if (!agency.empty()) report_.agency = std::move(agency);
        int year = 0;
        const std::string digits = nfkc(title.year);
        if (std::from_chars(digits.data(), digits.data() + digits.size(), year).ec == std::errc())
            report_.year = year;
        report_.title = remove_spaces(title.text);
        report_.title_span = emit_.span(title.range);
        if (!report_.agency) report_.agency = agency_after_year(*report_.title);
    }

    // A year-first title (`2019年上海市人民政府办公厅政府信息公开工作年度报告`,
    // W4): the agency stands between the year and 政府信息公开.
    static std::optional<std::string> agency_after_year(std::string_view title) {
        auto begin = title.find("年");
        const auto end = title.find("政府信息公开");
        if (begin == std::string_view::npos || end == std::string_view::npos || begin > end) return std::nullopt;
        begin += std::string_view("年").size();
        if (title.substr(begin).starts_with("度")) begin += std::string_view("度").size();
        const std::string_view name = title.substr(begin, end - begin);
        if (name.empty() || name.find("关于") != std::string_view::npos) return std::nullopt;
        return std::string(name);
    }

    void preamble(const std::vector<BodyNode>& nodes) {
        body(nodes, {}, report_.preamble, report_.preamble_text, report_.preamble_prose, &report_.metadata_prose);
    }

    void section(const syntax::Section& syntax_section, bool last) {
        Section section;
        section.number = syntax_section.heading.number;
        section.heading = heading_text(syntax_section.heading);
        add_to_outline(section.heading, syntax_section.heading.range);
        section.heading_span = emit_.span(syntax_section.heading.range);
        const auto& nodes = syntax_section.body;
        const ClosingLines closing_lines = last ? closing(nodes) : ClosingLines{};
        body(nodes, closing_lines, section.blocks, section.text, section.prose);
        ByteRange extent = syntax_section.heading.range;
        for (const auto& node : nodes)
            boost::variant2::visit([&](const auto& n) { extend(extent, n.range); }, node);
        if (const TableKind kind = table_of_section(section.number); kind != TableKind::unknown) {
            const std::size_t body_start = syntax_section.heading.range.end();
            const std::size_t body_end = with_blank_lines(extent.end());
            const ByteRange region(body_start, body_end - std::min(body_end, body_start));
            if (reread_table(kind, region) && !has_table_block(section, kind))
                section.blocks.emplace_back(TableRef{kind, emit_.span(region), {}});
        }
        section.span = emit_.span(extent);
        report_.sections.push_back(std::move(section));
        note_reflow(syntax_section.heading, last);
    }

private:
    // The heading as printed, without its artefacts (P-ARTIFACT).
    std::string heading_text(const syntax::Heading& heading) {
        std::string text;
        std::size_t at = heading.range.offset();
        for (const ByteRange& artifact : heading.artifacts) {
            text += heading.text.substr(at - heading.range.offset(), artifact.offset() - at);
            at = artifact.end();
        }
        text += heading.text.substr(at - heading.range.offset());
        if (!heading.artifacts.empty())
            emit_.emit(rules::p_artifact, heading.range, std::string("[bookmark: …]"));
        return std::string(trim_spaces(text));
    }

    // P-REFLOW, once per document, at the first heading found mid-line.
    void note_reflow(const syntax::Heading& heading, bool last) {
        if (heading.midline && midline_headings_++ == 0) first_midline_ = heading.range;
        if (last && midline_headings_ > 0) emit_.emit(rules::p_reflow, first_midline_, midline_headings_);
    }

    void add_to_outline(std::string_view line, ByteRange range) {
        static constexpr std::string_view numbered[] = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"};
        const std::string start = leading_text(line, 2);
        if (std::any_of(std::begin(numbered), std::end(numbered), [&](std::string_view n) { return start == n; }))
            report_.outline.push_back({std::string(trim_spaces(line)), emit_.span(range)});
    }

    static void extend(ByteRange& extent, ByteRange range) {
        if (range.length() == 0) return;
        extent.set_length(std::max(extent.end(), range.end()) - extent.offset());
    }

    // Indices of the signature lines, which are not part of the section's prose.
    struct ClosingLines {
        std::size_t agency = SIZE_MAX;
        std::size_t date = SIZE_MAX;
        [[nodiscard]] bool contains(std::size_t i) const { return i == agency || i == date; }
    };

    // With `chrome`, the preamble's: metadata and site chrome go there instead
    // (W2).
    void body(const std::vector<BodyNode>& nodes, ClosingLines skip, std::vector<Block>& blocks, std::string& text,
              ProseText& prose, ProseText* chrome = nullptr) {
        const std::string_view source_text = emit_.source().text();
        std::vector<Region> regions = classify_regions(nodes);
        blocks.reserve(nodes.size());  // a block or two per node, mostly one
        std::array<bool, 3> built{};
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (skip.contains(i)) continue;
            const BodyNode& node = nodes[i];
            if (const auto* whole = boost::variant2::get_if<syntax::TextLine>(&node)) {
                std::optional<syntax::TextLine> rest;
                if (chrome && !set_chrome_apart(*whole, *chrome, rest)) continue;
                const syntax::TextLine* line = rest ? &*rest : whole;
                report_artifacts(line->artifacts, emit_);
                add_to_outline(line->text, line->range);
                prose.append_line(source_text, line->range, line->artifacts);
                add_text_blocks(*line, text.size(), blocks, emit_);
                text += line->text;
                text += '\n';
            } else if (const auto* trailer = boost::variant2::get_if<syntax::TrailerLine>(&node)) {
                blocks.emplace_back(Trailer{std::string(trim_spaces(trailer->text)), emit_.span(trailer->range)});
            } else if (const auto* date = boost::variant2::get_if<syntax::DateLine>(&node)) {
                const std::string_view date_text = trim_spaces(date->text);
                blocks.emplace_back(Paragraph{text.size(), date_text.size(), emit_.span(date->range)});
                prose.append_line(source_text, date->range);
                text += date_text;
                text += '\n';
            } else if (const auto* table = boost::variant2::get_if<syntax::Table>(&node)) {
                add_table(*table, i, regions, built, blocks, text, prose);
            }
        }
        if (!text.empty() && text.back() == '\n') text.pop_back();
    }

    // A metadata or divider line goes to `chrome` whole (false: nothing is
    // left); a breadcrumb and toolbar the line starts with go there, and `rest`
    // is the line after them. Lines with converter artefacts are left whole.
    bool set_chrome_apart(const syntax::TextLine& line, ProseText& chrome, std::optional<syntax::TextLine>& rest) {
        const std::string_view source_text = emit_.source().text();
        if (!line.artifacts.empty()) return true;
        if (is_metadata_line(line.text) || is_divider_line(line.text)) {
            chrome.append_line(source_text, line.range);
            return false;
        }
        const std::size_t cut = chrome_prefix_length(line.text);
        const auto text_at = static_cast<std::size_t>(line.text.data() - source_text.data());
        if (cut == 0 || line.text.data() < source_text.data() || text_at + cut > line.range.end()) return true;
        chrome.append_line(source_text, ByteRange(line.range.offset(), text_at + cut - line.range.offset()));
        if (text_at + cut >= line.range.end() || cut >= line.text.size()) return false;
        rest = syntax::TextLine{line.text.substr(cut), {}, ByteRange(text_at + cut, line.range.end() - text_at - cut), {}};
        return true;
    }

    struct Region {
        std::size_t node = 0;
        const syntax::Table* table = nullptr;
        std::vector<ClassifiedRow> rows;
        TableKind kind = TableKind::unknown;
    };

    static std::vector<Region> classify_regions(const std::vector<BodyNode>& nodes) {
        std::vector<Region> regions;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (const auto* table = boost::variant2::get_if<syntax::Table>(&nodes[i])) {
                Region region{i, table, classify_rows(*table), TableKind::unknown};
                region.kind = classify_table(region.rows);
                regions.push_back(std::move(region));
            }
        }
        return regions;
    }

    // All regions of one kind in one section are one table, built where the
    // first of them stands.
    void add_table(const syntax::Table& table, std::size_t node, std::vector<Region>& regions,
                   std::array<bool, 3>& built, std::vector<Block>& blocks, std::string& text, ProseText& prose) {
        const auto here = std::find_if(regions.begin(), regions.end(), [&](const Region& r) { return r.node == node; });
        const TableKind kind = here->kind;
        const bool only_space_rows = std::all_of(table.rows.begin(), table.rows.end(), [](const auto& row) {
            return row.form == syntax::RowForm::spaces;
        });
        if (kind == TableKind::unknown && only_space_rows) {
            add_rows_as_text(table, blocks, text, prose, emit_);
            return;
        }
        TableRef ref{kind, emit_.span(table.range), {}};
        if (kind == TableKind::unknown) {
            for (const auto& row : table.rows) {
                auto& cells = ref.grid.emplace_back();
                for (const auto& cell : row.cells) cells.emplace_back(cell.text);
            }
        } else if (!built[static_cast<std::size_t>(kind)]) {
            built[static_cast<std::size_t>(kind)] = true;
            std::vector<ClassifiedRow> rows;
            ByteRange range = table.range;
            for (auto& region : regions) {
                if (region.kind != kind) continue;
                range.set_length(region.table->range.end() - range.offset());
                std::move(region.rows.begin(), region.rows.end(), std::back_inserter(rows));
            }
            build(kind, range, rows);
        }
        blocks.emplace_back(std::move(ref));
    }

    void build(TableKind kind, ByteRange range, const std::vector<ClassifiedRow>& rows) {
        const std::size_t first_diagnostic = report_.diagnostics.size();
        bool first = false;
        switch (kind) {
            case TableKind::t2: first = keep_first(report_.t2, build_t2(range, rows, emit_)); break;
            case TableKind::t3: first = keep_first(report_.t3, build_t3(range, rows, emit_)); break;
            case TableKind::t4: first = keep_first(report_.t4, build_t4(range, rows, emit_)); break;
            case TableKind::unknown: break;
        }
        if (first) line_reading_[static_cast<std::size_t>(kind)] = {first_diagnostic, report_.diagnostics.size()};
    }

    template <typename Table>
    static bool keep_first(std::optional<Table>& slot, Table table) {
        if (slot) return false;
        slot = std::move(table);
        return true;
    }

    static TableKind table_of_section(int number) {
        switch (number) {
            case 2: return TableKind::t2;
            case 3: return TableKind::t3;
            case 4: return TableKind::t4;
            default: return TableKind::unknown;
        }
    }

    // `end` moved over the blank lines after it: a table's last cells may be
    // lines of no-break spaces (W6, W10), which the grammar reads as blank.
    [[nodiscard]] std::size_t with_blank_lines(std::size_t end) const {
        const std::string_view text = emit_.source().text();
        std::size_t at = end;
        while (at < text.size()) {
            std::size_t i = at;
            while (i < text.size() && text[i] != '\n') {
                std::size_t next = i;
                if (!is_space_code_point(next_code_point(text, next))) return at;  // a line with text
                i = next;
            }
            at = std::min(i + 1, text.size());
        }
        return at;
    }

    // A table section whose table the line reading missed or left incomplete
    // is read again as a stream of labels and numbers (table_stream.hpp); the
    // stream's reading replaces it only where it reads more and contradicts
    // nothing the line reading read.
    static bool has_table_block(const Section& section, TableKind kind) {
        return std::any_of(section.blocks.begin(), section.blocks.end(), [&](const Block& b) {
            const auto* t = boost::variant2::get_if<TableRef>(&b);
            return t && t->kind == kind;
        });
    }

    // A row whose glued digits had no unique split is reported once, as
    // P-CELL-AMBIGUOUS, not again as a row without numbers.
    static void drop_counts_of_ambiguous_rows(std::vector<Diagnostic>& diagnostics) {
        std::vector<std::size_t> ambiguous;
        for (const Diagnostic& d : diagnostics)
            if (d.rule == rules::p_cell_ambiguous.id) ambiguous.push_back(d.span.offset);
        std::erase_if(diagnostics, [&](const Diagnostic& d) {
            return d.rule == rules::p_cell_count.id &&
                   std::find(ambiguous.begin(), ambiguous.end(), d.span.offset) != ambiguous.end();
        });
    }

    // Whether the stream reading was taken.
    bool reread_table(TableKind kind, ByteRange region) {
        const std::size_t k = static_cast<std::size_t>(kind);
        if (reread_[k]) return false;
        reread_[k] = true;
        switch (kind) {
            case TableKind::t2: return reread(report_.t2, kind, region, build_t2);
            case TableKind::t3: return reread(report_.t3, kind, region, build_t3);
            case TableKind::t4: return reread(report_.t4, kind, region, build_t4);
            case TableKind::unknown: break;
        }
        return false;
    }

    template <typename Table, typename Build>
    bool reread(std::optional<Table>& slot, TableKind kind, ByteRange region, Build build_table) {
        if (slot && is_complete(*slot)) return false;
        std::vector<Diagnostic> diagnostics;
        Emitter emit(emit_.source(), diagnostics);
        std::deque<std::string> storage;
        const syntax::Table rows = stream_table(region, kind, storage, emit);
        if (rows.rows.empty()) return false;
        Table stream = build_table(region, classify_rows(rows), emit);
        drop_counts_of_ambiguous_rows(diagnostics);
        if (slot ? !improves(*slot, stream) : !reads_any(stream)) return false;
        auto& range = line_reading_[static_cast<std::size_t>(kind)];
        auto at = report_.diagnostics.end();
        if (slot) {
            at = report_.diagnostics.erase(report_.diagnostics.begin() + static_cast<std::ptrdiff_t>(range.first),
                                           report_.diagnostics.begin() + static_cast<std::ptrdiff_t>(range.second));
        }
        report_.diagnostics.insert(at, std::make_move_iterator(diagnostics.begin()),
                                   std::make_move_iterator(diagnostics.end()));
        slot = std::move(stream);
        return true;
    }

    // The closing block at the end of the last section: a date line (only
    // trailers after it), and the agency line above it.
    ClosingLines closing(const std::vector<BodyNode>& nodes) {
        std::size_t date_index = nodes.size();
        for (std::size_t i = nodes.size(); i-- > 0;) {
            if (boost::variant2::holds_alternative<syntax::DateLine>(nodes[i])) {
                date_index = i;
                break;
            }
            if (!boost::variant2::holds_alternative<syntax::TrailerLine>(nodes[i])) return {};
        }
        if (date_index == nodes.size()) return {};
        const auto& date = boost::variant2::get<syntax::DateLine>(nodes[date_index]);
        Closing closing;
        closing.date_text = std::string(trim_spaces(date.text));
        closing.date = parse_date(closing.date_text);
        closing.date_span = emit_.span(date.range);
        ClosingLines lines{SIZE_MAX, date_index};
        for (std::size_t i = date_index; i-- > 0;) {
            const auto* line = boost::variant2::get_if<syntax::TextLine>(&nodes[i]);
            if (line && line->enumerator.empty() && code_point_count(line->text) <= signature_max_length &&
                line->text.find("。") == std::string::npos && line->text.find("，") == std::string::npos) {
                closing.agency = remove_spaces(line->text);
                closing.agency_span = emit_.span(line->range);
                lines.agency = i;
            }
            break;
        }
        report_.closing = std::move(closing);
        return lines;
    }

    Report& report_;
    Emitter& emit_;
    // Per table kind: the diagnostics of the line reading, [first, end).
    std::array<std::pair<std::size_t, std::size_t>, 3> line_reading_{};
    std::array<bool, 3> reread_{};
    std::size_t midline_headings_ = 0;
    ByteRange first_midline_;
};

}  // namespace

namespace {

// Receives the syntax tree a section at a time while the parser runs.
class SectionSink : public syntax::DocumentSink {
public:
    SectionSink(Report& report, Emitter& emit) : builder_(report, emit) {}
    void front(const syntax::Document& document) override {
        if (document.title) {
            builder_.title(*document.title);
            builder_.preamble(document.preamble);
        } else {
            builder_.preamble(document.front);  // without a title, what precedes 一 is the preamble
        }
    }
    void section(const syntax::Section& section, bool last) override { builder_.section(section, last); }

private:
    ReportBuilder builder_;
};

}  // namespace

Report build_report(const Source& source) {
    Report report;
    Emitter emit(source, report.diagnostics);
    SectionSink sink(report, emit);
    parse_document(source.parse_text(), sink);
    report.source = {source.path(), source.sha256(), source.encoding(), source.original_size(),
                     std::string(input_kind_name(source.kind())), source.origins()};
    if (source.simplification().converted) {
        const std::string_view first_line = source.line(1);
        emit.emit(rules::p_traditional, ByteRange{0, first_line.size()}, source.simplification().glosses);
    }
    read_metadata(report, emit);
    infer_metadata(report, emit);
    detect_truncation(report, emit);
    return report;
}

}  // namespace nianbao
