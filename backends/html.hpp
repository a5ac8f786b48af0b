// HTML backend: one standalone HTML5 page per report (inline CSS, no script),
// drawn in the official geometry of docs/tables.md, and an index page for
// batches. The diagnostics overlay marks the elements a diagnostic points at.
#pragma once

#include "model/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

// When the page shows the diagnostics overlay (numbered list, highlighted
// cells, legend). `automatic` shows it on screen for reports with at least
// one ERROR and keeps the print clean; `always` shows it on screen and in print.
enum class Annotate { automatic, always, never };

struct HtmlOptions {
    Lang lang = Lang::zh;  // diagnostic messages and the overlay's own words
    Annotate annotate = Annotate::automatic;
};

[[nodiscard]] std::string render_html(const Report& report, const HtmlOptions& options);

// What the batch index keeps of one report: a few fields, never the model.
struct IndexEntry {
    std::string href;  // the page, relative to the index; empty when not compiled
    std::string path;  // the input as given
    std::optional<std::string> title;
    std::optional<std::string> agency;
    std::optional<int> year;
    std::string layout;  // "F2021" | "F2019" | "mixed" | ""
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    std::string failure;  // why the input could not be compiled, if it could not
};

[[nodiscard]] IndexEntry index_entry(const Report& report, std::string href);

// The index page: one row per entry, in the given order, sortable by column
// when the browser runs the page's small script (readable without it).
[[nodiscard]] std::string render_html_index(const std::vector<IndexEntry>& entries, const HtmlOptions& options);

}  // namespace nianbao
