// Two reports compared (docs/diff.md), normally one agency's consecutive
// years: how much of NEW's prose is OLD's, every table cell old → new with
// the changes that stand out, and the chains that link one year to the next.
// Works on the two models only; the backends render it.
#pragma once

#include "model/model.hpp"
#include "model/sentences.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// Repetition of one part (0 the preamble, 1..6 a section), or of the whole.
struct PartRepetition {
    int part = 0;
    std::size_t sentences = 0;  // NEW's counted sentences
    std::size_t repeated = 0;   // of them, found in OLD
    [[nodiscard]] std::optional<double> share() const;
};

// Consecutive repeated sentences of NEW, merged: one copied passage.
struct Passage {
    int part = 0;                 // in NEW
    std::size_t offset = 0;       // in NEW's part text
    std::size_t length = 0;
    std::size_t sentences = 0;
    std::vector<int> old_parts;   // where OLD has them
};

struct CellValue {
    std::string text;          // as in the JSON model
    std::int64_t scaled = 0;
    int scale = 0;
};

struct CellChange {
    std::string_view table;    // "T2" | "T3" | "T4"
    std::string_view row;
    std::string_view column;   // empty for T4
    std::optional<CellValue> old_value;
    std::optional<CellValue> new_value;
    [[nodiscard]] bool changed() const;
    // A count that grew or shrank more than fivefold from an old value of at
    // least 10 (docs/diff.md#cells).
    [[nodiscard]] bool stands_out() const;
};

enum class ChainStatus { holds, broken, unknown };
[[nodiscard]] std::string_view chain_status_name(ChainStatus status);

// T3: what OLD carried out (CARRY_OUT) is what NEW carried in (CARRY_IN).
struct CarryLink {
    std::string_view column;
    std::optional<std::int64_t> carried_out;  // OLD
    std::optional<std::int64_t> carried_in;   // NEW
    ChainStatus status = ChainStatus::unknown;
};

// T2 (F2021 documents rows): valid(NEW) = valid(OLD) + made(NEW) − repealed(NEW).
// Informational: reports often restate their stock.
struct ValidLink {
    std::string_view row;  // RULES | NORMDOC
    std::optional<std::int64_t> old_valid, made, repealed, new_valid;
    ChainStatus status = ChainStatus::unknown;
    [[nodiscard]] std::optional<std::int64_t> expected() const;
};

struct ReportDiff {
    const Report* old_report = nullptr;
    const Report* new_report = nullptr;
    bool consecutive = false;     // both years known and NEW's is OLD's + 1
    bool same_agency = false;     // agency names equal after NFKC and white space
    std::vector<Sentence> old_sentences, new_sentences;
    std::vector<bool> old_copied, new_repeated;  // per sentence: found on the other side
    std::vector<PartRepetition> parts;            // NEW's parts in order
    PartRepetition overall;
    std::vector<Passage> passages;
    std::vector<CellChange> cells;                // every cell of either report
    std::vector<CarryLink> carry;                 // empty when a T3 is missing
    std::vector<ValidLink> valid;                 // empty unless both T2 are F2021
};

[[nodiscard]] ReportDiff compare_reports(const Report& old_report, const Report& new_report);

}  // namespace nianbao
