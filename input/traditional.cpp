#include "input/traditional.hpp"

#include "input/utf8.hpp"

#include <SimpleConverter.hpp>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

namespace nianbao {

namespace {

// The unified ideographs; the extensions are next to absent from reports.
constexpr char32_t first_ideograph = 0x4E00;
constexpr char32_t last_ideograph = 0x9FFF;

bool is_ideograph(char32_t cp) { return cp >= first_ideograph && cp <= last_ideograph; }

// OpenCC's converter, and what it makes of each ideograph on its own: the
// table that tells a traditional text in one pass, and converts a line whose
// phrases OpenCC would turn into a different length. Built once, on first
// use, by converting every ideograph (one per line, so no phrase joins two).
class Converter {
public:
    static const Converter* get() {
        static const std::unique_ptr<Converter> instance = make();
        return instance.get();
    }

    [[nodiscard]] char32_t simplified(char32_t cp) const {
        return is_ideograph(cp) ? simple_[cp - first_ideograph] : cp;
    }
    [[nodiscard]] std::string convert(const std::string& text) const {
        const std::lock_guard lock(mutex_);
        return opencc_.Convert(text);
    }

private:
    explicit Converter(const std::string& config) : opencc_(config) {
        std::string all;
        for (char32_t cp = first_ideograph; cp <= last_ideograph; ++cp) {
            append_code_point(all, cp);
            all += '\n';
        }
        const std::string converted = opencc_.Convert(all);
        simple_.resize(last_ideograph - first_ideograph + 1);
        std::size_t at = 0;
        for (char32_t cp = first_ideograph; cp <= last_ideograph && at < converted.size(); ++cp) {
            const std::size_t end = converted.find('\n', at);
            const std::string_view line = std::string_view(converted).substr(at, end - at);
            std::size_t i = 0;
            const char32_t to = line.empty() ? cp : next_code_point(line, i);
            // One character for one, of the same UTF-8 length, or none.
            simple_[cp - first_ideograph] = i == line.size() && to < 0x10000 && to >= 0x800 ? to : cp;
            if (end == std::string::npos) break;
            at = end + 1;
        }
    }

    static std::unique_ptr<Converter> make() {
        try {
            return std::unique_ptr<Converter>(new Converter("t2s.json"));
        } catch (const std::exception&) {
            return nullptr;  // OpenCC's data files are missing
        }
    }

    opencc::SimpleConverter opencc_;
    std::vector<char32_t> simple_;
    mutable std::mutex mutex_;
};

// Pinyin as mirrors print it after a character: lowercase letters and the
// tone-marked vowels.
bool is_pinyin_letter(char32_t cp) {
    if (cp >= 'a' && cp <= 'z') return true;
    static constexpr char32_t marked[] = {0xE0,  0xE1,  0xE8,  0xE9,  0xEA,  0xEC,  0xED,  0xF2,  0xF3,
                                          0xF9,  0xFA,  0xFC,  0x101, 0x113, 0x11B, 0x12B, 0x144, 0x148,
                                          0x14D, 0x16B, 0x1CE, 0x1D0, 0x1D2, 0x1D4, 0x1D6, 0x1D8, 0x1DA,
                                          0x1DC, 0x1F9, 0x1E3F};
    return std::find(std::begin(marked), std::end(marked), cp) != std::end(marked);
}

// The length of a gloss `(zhèn)` or `（zhèn）` at text[at], or 0. A syllable
// has at most six letters.
std::size_t gloss_length(std::string_view text, std::size_t at) {
    std::size_t i = at;
    const char32_t open = next_code_point(text, i);
    if (open != '(' && open != 0xFF08) return 0;
    const char32_t close = open == '(' ? U')' : U'）';
    for (int letters = 0; i < text.size() && letters <= 6; ++letters) {
        const char32_t cp = next_code_point(text, i);
        if (cp == close) return letters > 0 ? i - at : 0;
        if (!is_pinyin_letter(cp)) return 0;
    }
    return 0;
}

struct Removal {
    std::size_t offset;  // in the text before the removal
    std::size_t length;
};

// The text without the glosses that follow an ideograph, and where they were.
std::string drop_glosses(std::string_view text, std::vector<Removal>& removed) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        out.append(text.substr(start, i - start));
        if (!is_ideograph(cp) || i >= text.size()) continue;
        if (const std::size_t length = gloss_length(text, i)) {
            removed.push_back({i, length});
            i += length;
        }
    }
    return out;
}

// One line converted in its place: OpenCC's reading, where phrases decide
// (乾/干, 著/着 …), when it keeps every character's length; else each
// character by itself. (No phrase spans a line end.)
void convert_line(const Converter& converter, std::string_view line, std::string& out) {
    const std::string phrases = converter.convert(std::string(line));
    bool in_place = phrases.size() == line.size();
    for (std::size_t i = 0; in_place && i < line.size(); ++i)
        in_place = is_continuation_byte(static_cast<unsigned char>(line[i])) ==
                   is_continuation_byte(static_cast<unsigned char>(phrases[i]));
    if (in_place) {
        out += phrases;
        return;
    }
    for (std::size_t i = 0; i < line.size();) append_code_point(out, converter.simplified(next_code_point(line, i)));
}

std::string convert_in_place(const Converter& converter, std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        convert_line(converter, text.substr(at, end - at), out);
        if (end < text.size()) out += '\n';
        at = end + 1;
    }
    return out;
}

// Origins after glosses were dropped: a web page's or Word file's entries
// move back with the text; a text file gets the original line and column of
// each line start and of the text after each gloss.
OriginMap shifted_origins(const DocumentText& document, std::string_view original,
                          const std::vector<Removal>& removed) {
    OriginMap out;
    std::size_t removed_before = 0, r = 0;
    const auto new_offset = [&](std::size_t old) {
        while (r < removed.size() && removed[r].offset < old) removed_before += removed[r++].length;
        return old - std::min(removed_before, old);
    };
    if (document.kind != InputKind::text) {
        for (const auto& [offset, origin] : document.origins.entries()) out.add(new_offset(offset), origin);
        return out;
    }
    std::size_t line = 1, column = 1, next_removal = 0;
    bool piece_starts = true;
    for (std::size_t i = 0; i < original.size();) {
        if (next_removal < removed.size() && removed[next_removal].offset == i) {
            const std::size_t length = removed[next_removal++].length;
            column += code_point_count(original.substr(i, length));
            i += length;
            piece_starts = true;
            continue;
        }
        if (piece_starts) out.add(new_offset(i), Origin{line, column});
        piece_starts = false;
        const char c = original[i];
        (void)next_code_point(original, i);
        if (c == '\n') {
            ++line;
            column = 1;
            piece_starts = true;
        } else {
            ++column;
        }
    }
    return out;
}

}  // namespace

char32_t simplified_character(char32_t cp) {
    const Converter* converter = is_ideograph(cp) ? Converter::get() : nullptr;
    return converter ? converter->simplified(cp) : cp;
}

TraditionalText count_traditional(std::string_view text) {
    TraditionalText counts;
    const Converter* converter = nullptr;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0xE4 || lead > 0xE9) {  // outside U+4E00–U+9FFF
            i += sequence_length(lead);
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (!is_ideograph(cp)) continue;
        ++counts.cjk;
        if (!converter && !(converter = Converter::get())) return {};
        if (converter->simplified(cp) != cp) ++counts.traditional;
    }
    return counts;
}

bool is_traditional(const TraditionalText& counts) { return counts.traditional * 10 >= counts.cjk && counts.cjk > 0; }

Simplification simplify_traditional(DocumentText& document) {
    if (!is_traditional(count_traditional(document.text))) return {};
    const Converter* converter = Converter::get();
    std::vector<Removal> removed;
    std::string stripped = drop_glosses(document.text, removed);
    if (!removed.empty()) document.origins = shifted_origins(document, document.text, removed);
    document.text = convert_in_place(*converter, stripped);
    return {true, removed.size()};
}

}  // namespace nianbao
