// The report page: title, preamble, the six sections with their
// sub-headings, paragraphs and tables, the closing signature, and the
// diagnostics overlay when it is on. Tables are drawn by html_tables.cpp.
#include "backends/html.hpp"

#include "backends/html_overlay.hpp"
#include "backends/html_style.hpp"
#include "backends/html_tables.hpp"
#include "backends/html_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace nianbao {

namespace {

using html::Flag;
using html::Overlay;
using html::Writer;

// Indentation (ASCII spaces, TAB, U+3000, NBSP) is the style sheet's job.
constexpr std::string_view blanks[] = {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"};

std::size_t leading_blank(std::string_view text) {
    for (const std::string_view blank : blanks)
        if (text.starts_with(blank)) return blank.size();
    return 0;
}

std::size_t trailing_blank(std::string_view text) {
    for (const std::string_view blank : blanks)
        if (text.ends_with(blank)) return blank.size();
    return 0;
}

std::string_view trim_indentation(std::string_view text) {
    while (const std::size_t n = leading_blank(text)) text.remove_prefix(n);
    while (const std::size_t n = trailing_blank(text)) text.remove_suffix(n);
    return text;
}

bool has_error(const Report& report) {
    return std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

// `<tag id class title>text markers</tag>` for an element of the prose.
void write_flagged(Writer& out, std::string_view tag, std::string_view css, std::string_view text, const Span& span,
                   Overlay& overlay, std::string natural_id = {}) {
    const Flag flag = overlay.element(span, std::move(natural_id));
    const std::string classes = css.empty() || flag.css.empty() ? std::string(css) + flag.css
                                                                : fmt::format("{} {}", css, flag.css);
    out.open(tag, {{"id", flag.id}, {"class", classes}, {"title", flag.title}});
    out.text(trim_indentation(text)).raw(flag.markers).close(tag);
}

class PageWriter {
public:
    PageWriter(Writer& out, const Report& report, Overlay& overlay)
        : out_(out), report_(report), overlay_(overlay) {}

    void report() {
        out_.open("article", {{"class", "report"}});
        title();
        out_.raw("\n");
        if (!report_.preamble.empty()) {
            out_.open("div", {{"class", "preamble"}});
            blocks(report_.preamble, report_.preamble_text);
            out_.close("div").raw("\n");
        }
        for (const Section& section : report_.sections) this->section(section);
        closing();
        out_.close("article").raw("\n");
    }

private:
    void title() {
        const Flag flag = overlay_.element(report_.title_span, "title");
        out_.open("h1", {{"id", flag.id}, {"class", flag.css}, {"title", flag.title}});
        if (!report_.title) {
            out_.text("政府信息公开工作年度报告（未找到标题）");
        } else if (report_.agency && report_.title->starts_with(*report_.agency) &&
                   report_.title->size() > report_.agency->size()) {
            // Two lines, as the template sets it: the agency, then the year and the rest.
            out_.text(*report_.agency).raw("<br>").text(report_.title->substr(report_.agency->size()));
        } else {
            out_.text(*report_.title);
        }
        out_.raw(flag.markers).close("h1");
    }

    void section(const Section& section) {
        const Flag flag = overlay_.element(section.span, fmt::format("section-{}", section.number));
        out_.open("section", {{"id", flag.id}, {"class", flag.css}, {"title", flag.title}});
        const Flag heading = overlay_.element(section.heading_span);
        out_.open("h2", {{"id", heading.id}, {"class", heading.css}, {"title", heading.title}});
        out_.text(trim_indentation(section.heading)).raw(heading.markers).raw(flag.markers).close("h2");
        blocks(section.blocks, section.text);
        out_.close("section").raw("\n");
    }

    // `text`: the text of the part the blocks stand in, which holds the
    // paragraphs' text.
    void blocks(const std::vector<Block>& list, std::string_view text) {
        part_text_ = text;
        for (const Block& block : list) {
            boost::variant2::visit([this](const auto& b) { this->block(b); }, block);
            out_.raw("\n");
        }
    }

    void block(const Paragraph& p) { write_flagged(out_, "p", {}, p.text_in(part_text_), p.span, overlay_); }

    void block(const SubHeading& h) {
        write_flagged(out_, "h3", {}, h.enumerator + std::string(trim_indentation(h.title)), h.span, overlay_);
    }

    void block(const Trailer& t) {
        if (after_closing(t.span)) {
            late_trailers_.push_back(&t);
            return;
        }
        write_flagged(out_, "p", "trailer", t.text, t.span, overlay_);
    }

    void block(const TableRef& ref) {
        switch (ref.kind) {
            case TableKind::t2: table(ref, report_.t2, html::write_t2); break;
            case TableKind::t3: table(ref, report_.t3, html::write_t3); break;
            case TableKind::t4: table(ref, report_.t4, html::write_t4); break;
            case TableKind::unknown: html::write_unrecognised(out_, ref, overlay_); break;
        }
    }

    // The model holds the first table of each kind, built from every region
    // of that kind in its section: it is drawn where its first region stands;
    // its other regions are already in it; a later table of the same kind is
    // not in the model, which the page says.
    template <typename Table, typename Write>
    void table(const TableRef& ref, const std::optional<Table>& model, Write write) {
        if (model && ref.span.offset == model->span.offset) {
            write(out_, *model, overlay_);
        } else if (!model || !inside(ref.span, model->span)) {
            write_flagged(out_, "p", "other-table", "（此处另有一张同类表格，未计入数据）", ref.span, overlay_);
        }
    }

    static bool inside(const Span& inner, const Span& outer) {
        return inner.offset >= outer.offset && inner.offset + inner.length <= outer.offset + outer.length;
    }

    [[nodiscard]] bool after_closing(const Span& span) const {
        if (!report_.closing) return false;
        const Closing& c = *report_.closing;
        const std::size_t start = c.agency ? std::min(c.agency_span.offset, c.date_span.offset) : c.date_span.offset;
        return span.offset > start;
    }

    void closing() {
        if (report_.closing) {
            const Closing& c = *report_.closing;
            out_.open("div", {{"class", "closing"}});
            if (c.agency) write_flagged(out_, "p", "signature", *c.agency, c.agency_span, overlay_);
            write_flagged(out_, "p", "date", c.date_text, c.date_span, overlay_);
            out_.close("div").raw("\n");
        }
        for (const Trailer* t : late_trailers_) write_flagged(out_, "p", "trailer", t->text, t->span, overlay_);
        late_trailers_.clear();
    }

    Writer& out_;
    const Report& report_;
    Overlay& overlay_;
    std::vector<const Trailer*> late_trailers_;
    std::string_view part_text_;  // of the blocks being written
};

std::string page_title(const Report& report) {
    if (report.title) return *report.title;
    if (!report.source.path.empty()) return report.source.path;
    return "政府信息公开工作年度报告";
}

}  // namespace

std::string render_html(const Report& report, const HtmlOptions& options) {
    const bool annotated = options.annotate == Annotate::always ||
                           (options.annotate == Annotate::automatic && has_error(report));
    Overlay overlay(report, annotated, options.lang);
    if (annotated) {
        Writer collecting;
        PageWriter(collecting, report, overlay).report();
        overlay.resolve();
    }

    Writer out;
    out.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", {}, page_title(report))
        .raw("\n<style>")
        .raw(html::report_css())
        .raw("</style>\n</head>\n");
    const std::string body_class = !annotated ? std::string()
                                   : options.annotate == Annotate::always ? "annotated annotated-print"
                                                                          : "annotated";
    out.open("body", {{"class", body_class}}).raw("\n");
    if (annotated) overlay.write_panel(out);
    PageWriter(out, report, overlay).report();
    out.raw("</body>\n</html>\n");
    return std::move(out.str());
}

}  // namespace nianbao
