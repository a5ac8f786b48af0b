// Source::span answers from per-thread memos of the previous answer; whatever
// order the spans are asked in, each must equal a count from the text start.
#include "input/source.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace nianbao;

namespace {

// Line and column (1-based, columns in code points) of byte `offset`, counted
// from the start of the text. A line end that is the text's last byte starts
// no line: the text's end is the end of its last line.
std::pair<std::size_t, std::size_t> position_from_scratch(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n' && i + 1 < text.size()) {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

void check_span(const Source& source, const std::string& text, std::size_t begin, std::size_t end) {
    const Span span = source.span(ByteRange{begin, end - begin});
    const auto [line, column] = position_from_scratch(text, begin);
    const auto [end_line, end_column] = position_from_scratch(text, end);
    INFO("bytes " << begin << "…" << end);
    CHECK(span.offset == begin);
    CHECK(span.length == end - begin);
    CHECK(span.line == line);
    CHECK(span.column == column);
    CHECK(span.end_line == end_line);
    CHECK(span.end_column == end_column);
}

// Code point boundaries of the text, and its end.
std::vector<std::size_t> boundaries(const std::string& text) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
    return at;
}

}  // namespace

TEST_CASE("spans: every range of a mixed text, in order and shuffled", "[model][spans]") {
    // CJK and ASCII, a CRLF line end, an empty line, a line end at the very
    // end and none, a line long enough for the eight-byte count.
    for (const std::string& text : {std::string("一、总体情况\r\n\n收到申请 12 件，tab\there\n三、表格\t0\t15\n末行"),
                                   std::string("甲乙丙丁戊己庚辛壬癸 abcdefghijklmnop 子丑寅卯\n\n第二行\n")}) {
        const Source source = Source::from_bytes("spans.txt", text);
        const std::vector<std::size_t> at = boundaries(text);
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        for (std::size_t b = 0; b < at.size(); ++b)
            for (std::size_t e = b; e < at.size(); ++e) ranges.emplace_back(at[b], at[e]);
        for (const auto& [begin, end] : ranges) check_span(source, text, begin, end);
        std::shuffle(ranges.begin(), ranges.end(), std::mt19937(7));
        for (const auto& [begin, end] : ranges) check_span(source, text, begin, end);
    }
}

TEST_CASE("spans: a range past the text is clipped to its end", "[model][spans]") {
    const std::string text = "第一行\n第二行";
    const Source source = Source::from_bytes("clip.txt", text);
    const Span span = source.span(ByteRange{text.size() - 3, 50});
    CHECK(span.offset == text.size() - 3);
    CHECK(span.length == 3);
    CHECK(span.line == 2);
    CHECK(span.column == 3);
    CHECK(span.end_line == 2);
    CHECK(span.end_column == 4);
}

TEST_CASE("spans: columns along a line of some thousand characters", "[model][spans]") {
    // Past the sixteen bytes counted at once and the 255 blocks summed at
    // once; ASCII, two-, three- and four-byte characters mixed.
    std::string line;
    const char* pieces[] = {"年", "a", "é", "𠀀", "报告", " ", "；"};
    for (std::size_t i = 0; line.size() < 9000; ++i) line += pieces[(i * 7 + i / 3) % 7];
    const std::string text = "first\n" + line + "\nlast";
    const Source source = Source::from_bytes("long.txt", text);
    const std::vector<std::size_t> at = boundaries(text);
    for (std::size_t k = 0; k < at.size(); k += 37)
        for (const std::size_t length : {std::size_t{0}, std::size_t{1}, std::size_t{50}, std::size_t{5000}})
            if (k + length < at.size()) check_span(source, text, at[k], at[k + length]);
}
