// The diagnostics overlay: which page elements each diagnostic points at,
// found generically by byte offsets — a diagnostic (or one of its notes)
// marks the innermost rendered element whose source span contains its span.
// Any rule that gives a cell's span, present or future, lands on that cell.
#pragma once

#include "model/model.hpp"
#include "backends/html_writer.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nianbao::html {

// Indices of the innermost `elements` containing each location: those with
// the smallest byte range that contains it (all of them, in index order, on a
// tie, e.g. the cells of a missing row, which share the row's span). Empty
// when none does or the location is unknown. An empty location at offset o
// lies in [offset, end), or is o itself for an empty element.
[[nodiscard]] std::vector<std::vector<std::size_t>> innermost(std::span<const Span> elements,
                                                              std::span<const Span> locations);
[[nodiscard]] std::vector<std::size_t> innermost(std::span<const Span> elements, const Span& location);

// What an element carries. Every string is empty for an element no
// diagnostic points at (apart from a natural id).
struct Flag {
    std::string id;       // anchor for the list's links: the natural id, or `loc-N`
    std::string css;      // `flag flag-error` …
    std::string title;    // the messages, one per line (shown on hover)
    std::string markers;  // markup: numbered links back to the list
};

class Overlay {
public:
    Overlay(const Report& report, bool enabled, Lang lang);

    [[nodiscard]] bool enabled() const { return enabled_; }

    // Called for every element that can carry a diagnostic, in page order,
    // once while collecting and once while rendering; the page is rendered
    // twice, so the elements are exactly those the page shows.
    Flag element(const Span& span, std::string natural_id = {});

    // Ends the collecting pass: maps every diagnostic and note to elements.
    void resolve();

    // The numbered list of all diagnostics, with links and a legend.
    void write_panel(Writer& out) const;

private:
    // The panel's short summary: a line per rule found, errors first.
    void write_summary(Writer& out) const;

    struct Mark {
        std::size_t diagnostic;
        std::size_t note;  // notes.size() of that diagnostic for its main span
    };
    [[nodiscard]] std::string anchor(std::size_t element) const;
    [[nodiscard]] std::string link_to(const std::vector<std::size_t>& elements, const Span& span) const;
    [[nodiscard]] Flag flag_of(std::size_t element) const;

    const Report& report_;
    bool enabled_;
    Lang lang_;
    bool collecting_ = true;
    std::size_t next_ = 0;
    std::vector<Span> spans_;
    std::vector<std::string> natural_ids_;
    std::vector<std::vector<Mark>> marks_;                           // per element
    std::vector<std::vector<std::vector<std::size_t>>> locations_;  // per diagnostic: main, then notes
};

}  // namespace nianbao::html
