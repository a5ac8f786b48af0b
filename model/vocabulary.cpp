#include "model/vocabulary.hpp"

#include "model/memo.hpp"
#include "model/normalize.hpp"
#include "input/utf8.hpp"

#include <algorithm>
#include <atomic>

namespace nianbao {

std::u32string to_code_points(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.push_back(cp);
        i += length;
    }
    return out;
}

namespace {

// `1.属于国家秘密` → `属于国家秘密`; `(一)予以公开` → `予以公开`; `一、本年…` → `本年…`.
std::string bare_form(std::string_view label) {
    std::size_t i = 0;
    while (i < label.size() && label[i] >= '0' && label[i] <= '9') ++i;
    if (i > 0 && i < label.size() && label[i] == '.') return std::string(label.substr(i + 1));
    if (label.starts_with("(")) {
        const auto close = label.find(')');
        if (close != std::string_view::npos && close <= 10) return std::string(label.substr(close + 1));
    }
    static constexpr std::string_view comma = "、";
    const auto pos = label.find(comma);
    if (pos != std::string_view::npos && pos <= 6) return std::string(label.substr(pos + comma.size()));
    return std::string(label);
}

bool starts_annotation(std::string_view rest) {
    return rest.starts_with("(") || rest.starts_with("[") || rest.starts_with("【") ||
           rest.starts_with("〔") || rest.starts_with(":");
}

constexpr std::size_t fuzzy_min_length = 6;
constexpr std::size_t fuzzy_max_distance = 2;
constexpr std::size_t bare_min_length = 3;

}  // namespace

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit) return limit + 1;
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_min = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

Vocabulary::Vocabulary() {
    static std::atomic<std::size_t> next_id{0};
    id_ = next_id++;
}

std::optional<LabelMatch> Vocabulary::match(const Label& label, bool allow_fuzzy) const {
    if (id_ >= Label::vocabularies) return match(label.text(), allow_fuzzy);
    auto& answer = label.answers_[id_ * 2 + (allow_fuzzy ? 1 : 0)];
    if (!answer) answer = match_uncached(label.text(), allow_fuzzy);
    return *answer;
}

void Vocabulary::add(std::string_view text, std::string_view tag) {
    std::string canonical = normalize_label(text);
    if (!canonical.empty()) {
        std::size_t at = 0;
        const char32_t first = next_code_point(canonical, at);
        if (std::find(first_code_points_.begin(), first_code_points_.end(), first) == first_code_points_.end())
            first_code_points_.push_back(first);
    }
    const std::size_t index = entries_.size();
    exact_.emplace(canonical, index);
    std::string bare = bare_form(canonical);
    if (bare != canonical && code_point_count(bare) >= bare_min_length) {
        if (++bare_count_[bare] == 1) {
            exact_.emplace(bare, index);
        } else {
            exact_.erase(bare);  // two entries share it: the bare form identifies neither
        }
    }
    std::u32string code_points = to_code_points(canonical);
    entries_.push_back({std::move(canonical), std::move(code_points), tag});
}

// The longest canonical label that `label` starts with, followed by an annotation.
const Vocabulary::Entry* Vocabulary::annotated_entry(std::string_view label) const {
    const bool has_bracket = label.find_first_of("([:") != std::string_view::npos ||
                             label.find("【") != std::string_view::npos ||
                             label.find("〔") != std::string_view::npos;
    if (!has_bracket) return nullptr;
    const Entry* best = nullptr;
    for (const Entry& entry : entries_) {
        if (label.size() > entry.canonical.size() && label.starts_with(entry.canonical) &&
            starts_annotation(label.substr(entry.canonical.size())) &&
            (!best || entry.canonical.size() > best->canonical.size()))
            best = &entry;
    }
    return best;
}

std::optional<LabelMatch> Vocabulary::match_cut(std::string_view label) const {
    // An enumerator and six characters: long enough to be no word of prose.
    constexpr std::size_t shortest = 8;
    std::size_t at = 0;
    if (label.empty() || std::find(first_code_points_.begin(), first_code_points_.end(), next_code_point(label, at)) ==
                             first_code_points_.end())
        return std::nullopt;
    const std::size_t length = code_point_count(label);
    if (length < shortest) return std::nullopt;
    const Entry* found = nullptr;
    for (const Entry& entry : entries_) {
        if (entry.canonical.size() <= label.size() || !entry.canonical.starts_with(label)) continue;
        if (found && found->tag == entry.tag) continue;  // the same row, listed again (an alias, a layout)
        if (found) return std::nullopt;                  // the start of two rows
        found = &entry;
    }
    if (!found) return std::nullopt;
    return LabelMatch{found->tag, found->canonical, MatchQuality::fuzzy};
}

std::optional<LabelMatch> Vocabulary::match_exact(std::string_view label) const {
    const auto it = exact_.find(label);
    if (it == exact_.end()) return std::nullopt;
    const Entry& entry = entries_[it->second];
    return LabelMatch{entry.tag, entry.canonical, MatchQuality::exact};
}

std::optional<LabelMatch> Vocabulary::match(std::string_view label, bool allow_fuzzy) const {
    // Keyed by vocabulary and mode; the vocabularies are static and immutable.
    thread_local std::unordered_map<const void*, TextMemo<std::optional<LabelMatch>>> memos;
    const void* key = reinterpret_cast<const char*>(this) + (allow_fuzzy ? 1 : 0);
    return memos[key].get(label, [&](std::string_view l) { return match_uncached(l, allow_fuzzy); });
}

std::optional<LabelMatch> Vocabulary::match_uncached(std::string_view label, bool allow_fuzzy) const {
    if (label.empty()) return std::nullopt;
    if (auto exact = match_exact(label)) return exact;

    if (const Entry* annotated = annotated_entry(label))
        return LabelMatch{annotated->tag, annotated->canonical, MatchQuality::annotated};

    if (!allow_fuzzy || code_point_count(label) < fuzzy_min_length) return std::nullopt;
    const std::u32string code_points = to_code_points(label);
    const Entry* best = nullptr;
    std::size_t best_distance = fuzzy_max_distance + 1;
    bool tied = false;
    for (const Entry& entry : entries_) {
        const std::size_t length_gap = code_points.size() > entry.code_points.size()
                                           ? code_points.size() - entry.code_points.size()
                                           : entry.code_points.size() - code_points.size();
        if (length_gap > fuzzy_max_distance) continue;
        const std::size_t distance = edit_distance(code_points, entry.code_points, fuzzy_max_distance);
        if (distance < best_distance) {
            best = &entry;
            best_distance = distance;
            tied = false;
        } else if (distance == best_distance && best && best->tag != entry.tag) {
            tied = true;
        }
    }
    if (!best || tied) return std::nullopt;
    return LabelMatch{best->tag, best->canonical, MatchQuality::fuzzy};
}

}  // namespace nianbao
