// Matching a normalised label against a closed vocabulary (FORMAT.md §6.3
// step 8): exact → canonical prefix (annotation dropped) → fuzzy.
#pragma once

#include "memo.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nianbao {

enum class MatchQuality {
    exact,      // equal after normalisation (or to a known short form)
    annotated,  // canonical label followed by a parenthetical annotation (P-LABEL-ANNOTATED)
    fuzzy,      // edit distance ≤ 2 on a label of ≥ 6 characters (P-LABEL-FUZZY)
};

struct LabelMatch {
    std::string_view tag;        // what the vocabulary entry stands for, e.g. "GRANT"
    std::string_view canonical;  // the entry's normalised text
    MatchQuality quality = MatchQuality::exact;
};

class Vocabulary {
public:
    // `text` is a label as printed; it is normalised here. Tags must outlive the vocabulary.
    // Short forms (`（二）部分公开` for the long label) are added the same way.
    void add(std::string_view text, std::string_view tag);

    // `label` must already be normalised (normalize_label). Without
    // `allow_fuzzy`, only exact and annotated matches count.
    [[nodiscard]] std::optional<LabelMatch> match(std::string_view label, bool allow_fuzzy = true) const;
    [[nodiscard]] std::optional<LabelMatch> match_exact(std::string_view label) const;

private:
    struct Entry;
    [[nodiscard]] std::optional<LabelMatch> match_uncached(std::string_view label, bool allow_fuzzy) const;
    [[nodiscard]] const Entry* annotated_entry(std::string_view label) const;

    struct Entry {
        std::string canonical;
        std::u32string code_points;  // for the edit distance
        std::string_view tag;
    };
    std::vector<Entry> entries_;
    // canonical, alias or bare form → entry
    std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>> exact_;
    std::unordered_map<std::string, int> bare_count_;  // bare forms seen more than once are dropped
};

// Edit distance in code points, stopping early once it exceeds `limit`.
[[nodiscard]] std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);
[[nodiscard]] std::u32string to_code_points(std::string_view text);

}  // namespace nianbao
