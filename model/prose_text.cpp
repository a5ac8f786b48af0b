#include "model/prose_text.hpp"

#include "model/normalize.hpp"

#include <algorithm>

namespace nianbao {

namespace {

std::size_t code_point_length(unsigned char lead) {
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

constexpr std::string_view artifact_open = "[bookmark:";

}  // namespace

ProseText::ProseText(std::string_view source_text, const std::vector<Block>& blocks) : source_(source_text) {
    // The lines of the prose: the source bytes of each paragraph and
    // sub-heading, once per line (a run-in sub-heading and its body are two
    // blocks of one line).
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    std::size_t bytes = 0;
    for (const Block& block : blocks) {
        const Span* span = nullptr;
        if (const auto* p = boost::variant2::get_if<Paragraph>(&block)) span = &p->span;
        if (const auto* h = boost::variant2::get_if<SubHeading>(&block)) span = &h->span;
        if (!span || !span->known() || (!lines.empty() && span->offset == lines.back().first)) continue;
        lines.emplace_back(span->offset, std::min(span->offset + span->length, source_.size()));
        bytes += lines.back().second - lines.back().first;
    }
    // The prose is at most as long as its source (NFKC may lengthen a rare
    // character, spaces go): one allocation, not one per doubling.
    text_.reserve(bytes);
    line_starts_.reserve(lines.size());
    for (const auto& [begin, end] : lines) append_line(begin, end);
}

void ProseText::map_bytes(std::size_t count, std::size_t source, bool folded) {
    const std::size_t text = text_.size() - count;  // the bytes were just appended
    if (!folded && !runs_.empty() && !runs_.back().folded) {
        const Run& last = runs_.back();
        if (source - last.source == text - last.text) return;  // continues the verbatim run
    }
    runs_.push_back({static_cast<std::uint32_t>(text), static_cast<std::uint32_t>(source), folded});
}

// The bytes from `i` on that are copied as they are: printable ASCII (but
// `[`, which may open an artefact), CJK ideographs and the punctuation NFKC
// leaves alone (、。《》“” …), most of any report.
std::size_t ProseText::verbatim_run(std::size_t i, std::size_t end) const {
    const std::size_t begin = i;
    while (i < end) {
        const auto lead = static_cast<unsigned char>(source_[i]);
        if (lead < 0x80 && lead != '[' && !ascii_space(source_[i])) {
            ++i;
        } else if (std::size_t next = i; i + 3 <= end && lead >= 0xE0 && lead < 0xF0 &&
                                              nfkc_stable(next_code_point(source_, next))) {
            i = next;
        } else {
            break;
        }
    }
    return i - begin;
}

void ProseText::append_line(std::size_t begin, std::size_t end) {
    line_starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    for (std::size_t i = begin; i < end;) {
        if (const std::size_t run = verbatim_run(i, end); run > 0) {
            text_.append(source_.substr(i, run));
            map_bytes(run, i, false);
            i += run;
            continue;
        }
        const auto lead = static_cast<unsigned char>(source_[i]);
        if (lead == '[' && source_.substr(i, end - i).starts_with(artifact_open)) {
            const std::size_t close = source_.substr(i, end - i).find(']');
            if (close != std::string_view::npos) {
                i += close + 1;
                continue;
            }
        }
        const std::size_t length = std::min(code_point_length(lead), end - i);
        if (length == 3 && lead == 0xEF) {
            // Full-width ASCII (，：（）１…), common in Chinese prose: NFKC's
            // fold is one byte, never a space.
            std::size_t next = i;
            const char32_t cp = next_code_point(source_, next);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                text_.push_back(static_cast<char>(cp - 0xFEE0));
                map_bytes(1, i, true);
                i += 3;
                continue;
            }
        }
        const std::string_view code_point = source_.substr(i, length);
        if (lead < 0x80) {
            if (!ascii_space(source_[i])) {
                text_.push_back(source_[i]);
                map_bytes(1, i, false);
            }
        } else if (!trim_spaces(code_point).empty()) {
            const std::string folded = nfkc(code_point);
            const std::size_t before = text_.size();
            for (const char c : folded)
                if (!ascii_space(c)) text_.push_back(c);
            if (text_.size() > before) map_bytes(text_.size() - before, i, folded != code_point);
        }
        i += length;
    }
}

std::size_t ProseText::origin(std::size_t pos) const {
    const auto run = std::upper_bound(runs_.begin(), runs_.end(), pos,
                                      [](std::size_t p, const Run& r) { return p < r.text; }) - 1;
    if (run->folded) return run->source;
    std::size_t at = run->source + (pos - run->text);
    while (at > run->source && (static_cast<unsigned char>(source_[at]) & 0xC0) == 0x80) --at;
    return at;
}

bool ProseText::contains_any(std::initializer_list<std::string_view> needles) const {
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return contains(n); });
}

ByteRange ProseText::source_range(std::size_t begin, std::size_t end) const {
    if (begin >= text_.size() || end <= begin) {
        const std::size_t at = begin < text_.size() ? origin(begin) : source_.size();
        return {at, 0};
    }
    end = std::min(end, text_.size());
    const std::size_t first = origin(begin);
    const std::size_t last = origin(end - 1);
    const std::size_t last_length = code_point_length(static_cast<unsigned char>(source_[last]));
    return {first, last + last_length - first};
}

bool ProseText::starts_line(std::size_t pos) const {
    return std::binary_search(line_starts_.begin(), line_starts_.end(), static_cast<std::uint32_t>(pos));
}

}  // namespace nianbao
