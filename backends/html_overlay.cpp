#include "backends/html_overlay.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace nianbao::html {

namespace {

std::size_t end_of(const Span& span) { return span.offset + span.length; }

bool contains(const Span& element, const Span& location) {
    if (location.length == 0) {
        if (element.length == 0) return location.offset == element.offset;
        return element.offset <= location.offset && location.offset < end_of(element);
    }
    return element.offset <= location.offset && end_of(location) <= end_of(element);
}

std::string_view severity_word(Severity severity, Lang lang) {
    const bool en = lang == Lang::en;
    switch (severity) {
        case Severity::error: return en ? "error" : "错误";
        case Severity::warning: return en ? "warning" : "警告";
        case Severity::info: return en ? "info" : "提示";
    }
    return "";
}

std::string line_word(const Span& span, Lang lang) {
    if (!span.known()) return lang == Lang::en ? "whole report" : "全文";
    return lang == Lang::en ? fmt::format("line {}", span.line) : fmt::format("第{}行", span.line);
}

int rank(Severity severity) {
    switch (severity) {
        case Severity::error: return 0;
        case Severity::warning: return 1;
        case Severity::info: return 2;
    }
    return 2;
}

// True when the element can contain no location starting at `position` or later.
bool closed_before(const Span& element, std::size_t position) {
    return element.length == 0 ? element.offset < position : end_of(element) <= position;
}

}  // namespace

// One sweep over elements and locations sorted by offset. The stack holds the
// elements open at the current offset, outermost first; the page's elements
// nest (cell in row in table in section), so it is as deep as that nesting
// and each location costs a few comparisons, however long the report.
std::vector<std::vector<std::size_t>> innermost(std::span<const Span> elements, std::span<const Span> locations) {
    std::vector<std::size_t> by_start;
    for (std::size_t i = 0; i < elements.size(); ++i)
        if (elements[i].known()) by_start.push_back(i);
    std::sort(by_start.begin(), by_start.end(), [&](std::size_t a, std::size_t b) {
        const Span& x = elements[a];
        const Span& y = elements[b];
        if (x.offset != y.offset) return x.offset < y.offset;
        if (x.length != y.length) return x.length > y.length;  // the outer one first
        return a < b;
    });
    std::vector<std::size_t> queries;
    for (std::size_t q = 0; q < locations.size(); ++q)
        if (locations[q].known()) queries.push_back(q);
    std::stable_sort(queries.begin(), queries.end(),
                     [&](std::size_t a, std::size_t b) { return locations[a].offset < locations[b].offset; });

    std::vector<std::vector<std::size_t>> found(locations.size());
    std::vector<std::size_t> open;
    const auto close_before = [&](std::size_t position) {
        while (!open.empty() && closed_before(elements[open.back()], position)) open.pop_back();
    };
    std::size_t next = 0;
    for (const std::size_t q : queries) {
        const Span& where = locations[q];
        for (; next < by_start.size() && elements[by_start[next]].offset <= where.offset; ++next) {
            close_before(elements[by_start[next]].offset);
            open.push_back(by_start[next]);
        }
        close_before(where.offset);
        std::size_t smallest = std::numeric_limits<std::size_t>::max();
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
            const Span& element = elements[*it];
            if (!contains(element, where) || element.length > smallest) continue;
            if (element.length < smallest) found[q].clear();
            smallest = element.length;
            found[q].push_back(*it);
        }
        std::sort(found[q].begin(), found[q].end());
    }
    return found;
}

std::vector<std::size_t> innermost(std::span<const Span> elements, const Span& location) {
    return innermost(elements, std::span<const Span>(&location, 1)).front();
}

Overlay::Overlay(const Report& report, bool enabled, Lang lang) : report_(report), enabled_(enabled), lang_(lang) {}

Flag Overlay::element(const Span& span, std::string natural_id) {
    if (!enabled_) return {std::move(natural_id), {}, {}, {}};
    if (collecting_) {
        spans_.push_back(span);
        natural_ids_.push_back(natural_id);
        return {std::move(natural_id), {}, {}, {}};
    }
    return flag_of(next_++);
}

void Overlay::resolve() {
    collecting_ = false;
    next_ = 0;
    // Every diagnostic's main span, then its notes' spans, in one list.
    std::vector<Span> wheres;
    for (const Diagnostic& d : report_.diagnostics) {
        wheres.push_back(d.span);
        for (const Note& note : d.notes) wheres.push_back(note.span.value_or(Span{}));
    }
    const auto found = innermost(spans_, wheres);
    marks_.assign(spans_.size(), {});
    locations_.clear();
    std::size_t w = 0;
    for (std::size_t d = 0; d < report_.diagnostics.size(); ++d) {
        auto& places = locations_.emplace_back();
        const std::size_t notes = report_.diagnostics[d].notes.size();
        for (std::size_t n = 0; n <= notes; ++n, ++w) {
            places.push_back(found[w]);
            // Mark::note is the note's index, or `notes` for the main span.
            const std::size_t note = n == 0 ? notes : n - 1;
            for (const std::size_t element : found[w]) marks_[element].push_back({d, note});
        }
    }
}

std::string Overlay::anchor(std::size_t element) const {
    return natural_ids_[element].empty() ? fmt::format("loc-{}", element) : natural_ids_[element];
}

Flag Overlay::flag_of(std::size_t element) const {
    Flag flag{natural_ids_.at(element), {}, {}, {}};
    const auto& marks = marks_.at(element);
    if (marks.empty()) return flag;
    flag.id = anchor(element);
    Severity worst = Severity::info;
    std::vector<std::size_t> numbered;
    for (const Mark& mark : marks) {
        const Diagnostic& d = report_.diagnostics[mark.diagnostic];
        if (rank(d.severity) < rank(worst)) worst = d.severity;
        const bool main = mark.note == d.notes.size();
        const std::string& message = main ? d.message.in(lang_) : d.notes[mark.note].message.in(lang_);
        if (!flag.title.empty()) flag.title += '\n';
        flag.title += fmt::format("[{}] {} {}：{}", mark.diagnostic + 1, severity_word(d.severity, lang_), d.rule,
                                  message);
        if (std::find(numbered.begin(), numbered.end(), mark.diagnostic) != numbered.end()) continue;
        numbered.push_back(mark.diagnostic);
        flag.markers += fmt::format(R"(<a class="dref sev-{0}" href="#diag-{1}">{1}</a>)",
                                    severity_name(d.severity), mark.diagnostic + 1);
    }
    flag.css = fmt::format("flag flag-{}", severity_name(worst));
    return flag;
}

std::string Overlay::link_to(const std::vector<std::size_t>& elements, const Span& span) const {
    std::string out;
    const std::string where = line_word(span, lang_);
    if (elements.empty()) {
        append_text(out, where);
        return out;
    }
    out += "<a href=\"#";
    append_attribute(out, anchor(elements.front()));
    out += "\">";
    append_text(out, where);
    out += "</a>";
    return out;
}

void Overlay::write_panel(Writer& out) const {
    const bool en = lang_ == Lang::en;
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& d : report_.diagnostics) ++counts[rank(d.severity)];
    out.open("aside", {{"class", "diagnostics"}, {"id", "diagnostics"}, {"lang", en ? "en" : ""}});
    out.element("h2", {}, en ? fmt::format("Diagnostics: {} errors, {} warnings, {} infos", counts[0], counts[1],
                                           counts[2])
                             : fmt::format("诊断：{} 个错误，{} 个警告，{} 条提示", counts[0], counts[1], counts[2]));
    out.raw(en ? R"(<p class="legend"><span class="swatch flag-error"></span>error <span class="swatch flag-warning"></span>warning <span class="swatch flag-info"></span>info <span class="swatch null"></span>blank or unreadable cell (null) · hover a marked place for its message; the number links here</p>)"
               : R"(<p class="legend"><span class="swatch flag-error"></span>错误 <span class="swatch flag-warning"></span>警告 <span class="swatch flag-info"></span>提示 <span class="swatch null"></span>空白或无法读取的单元格（null）· 鼠标悬停于标记处可见说明，编号链接回本列表</p>)");
    if (report_.diagnostics.empty()) {
        out.element("p", {}, en ? "No diagnostics." : "未发现问题。");
        out.close("aside");
        return;
    }
    write_summary(out);
    // The full list is folded: a report with many findings still begins
    // with the report, and a marked place's number opens it.
    out.open("details", {{"class", "all-diagnostics"}});
    out.element("summary", {}, en ? fmt::format("All {} diagnostics", report_.diagnostics.size())
                                  : fmt::format("全部 {} 条诊断", report_.diagnostics.size()));
    out.open("ol");
    for (std::size_t d = 0; d < report_.diagnostics.size(); ++d) {
        const Diagnostic& diagnostic = report_.diagnostics[d];
        const std::string_view severity = severity_name(diagnostic.severity);
        out.open("li", {{"id", fmt::format("diag-{}", d + 1)}, {"class", fmt::format("sev-{}", severity)}});
        out.element("span", {{"class", "sev"}}, severity_word(diagnostic.severity, lang_));
        out.raw(" ").element("code", {}, diagnostic.rule).raw(" ");
        out.raw(link_to(locations_[d][0], diagnostic.span)).raw(en ? ": " : "：").text(diagnostic.message.in(lang_));
        if (!diagnostic.notes.empty()) {
            out.open("ul");
            for (std::size_t n = 0; n < diagnostic.notes.size(); ++n) {
                const Note& note = diagnostic.notes[n];
                out.open("li").raw(link_to(locations_[d][n + 1], note.span.value_or(Span{})));
                out.raw(en ? ": " : "：").text(note.message.in(lang_)).close("li");
            }
            out.close("ul");
        }
        out.close("li");
    }
    out.close("ol");
    out.close("details");
    out.close("aside");
}

// One line per rule found, errors first: how many, and the first finding's
// message linked to it in the full list.
void Overlay::write_summary(Writer& out) const {
    std::vector<std::size_t> firsts;  // the first diagnostic of each rule
    std::vector<std::size_t> counts;
    for (std::size_t d = 0; d < report_.diagnostics.size(); ++d) {
        const auto it = std::find_if(firsts.begin(), firsts.end(),
                                     [&](std::size_t f) { return report_.diagnostics[f].rule == report_.diagnostics[d].rule; });
        if (it != firsts.end()) {
            ++counts[static_cast<std::size_t>(it - firsts.begin())];
            continue;
        }
        firsts.push_back(d);
        counts.push_back(1);
    }
    std::vector<std::size_t> order(firsts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rank(report_.diagnostics[firsts[a]].severity) < rank(report_.diagnostics[firsts[b]].severity);
    });
    out.open("ul", {{"class", "summary"}});
    for (const std::size_t i : order) {
        const Diagnostic& first = report_.diagnostics[firsts[i]];
        out.open("li", {{"class", fmt::format("sev-{}", severity_name(first.severity))}});
        out.element("span", {{"class", "sev"}}, severity_word(first.severity, lang_));
        out.raw(" ").element("code", {}, first.rule);
        if (counts[i] > 1) out.text(fmt::format(" ×{}", counts[i]));
        out.raw(lang_ == Lang::en ? ": " : "：");
        out.element("a", {{"href", fmt::format("#diag-{}", firsts[i] + 1)}}, first.message.in(lang_));
        out.close("li");
    }
    out.close("ul");
}

}  // namespace nianbao::html
