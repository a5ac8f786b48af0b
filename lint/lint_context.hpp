// What a lint check sees: the report, the emitter, the prose of each section
// (built once, shared by the prose rules), and the P-SKIPPED bookkeeping.
#pragma once

#include "model/emitter.hpp"
#include "model/model.hpp"
#include "model/prose_text.hpp"
#include "lint/rule.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

class LintContext {
public:
    // Diagnostics go to `out`; `source` gives their positions.
    LintContext(const Report& report, const Source& source, std::vector<Diagnostic>& out)
        : report_(report), emit_(source, out), out_(out) {}

    [[nodiscard]] const Report& report() const { return report_; }
    [[nodiscard]] Emitter& emit() { return emit_; }

    // The prose of the preamble (0) or of the first section numbered 1…6;
    // null when that part is absent.
    [[nodiscard]] const ProseText* prose(int part) const;
    // The same, also null for the section a cut document ends in (W11): the
    // rules that ask what a section lacks cannot tell from a cut one.
    [[nodiscard]] const ProseText* complete_prose(int part) const;
    // Calls f(prose, part) for the preamble (part 0) and every section, in
    // document order.
    void for_each_prose(const std::function<void(const ProseText&, int part)>& f) const;
    // The source text of text()[begin, end) of a prose text, as printed.
    [[nodiscard]] std::string printed(const ProseText& prose, std::size_t begin, std::size_t end) const;

    // The source span of text()[begin, end) of a prose text.
    [[nodiscard]] Span phrase_span(const ProseText& prose, std::size_t begin, std::size_t end) const;

    // P-SKIPPED: `rule` was not evaluated because `cell` (named `what`) is
    // unknown. One diagnostic per rule; further cells become notes of it. A
    // cell missing from its table is not reported again: its absence already
    // is a finding (P-ROW-MISSING, P-CELL-COUNT, P-TRUNCATED).
    void skip(const RuleDef& rule, const Cell& cell, const Message& what);

    // FMT-OUT-OF-SCOPE was found: only structure checks run (docs/layout.md#layouts).
    bool out_of_scope = false;

private:
    const Report& report_;
    Emitter emit_;
    std::vector<Diagnostic>& out_;
    std::map<std::string_view, std::size_t> skipped_;  // rule id → index in out_ of its P-SKIPPED
};

// The value a rule computes with: the number (scaled by 10^scale), 0 for a
// blank or placeholder cell (already reported by VAL-BLANK / VAL-PLACEHOLDER),
// nothing for an absent or unreadable cell.
[[nodiscard]] std::optional<std::int64_t> cell_value(const Cell& cell);

// The cell as printed in a message: `12`, `空白` / `blank`, `-`.
[[nodiscard]] Message cell_text(const Cell& cell);

// Runs every check of the registry on the report (docs/rules.md), then sorts
// all its diagnostics by source position.
void lint_report(Report& report, const Source& source);

}  // namespace nianbao
