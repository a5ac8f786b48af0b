// Renaming labels slightly or changing the table serialisation must not change
// any number of the model (issue: "Done when", docs/forms.md#serialisations). Each seed is
// rewritten into the other serialisations and compared cell by cell.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <functional>
#include <sstream>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const char* const seeds[] = {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"};

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        cells.push_back(line.substr(start, tab - start));
    cells.push_back(line.substr(start));
    return cells;
}

// Table rows of either seed serialisation, as cell lists, with the text
// between tables unchanged: `emit_row` decides how a row is written back.
std::string rewrite_tables(const std::string& text,
                           const std::function<std::string(const std::vector<std::string>&)>& emit_row) {
    const auto lines = split_lines(text);
    std::string out;
    std::vector<std::string> pending;  // cells of a cell-per-line row
    const auto flush = [&] {
        if (!pending.empty()) out += emit_row(pending);
        pending.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const auto cells = split_tabs(line);
        const bool cell_line = line.starts_with('\t') && cells.size() == 2;
        if (cell_line) {
            pending.push_back(cells[1]);
        } else if (!pending.empty() && !line.empty() && line.find('\t') == std::string::npos) {
            pending.back() += line;  // wrapped cell text
        } else if (line.find('\t') != std::string::npos) {
            flush();
            out += emit_row(cells);
        } else {
            if (!(line.empty() && !pending.empty() && i + 1 < lines.size() && lines[i + 1].starts_with('\t'))) {
                flush();
                out += line + "\n";
            } else {
                flush();
            }
        }
    }
    flush();
    return out;
}

std::string as_tab_row(const std::vector<std::string>& cells) {
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) row += (i ? "\t" : "") + cells[i];
    return row + "\n";
}

std::string as_cell_lines(const std::vector<std::string>& cells) {
    std::string row;
    for (const auto& cell : cells) row += "\t" + cell + "\n";
    return row + "\n";
}

std::string as_space_row(const std::vector<std::string>& cells) {
    std::string row;
    for (const auto& cell : cells) {
        if (cell.empty()) continue;
        row += (row.empty() ? "" : "   ") + cell;
    }
    return row + "\n";
}

std::string as_pipe_row(const std::vector<std::string>& cells) {
    std::string row = "|";
    for (const auto& cell : cells) row += " " + cell + " |";
    return row + "\n";
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

void check_same_numbers(const std::string& original, const std::string& variant) {
    const Report a = compile_text(original);
    const Report b = compile_text(variant);
    CHECK(cells_of(a) == cells_of(b));
    CHECK(document_layout(a) == document_layout(b));
    CHECK(a.year == b.year);
    CHECK(a.agency == b.agency);
}

}  // namespace

TEST_CASE("TAB rows ↔ cell-per-line rows give the same numbers", "[model][variants]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        check_same_numbers(text, rewrite_tables(text, as_cell_lines));
        check_same_numbers(text, rewrite_tables(text, as_tab_row));
    }
}

TEST_CASE("space-separated rows (PDF text) give the same numbers", "[model][variants]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        check_same_numbers(text, rewrite_tables(text, as_space_row));
    }
}

TEST_CASE("pipe rows (web copies) give the same numbers", "[model][variants]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        check_same_numbers(text, rewrite_tables(text, as_pipe_row));
    }
}

TEST_CASE("full-width ↔ half-width brackets and extra spaces in labels", "[model][variants]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        std::string swapped = replace_all(replace_all(text, "（", "@@"), "(", "（");
        swapped = replace_all(replace_all(swapped, "@@", "("), "）", "@@");
        swapped = replace_all(replace_all(swapped, ")", "）"), "@@", ")");
        check_same_numbers(text, swapped);
        check_same_numbers(text, replace_all(replace_all(text, "行政许可", "行 政 许 可"), "属于", "属 于 "));
        check_same_numbers(text, replace_all(text, "信息内容", "信息内容："));
    }
}

TEST_CASE("a line wrap inside a cell-per-line label changes nothing (T3)", "[model][variants]") {
    const std::string text = read_file(example_path("002_082470c5bd8b0bdd.txt"));
    check_same_numbers(text, replace_all(replace_all(text, "\t行政规范性文件\n", "\t行政规范\n性文件\n"),
                                         "\t2.重复申请\n", "\t2.重复\n申请\n"));
}

TEST_CASE("CRLF line ends and a byte-order mark change nothing", "[model][variants]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        check_same_numbers(text, "\xEF\xBB\xBF" + replace_all(text, "\n", "\r\n"));
    }
}
