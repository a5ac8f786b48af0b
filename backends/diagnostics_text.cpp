#include "backends/diagnostics.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

#include <algorithm>

namespace nianbao {

namespace {

constexpr std::size_t tab_stop = 8;
constexpr std::size_t max_width = 120;     // longer source lines are shown in a window
constexpr std::size_t lead_context = 30;   // columns shown before the underline in a window
constexpr std::size_t max_note_excerpts = 3;  // source lines shown for the notes of one finding

struct Style {
    bool on;
    [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
    }
};

std::string_view severity_colour(Severity s) {
    switch (s) {
        case Severity::error: return "1;31";
        case Severity::warning: return "1;35";
        case Severity::info: return "1;36";
    }
    return "1";
}

// One code point of a source line as displayed.
struct Glyph {
    std::string_view bytes;  // as printed (a TAB is shown as spaces)
    std::size_t width;       // display columns
    std::size_t x;           // display column where it starts (0-based)
    bool tab;
};

std::vector<Glyph> layout_line(std::string_view line) {
    std::vector<Glyph> glyphs;
    std::size_t x = 0;
    for (std::size_t i = 0; i < line.size();) {
        utf8proc_int32_t cp = 0;
        auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + i),
                                       static_cast<utf8proc_ssize_t>(line.size() - i), &cp);
        if (length <= 0) length = 1;  // not UTF-8: one byte, one column
        const auto n = static_cast<std::size_t>(length);
        Glyph g{line.substr(i, n), 1, x, line[i] == '\t'};
        if (g.tab) {
            g.width = tab_stop - x % tab_stop;
        } else if (cp > 0) {
            g.width = static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp)));
        }
        glyphs.push_back(g);
        x += g.width;
        i += n;
    }
    return glyphs;
}

// The source line and the underline of code-point columns [first, last).
std::string snippet(std::string_view line, std::size_t first, std::size_t last, const Style& style) {
    const std::vector<Glyph> glyphs = layout_line(line);
    const std::size_t total = glyphs.empty() ? 0 : glyphs.back().x + glyphs.back().width;
    first = std::max<std::size_t>(first, 1);
    const std::size_t start_x = first - 1 < glyphs.size() ? glyphs[first - 1].x : total;
    std::size_t begin_x = 0, end_x = total;
    if (total > max_width) {
        begin_x = start_x > lead_context ? start_x - lead_context : 0;
        end_x = std::min(total, begin_x + max_width);
    }
    std::string text = begin_x > 0 ? "..." : "";
    std::string marks(begin_x > 0 ? 3 : 0, ' ');
    bool caret_done = false;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const Glyph& g = glyphs[i];
        if (g.x < begin_x || g.x + g.width > end_x) continue;
        text += g.tab ? std::string(g.width, ' ') : std::string(g.bytes);
        const bool marked = i + 1 >= first && i + 1 < last;
        if (!marked) {
            if (!caret_done) marks.append(g.width, ' ');
            continue;
        }
        for (std::size_t w = 0; w < g.width; ++w) marks.push_back(caret_done ? '~' : (caret_done = true, '^'));
    }
    if (end_x < total) text += "...";
    if (!caret_done) marks.push_back('^');  // an empty span, or one at the end of the line
    return text + "\n" + style.wrap("1;32", marks) + "\n";
}

std::string origin_text(const Origin& o, Lang lang) {
    const bool zh = lang == Lang::zh;
    if (o.line != 0) return fmt::format(":{}:{}:", o.line, o.column);
    if (o.table != 0)
        return zh ? fmt::format(": 表格 {} 第 {} 行第 {} 格:", o.table, o.row, o.cell)
                  : fmt::format(": table {}, row {}, cell {}:", o.table, o.row, o.cell);
    if (o.paragraph != 0) return zh ? fmt::format(": 第 {} 段:", o.paragraph) : fmt::format(": paragraph {}:", o.paragraph);
    if (o.page != 0) return zh ? fmt::format(": 第 {} 页:", o.page) : fmt::format(": page {}:", o.page);
    return {};
}

}  // namespace

std::string place_text(const Span& span, const OriginMap* origins, Lang lang) {
    if (!span.known()) return ":";
    if (origins && !origins->empty())
        if (const std::optional<Origin> found = origins->at(span.offset)) {
            std::string text = origin_text(*found, lang);
            if (!text.empty()) return text;
        }
    return fmt::format(":{}:{}:", span.line, span.column);
}

namespace {

std::string source_excerpt(const Span& span, const SourceLines& lines, const Style& style) {
    if (!span.known() || !lines) return {};
    const std::string_view line = lines(span.line);
    if (line.empty()) return {};
    const std::size_t last = span.end_line == span.line ? std::max(span.end_column, span.column + 1) : SIZE_MAX;
    return snippet(line, span.column, last, style);
}

// A span that starts in the indentation of its line (an indented heading)
// is underlined from its first printed character, where the reader's eye
// finds the text. Spaces, TABs and U+3000.
Span skip_indent(Span span, const SourceLines& lines) {
    if (!span.known() || !lines) return span;
    const std::string_view line = lines(span.line);
    std::size_t byte = 0;
    for (std::size_t column = 1; column < span.column && byte < line.size(); ++column) {
        const auto lead = static_cast<unsigned char>(line[byte]);
        byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    // Only a span that starts in the line's indentation: a blank cell's span
    // inside a row of cells stays where it is.
    if (line.substr(0, byte).find_first_not_of(" \t") != std::string_view::npos) return span;
    const bool one_line = span.end_line == span.line;
    while (byte < line.size() && (!one_line || span.column + 1 < span.end_column)) {
        std::size_t width = 0;
        if (line[byte] == ' ' || line[byte] == '\t') width = 1;
        else if (line.substr(byte, 3) == "\u3000") width = 3;
        if (width == 0) break;
        byte += width;
        span.column += 1;
        span.offset += width;
        span.length = span.length >= width ? span.length - width : 0;
    }
    return span;
}

}  // namespace

std::string render_diagnostics_text(const std::string& path, const std::vector<Diagnostic>& diagnostics,
                                    const SourceLines& lines, const DiagnosticsOptions& options,
                                    const OriginMap* origins) {
    const Style style{options.color};
    const auto location = [&](const std::string& file, const Span& span) {
        return file + place_text(span, origins, options.lang);
    };
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        // The position stays the span's (as in JSON and SARIF); the caret
        // goes under the text.
        const Span span = skip_indent(d.span, lines);
        out += fmt::format("{} {} {} [{}]\n", style.wrap("1", location(path, d.span)),
                           style.wrap(severity_colour(d.severity), std::string(severity_name(d.severity)) + ":"),
                           style.wrap("1", d.message.in(options.lang)), d.rule);
        out += source_excerpt(span, lines, style);
        // A source line is shown once per finding, and for its first few
        // notes only: the notes of a long list are one line each, so a table
        // of findings stays readable (each note still says where it is).
        std::vector<std::size_t> shown{d.span.line};
        for (const Note& note : d.notes) {
            const Span note_span = skip_indent(note.span.value_or(Span{}), lines);
            out += fmt::format("{} {} {}\n", style.wrap("1", location(path, note.span.value_or(Span{}))), style.wrap("1;30", "note:"),
                               note.message.in(options.lang));
            if (shown.size() > max_note_excerpts || std::find(shown.begin(), shown.end(), note_span.line) != shown.end())
                continue;
            shown.push_back(note_span.line);
            out += source_excerpt(note_span, lines, style);
        }
    }
    return out;
}

void DiagnosticCounts::add(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) {
        errors += d.severity == Severity::error ? 1 : 0;
        warnings += d.severity == Severity::warning ? 1 : 0;
        infos += d.severity == Severity::info ? 1 : 0;
    }
}

std::string render_diagnostics_summary(const DiagnosticCounts& c, const DiagnosticsOptions& options) {
    if (options.lang == Lang::en)
        return fmt::format("{} error(s), {} warning(s), {} info in {} file(s).\n", c.errors, c.warnings, c.infos, c.files);
    return fmt::format("共 {} 个文件：{} 个错误，{} 个警告，{} 条提示。\n", c.files, c.errors, c.warnings, c.infos);
}

}  // namespace nianbao
