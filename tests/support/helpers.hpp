// Small helpers shared by the tests: compile a string, read a cell.
#pragma once

#include "cli/pipeline.hpp"

#include <fmt/format.h>

#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace nianbao::test {

inline Report compile_text(const std::string& text) {
    return compile(Source::from_bytes("test.txt", text));
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string example_path(const std::string& name) {
    return std::string(NIANBAO_SOURCE_DIR) + "/examples/" + name;
}

// `copies` copies of the five examples one after the other, as one text: a
// large input (each copy is about 32 KB).
inline std::string concatenated_examples(int copies) {
    std::string one;
    for (const char* name : {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"}) {
        one += read_file(example_path(name));
        if (one.back() != '\n') one += '\n';
    }
    std::string all;
    for (int i = 0; i < copies; ++i) all += one;
    return all;
}

// The cell's number as printed, or nullopt when the cell is null in the model.
inline std::optional<std::string> value(const Cell& cell) {
    if (const Number* n = cell.number()) return n->text;
    return std::nullopt;
}

inline std::optional<std::string> t2(const Report& r, std::string_view row, std::size_t field) {
    const T2Row* found = r.t2 ? r.t2->row(row) : nullptr;
    if (!found || field >= found->cells.size()) return std::nullopt;
    return value(found->cells[field]);
}

inline std::optional<std::string> t3(const Report& r, std::string_view row, std::size_t column) {
    const T3Row* found = r.t3 ? r.t3->row(row) : nullptr;
    if (!found) return std::nullopt;
    return value(found->cells.at(column));
}

// Every T2/T3/T4 cell of the model as "TABLE.ROW.FIELD=value" lines: two
// models hold the same numbers exactly when these are equal.
inline std::string cells_of(const Report& r) {
    std::string out;
    if (r.t2)
        for (const auto& row : r.t2->rows)
            for (std::size_t f = 0; f < row.cells.size(); ++f)
                out += fmt::format("T2.{}.{}={}\n", row.key, f, value(row.cells[f]).value_or("null"));
    if (r.t3)
        for (const auto& row : r.t3->rows)
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                out += fmt::format("T3.{}.{}={}\n", row.key, c, value(row.cells[c]).value_or("null"));
    if (r.t4)
        for (std::size_t i = 0; i < r.t4->cells.size(); ++i)
            out += fmt::format("T4.{}={}\n", i, value(r.t4->cells[i]).value_or("null"));
    return out;
}

inline std::size_t count_rule(const Report& r, std::string_view rule) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.rule == rule ? 1 : 0;
    return n;
}

inline const Diagnostic* find_rule(const Report& r, std::string_view rule) {
    for (const auto& d : r.diagnostics)
        if (d.rule == rule) return &d;
    return nullptr;
}

// The diagnostics whose rule id starts with one of `prefixes` (`"P-"`, `"T3-"` …).
inline std::vector<const Diagnostic*> with_prefix(const Report& r, std::initializer_list<std::string_view> prefixes) {
    std::vector<const Diagnostic*> out;
    for (const auto& d : r.diagnostics)
        for (const auto prefix : prefixes)
            if (d.rule.starts_with(prefix)) out.push_back(&d);
    return out;
}

}  // namespace nianbao::test
