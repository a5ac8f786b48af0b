#include "model/prose_text.hpp"

#include "model/normalize.hpp"

#include <algorithm>

namespace nianbao {

namespace {

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// The bytes from `i` on that are copied as they are: printable ASCII, CJK
// ideographs and the punctuation NFKC leaves alone (、。《》“” …), most of
// any report.
std::size_t verbatim_run(std::string_view source, std::size_t i, std::size_t end) {
    const std::size_t begin = i;
    while (i < end) {
        const auto lead = static_cast<unsigned char>(source[i]);
        if (lead < 0x80 && !ascii_space(source[i])) {
            ++i;
        } else if (std::size_t next = i; i + 3 <= end && lead >= 0xE0 && lead < 0xF0 &&
                                              nfkc_stable(next_code_point(source, next))) {
            i = next;
        } else {
            break;
        }
    }
    return i - begin;
}

}  // namespace

void ProseText::map_bytes(std::size_t count, std::size_t source, std::size_t folded) {
    const std::size_t text = text_.size() - count;  // the bytes were just appended
    if (folded == 0 && !runs_.empty() && runs_.back().folded == 0) {
        const Run& last = runs_.back();
        if (source - last.source == text - last.text) return;  // continues the verbatim run
    }
    runs_.push_back({static_cast<std::uint32_t>(text), static_cast<std::uint32_t>(source),
                     static_cast<std::uint8_t>(folded)});
}

void ProseText::append_line(std::string_view source_text, ByteRange line, std::span<const ByteRange> artifacts) {
    const std::size_t end = std::min(line.end(), source_text.size());
    line_starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    std::size_t at = std::min(line.offset(), end);
    for (const ByteRange& artifact : artifacts) {
        append_code_points(source_text, at, std::clamp(artifact.offset(), at, end));
        at = std::clamp(artifact.end(), at, end);
    }
    append_code_points(source_text, at, end);
    source_size_ = static_cast<std::uint32_t>(source_text.size());
}

void ProseText::append_code_points(std::string_view source, std::size_t i, std::size_t end) {
    while (i < end) {
        if (const std::size_t run = verbatim_run(source, i, end); run > 0) {
            text_.append(source.substr(i, run));
            map_bytes(run, i, 0);
            i += run;
            continue;
        }
        const auto lead = static_cast<unsigned char>(source[i]);
        const std::size_t length = std::min(sequence_length(lead), end - i);
        if (length == 3 && lead == 0xEF) {
            // Full-width ASCII (，：（）１…), common in Chinese prose: NFKC's
            // fold is one byte, never a space.
            std::size_t next = i;
            const char32_t cp = next_code_point(source, next);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                text_.push_back(static_cast<char>(cp - 0xFEE0));
                map_bytes(1, i, 3);
                i += 3;
                continue;
            }
        }
        const std::string_view code_point = source.substr(i, length);
        if (lead < 0x80) {
            if (!ascii_space(source[i])) {
                text_.push_back(source[i]);
                map_bytes(1, i, 0);
            }
        } else if (!trim_spaces(code_point).empty()) {
            const std::string folded = nfkc(code_point);
            const std::size_t before = text_.size();
            for (const char c : folded)
                if (!ascii_space(c)) text_.push_back(c);
            if (text_.size() > before) map_bytes(text_.size() - before, i, folded != code_point ? length : 0);
        }
        i += length;
    }
}

std::pair<std::size_t, std::size_t> ProseText::origin(std::size_t pos) const {
    const auto run = std::upper_bound(runs_.begin(), runs_.end(), pos,
                                      [](std::size_t p, const Run& r) { return p < r.text; }) - 1;
    if (run->folded != 0) return {run->source, run->folded};
    // A verbatim run holds the source's bytes: its code points are the text's.
    const std::size_t start = std::max<std::size_t>(code_point_start(text_, pos), run->text);
    return {run->source + (start - run->text), sequence_length(static_cast<unsigned char>(text_[start]))};
}

bool ProseText::contains_any(std::initializer_list<std::string_view> needles) const {
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return contains(n); });
}

ByteRange ProseText::source_range(std::size_t begin, std::size_t end) const {
    if (begin >= text_.size() || end <= begin) {
        const std::size_t at = begin < text_.size() ? origin(begin).first : source_size_;
        return {at, 0};
    }
    end = std::min(end, text_.size());
    const std::size_t first = origin(begin).first;
    const auto [last, last_length] = origin(end - 1);
    return {first, last + last_length - first};
}

bool ProseText::starts_line(std::size_t pos) const {
    return std::binary_search(line_starts_.begin(), line_starts_.end(), static_cast<std::uint32_t>(pos));
}

}  // namespace nianbao
