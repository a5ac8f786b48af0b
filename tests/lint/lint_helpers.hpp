// Helpers of the lint tests: a clean report (tests/lint/data/clean_f2021.txt,
// no diagnostic at all) and the five examples, changed in one place; the
// diagnostics of one rule with their positions.
#pragma once

#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::test {

constexpr Severity E = Severity::error, W = Severity::warning, I = Severity::info;

inline std::string clean_report() {
    return read_file(std::string(NIANBAO_SOURCE_DIR) + "/tests/lint/data/clean_f2021.txt");
}

// The clean report compiled, once for all tests.
inline const Report& clean() {
    static const Report r = compile_text(clean_report());
    return r;
}

inline std::string example_text(const std::string& stem) { return read_file(example_path(stem + ".txt")); }

// `text` with the only occurrence of `from` replaced by `to`.
inline std::string replace_once(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

inline std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (auto nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

inline std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

// `text` with 1-based line `number` replaced (`std::nullopt`-like: "" keeps an empty line).
inline std::string set_line(const std::string& text, std::size_t number, const std::string& line) {
    auto lines = split_lines(text);
    REQUIRE(number >= 1);
    REQUIRE(number <= lines.size());
    lines[number - 1] = line;
    return join_lines(lines);
}

inline std::string line_of(const std::string& text, std::size_t number) { return split_lines(text).at(number - 1); }

// `text` with TAB-separated cell `index` (0-based) of line `number` set to `value`.
inline std::string set_cell(const std::string& text, std::size_t number, std::size_t index, const std::string& value) {
    const std::string line = line_of(text, number);
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (auto tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
        cells.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
    cells.push_back(line.substr(start));
    REQUIRE(index < cells.size());
    cells[index] = value;
    std::string joined;
    for (std::size_t i = 0; i < cells.size(); ++i) joined += (i ? "\t" : "") + cells[i];
    return set_line(text, number, joined);
}

inline std::vector<const Diagnostic*> of_rule(const Report& r, std::string_view rule) {
    std::vector<const Diagnostic*> out;
    for (const auto& d : r.diagnostics)
        if (d.rule == rule) out.push_back(&d);
    return out;
}

inline std::vector<std::string> rule_ids(const Report& r) {
    std::vector<std::string> ids;
    for (const auto& d : r.diagnostics) ids.emplace_back(d.rule);
    return ids;
}

// Exactly one diagnostic of `rule`, with this severity and position.
inline const Diagnostic& single(const Report& r, std::string_view rule, Severity severity, std::size_t line,
                                std::size_t column) {
    const auto found = of_rule(r, rule);
    INFO("rule " << rule << "; all: " << [&] {
        std::string all;
        for (const auto& id : rule_ids(r)) all += id + " ";
        return all;
    }());
    REQUIRE(found.size() == 1);
    CHECK(found.front()->severity == severity);
    CHECK(found.front()->span.line == line);
    CHECK(found.front()->span.column == column);
    return *found.front();
}

// For a temporary report only the check: a diagnostic of it would dangle.
inline void single(Report&& r, std::string_view rule, Severity severity, std::size_t line, std::size_t column) {
    single(static_cast<const Report&>(r), rule, severity, line, column);
}

// The text `span` covers in `source`.
inline std::string spanned(const std::string& source, const Span& span) { return source.substr(span.offset, span.length); }

}  // namespace nianbao::test

namespace nianbao::test {

// 1-based column (in code points) of TAB-separated cell `index` of `line`.
inline std::size_t cell_column(const std::string& line, std::size_t index) {
    std::size_t column = 1, cell = 0;
    for (std::size_t i = 0; i < line.size() && cell < index; ++i) {
        if (line[i] == '\t') ++cell;
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

// 1-based column (in code points) where `part` starts in `line`.
inline std::size_t column_of(const std::string& line, std::string_view part) {
    const auto at = line.find(part);
    REQUIRE(at != std::string::npos);
    std::size_t column = 1;
    for (std::size_t i = 0; i < at; ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

}  // namespace nianbao::test
