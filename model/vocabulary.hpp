// Matching a normalised label against a closed vocabulary (docs/forms.md#matching
// step 8): exact → canonical prefix (annotation dropped) → fuzzy.
#pragma once

#include "model/memo.hpp"

#include <array>
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

// A normalised label that keeps the answers of the vocabularies asked about
// it: every table repeats the same labels, and a lookup by text hashes the
// whole label each time. Used by one thread at a time (table_cells.cpp keeps
// them in a per-thread memo), so the answers need no lock.
class Label {
public:
    explicit Label(std::string normalized) : text_(std::move(normalized)) {}
    [[nodiscard]] const std::string& text() const { return text_; }

private:
    friend class Vocabulary;
    static constexpr std::size_t vocabularies = 8;
    std::string text_;
    // [vocabulary id × 2 + allow_fuzzy]: not asked yet, or the answer.
    mutable std::array<std::optional<std::optional<LabelMatch>>, 2 * vocabularies> answers_;
};

class Vocabulary {
public:
    Vocabulary();

    // `text` is a label as printed; it is normalised here. Tags must outlive the vocabulary.
    // Short forms (`（二）部分公开` for the long label) are added the same way.
    void add(std::string_view text, std::string_view tag);

    // `label` must already be normalised (normalize_label). Without
    // `allow_fuzzy`, only exact and annotated matches count.
    [[nodiscard]] std::optional<LabelMatch> match(std::string_view label, bool allow_fuzzy = true) const;
    // The same for a label that remembers the answer.
    [[nodiscard]] std::optional<LabelMatch> match(const Label& label, bool allow_fuzzy = true) const;
    [[nodiscard]] std::optional<LabelMatch> match_exact(std::string_view label) const;
    // A label cut short where its cell wrapped (PDF text, W8: `2.其他法律行政法规
    // 禁止公` / numbers / `开`): the start, eight characters or more, of exactly
    // one row's canonical form. Quality fuzzy.
    [[nodiscard]] std::optional<LabelMatch> match_cut(std::string_view label) const;

private:
    struct Entry;
    [[nodiscard]] std::optional<LabelMatch> match_uncached(std::string_view label, bool allow_fuzzy) const;
    [[nodiscard]] const Entry* annotated_entry(std::string_view label) const;

    struct Entry {
        std::string canonical;
        std::u32string code_points;  // for the edit distance
        std::string_view tag;
    };
    std::size_t id_;  // a slot in Label::answers_ when below Label::vocabularies
    std::vector<Entry> entries_;
    std::vector<char32_t> first_code_points_;  // of the canonical forms: match_cut's quick test
    // canonical, alias or bare form → entry
    std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>> exact_;
    std::unordered_map<std::string, int> bare_count_;  // bare forms seen more than once are dropped
};

// Edit distance in code points, stopping early once it exceeds `limit`.
[[nodiscard]] std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);
[[nodiscard]] std::u32string to_code_points(std::string_view text);

}  // namespace nianbao
