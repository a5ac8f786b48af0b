#include "model/sentences.hpp"

#include "input/utf8.hpp"
#include "model/normalize.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <unordered_set>

namespace nianbao {

namespace {

// Sentence ends, before NFKC (the part texts are as printed).
bool ends_sentence(char32_t cp) {
    return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'!' || cp == U'?' || cp == U';';
}

// Punctuation is left out of the key: a comma moved or a full-width colon
// made half-width does not make a copied sentence new.
bool is_punctuation(char32_t cp) {
    if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
           cp == 0x00B7;
}

// A year (a run of exactly four digits 19xx or 20xx) stands for any year: a
// sentence copied from last year's report with only its years moved on is
// still a copy.
void append_digits(std::string& key, std::string_view digits) {
    const bool year = digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    key += year ? std::string_view("#") : digits;
}

std::string sentence_key(std::string_view text) {
    const std::string folded = nfkc(text);
    std::string key, digits;
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = next_code_point(folded, i);
        if (cp >= '0' && cp <= '9') {
            digits += static_cast<char>(cp);
            continue;
        }
        if (is_space_code_point(cp)) continue;  // `2025 年` and `2025/年` (a wrapped line) are one year
        append_digits(key, digits);
        digits.clear();
        if (!is_punctuation(cp)) append_code_point(key, cp);
    }
    append_digits(key, digits);
    return key;
}

// Sentences every report carries in some wording of the template's
// (docs/diff.md#template): found by a phrase only they contain.
constexpr std::array fixed_phrases{
    std::string_view("根据《中华人民共和国政府信息公开条例》"),  // the preamble's first sentence
    std::string_view("根据中华人民共和国政府信息公开条例"),
    std::string_view("本报告中所列数据的统计期限"),
    std::string_view("本报告所列数据的统计期限"),
    std::string_view("统计期限"),
    std::string_view("总体情况、主动公开政府信息情况"),
    std::string_view("电子版可在"),
    std::string_view("如对本报告有"),  // …任何疑问 / …疑问，请与…联系
    std::string_view("本报告的电子版"),
    std::string_view("本年度报告电子版"),
};

// Lines the template prescribes, not sentences: a sub-heading
// (`（一）主动公开情况`, a Markdown `## 表二`), or a table row left in the prose
// (`|` or TAB separated).
bool is_template_line(std::string_view line) {
    const std::string_view trimmed = trim_spaces(line);
    if (trimmed.find('|') != std::string_view::npos || trimmed.find('\t') != std::string_view::npos) return true;
    if (trimmed.starts_with("#")) return true;
    const bool enumerated = trimmed.starts_with("（") || trimmed.starts_with("(");
    return enumerated && code_point_count(sentence_key(trimmed)) <= 16;
}

// Labels of the three tables: a sentence holding one is table text that
// the reader left in the prose (a crawler's one-line body), not prose.
constexpr std::array table_labels{
    std::string_view("本年制发件数"),   std::string_view("本年处理决定数量"), std::string_view("本年收费金额"),
    std::string_view("勾稽关系"),       std::string_view("申请人情况"),       std::string_view("本年新收政府信息公开申请数量"),
    std::string_view("结果维持结果纠正"), std::string_view("以表格形式"),   std::string_view("行政复议行政诉讼"),
    std::string_view("逾期不补正"),     std::string_view("尚未审结"),         std::string_view("不计其他情形"),
    std::string_view("逾期未按收费通知"), std::string_view("重新出具已获取信息"),
};

// Too short to be copied rather than said: `无。`, `暂无。`, `已整改。`.
constexpr std::size_t min_counted_code_points = 6;

bool contains_any(std::string_view key, std::span<const std::string_view> phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view phrase) { return key.find(sentence_key(phrase)) != std::string_view::npos; });
}

bool prescribed(std::string_view key) {
    return code_point_count(key) < min_counted_code_points || contains_any(key, fixed_phrases) ||
           contains_any(key, table_labels);
}

// Splits a part's text into sentences. A sentence may run over several lines
// (a PDF's text is wrapped); a template line ends the sentence before it.
class Splitter {
public:
    Splitter(std::vector<Sentence>& out, int part, std::string_view text) : out_(out), part_(part), text_(text) {}

    void run() {
        std::size_t begin = 0;
        while (begin < text_.size()) {
            std::size_t end = text_.find('\n', begin);
            if (end == std::string_view::npos) end = text_.size();
            if (is_template_line(text_.substr(begin, end - begin))) {
                close(begin);
                start_ = end;
            } else {
                scan(begin, end);
            }
            begin = end + 1;
        }
        close(text_.size());
    }

private:
    void scan(std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end;) {
            if (ends_sentence(next_code_point(text_, i))) close(i);
        }
    }

    // The sentence from start_ to `end`, if it holds anything.
    void close(std::size_t end) {
        end = std::min(end, text_.size());
        while (start_ < end && (text_[start_] == '\n' || text_[start_] == ' ')) ++start_;
        if (start_ >= end) return;
        const std::string_view sentence = text_.substr(start_, end - start_);
        std::string key = sentence_key(sentence);
        if (!key.empty()) {
            // `（一）主动公开方面。` ends like a sentence but is a sub-heading.
            const bool counted = !prescribed(key) && !is_template_line(sentence);
            out_.push_back({part_, start_, end - start_, std::move(key), counted});
        }
        start_ = end;
    }

    std::vector<Sentence>& out_;
    int part_;
    std::string_view text_;
    std::size_t start_ = 0;
};

void add_part(std::vector<Sentence>& out, int part, std::string_view text) { Splitter(out, part, text).run(); }

}  // namespace

std::string_view part_text(const Report& report, int part) {
    if (part == 0) return report.preamble_text;
    const Section* section = report.section(part);
    return section ? std::string_view(section->text) : std::string_view();
}

std::vector<Sentence> report_sentences(const Report& report) {
    std::vector<Sentence> out;
    add_part(out, 0, report.preamble_text);
    for (const Section& section : report.sections)  // a repeated section number: its first one, as part_text
        if (report.section(section.number) == &section) add_part(out, section.number, section.text);
    return out;
}

std::uint64_t sentence_hash(std::string_view key) {
    // FNV-1a: stable across runs and builds, unlike std::hash.
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

std::vector<std::uint64_t> sentence_hashes(const std::vector<Sentence>& sentences) {
    std::vector<std::uint64_t> out;
    for (const Sentence& s : sentences)
        if (s.counted) out.push_back(sentence_hash(s.key));
    return out;
}

RepetitionShare repetition_share(const std::vector<std::uint64_t>& current, const std::vector<std::uint64_t>& previous) {
    const std::unordered_set<std::uint64_t> seen(previous.begin(), previous.end());
    RepetitionShare share;
    share.total = current.size();
    for (const std::uint64_t h : current) share.repeated += seen.contains(h) ? 1 : 0;
    return share;
}

}  // namespace nianbao
