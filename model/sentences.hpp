// The sentences of a report's prose as a comparison across years sees them
// (docs/diff.md#repetition): each part (preamble, sections 一 to 六) split
// at sentence ends, with what the template itself prescribes left out —
// sub-heading lines, table labels (tables are not prose), and the fixed
// sentences every report carries — since repeating those is no copying.
#pragma once

#include "model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

struct Sentence {
    int part = 0;             // 0 the preamble, 1..6 the section number
    std::size_t offset = 0;   // in the part's text (Report::preamble_text, Section::text)
    std::size_t length = 0;   // bytes, the sentence end included
    std::string key;          // NFKC, white space and punctuation removed, years as `#`: what is compared
    bool counted = true;      // false: prescribed by the template, or too short to mean anything
};

// Every sentence of the preamble and the sections, in document order.
[[nodiscard]] std::vector<Sentence> report_sentences(const Report& report);

// The part's text of a sentence's part (empty when the report has no such part).
[[nodiscard]] std::string_view part_text(const Report& report, int part);

// The counted sentences' keys, hashed: all the batch linter keeps of a report.
[[nodiscard]] std::vector<std::uint64_t> sentence_hashes(const std::vector<Sentence>& sentences);
[[nodiscard]] std::uint64_t sentence_hash(std::string_view key);

// The share of `current`'s counted sentences (hashes) found in `previous`;
// nothing when `current` has none.
struct RepetitionShare {
    std::size_t repeated = 0;
    std::size_t total = 0;
    [[nodiscard]] double share() const { return total ? static_cast<double>(repeated) / static_cast<double>(total) : 0.0; }
};
[[nodiscard]] RepetitionShare repetition_share(const std::vector<std::uint64_t>& current,
                                               const std::vector<std::uint64_t>& previous);

}  // namespace nianbao
