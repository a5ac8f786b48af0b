// X-PREV-PROBLEMS (docs/rules.md#x-prev-problems): the problems a report's
// section 五 names, and whether the next year's section 五 mentions any of
// them. For the batch linter (year_pairs.hpp), which keeps only these small
// pieces of each report.
#pragma once

#include "model/diagnostic.hpp"
#include "model/model.hpp"
#include "model/sentences.hpp"

#include <optional>
#include <string>
#include <vector>

namespace nianbao {

struct NamedProblem {
    std::string text;                // the sentence as printed, shortened for a message
    std::vector<std::string> words;  // its distinctive four-character runs (NFKC, no punctuation)
};

// The sentences of section 五 that state a problem (`…不够丰富`, `…有待提高`),
// not a measure: the first ten. `sentences` are the report's (report_sentences).
[[nodiscard]] std::vector<NamedProblem> section5_problems(const Report& report, const std::vector<Sentence>& sentences);

// Section 五 as the mention check searches it: NFKC, white space and punctuation
// removed; its first 64 KB.
[[nodiscard]] std::string section5_search_text(const std::vector<Sentence>& sentences);

// Whether `text` (a section5_search_text) mentions the problem: holds one of its words.
[[nodiscard]] bool mentions(const std::string& text, const NamedProblem& problem);

// The X-PREV-PROBLEMS diagnostic at `heading` (section 五 of Y), when
// `previous` (of Y−1) named problems and `current_text` mentions none.
[[nodiscard]] std::optional<Diagnostic> check_prev_problems(const std::string& current_text, const Span& heading,
                                                             const std::vector<NamedProblem>& previous, int previous_year);

}  // namespace nianbao
