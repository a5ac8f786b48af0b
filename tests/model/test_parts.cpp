// A large input is cut at section headings and compiled in parts side by side;
// the model must be exactly the one a single pass gives.
#include "backends/json.hpp"
#include "input/decode.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::string model_with(const Source& source, unsigned threads, std::size_t part_bytes) {
    return render_json(compile(source, {threads, part_bytes}), {});
}

}  // namespace

TEST_CASE("compiling in parts gives the single-pass model", "[model][parts]") {
    const Source source = Source::from_bytes("many.txt", concatenated_examples(20));  // ~650 KB
    const std::string single = model_with(source, 1, 1);
    CHECK(model_with(source, 2, 64 * 1024) == single);
    CHECK(model_with(source, 7, 64 * 1024) == single);
    CHECK(model_with(source, 64, 1) == single);  // as many parts as there are section headings allow
}

TEST_CASE("parts: a large input's hash is computed by the last part's thread, the same", "[model][parts]") {
    // Read with two threads, a text over 1 MiB leaves its SHA-256 to be
    // computed when asked: the last part's thread asks before its part.
    const std::string text = concatenated_examples(40);  // ~1.3 MB
    ReadOptions two;
    two.threads = 2;
    const Source pending = Source::from_bytes("many.txt", text, two);
    REQUIRE(pending.sha256_pending());
    const Source hashed = Source::from_bytes("many.txt", text);
    REQUIRE_FALSE(hashed.sha256_pending());
    const std::string in_parts = render_json(compile(pending, {2, 64 * 1024}), {});
    CHECK_FALSE(pending.sha256_pending());
    CHECK(in_parts == render_json(compile(hashed, {1, 1}), {}));
    CHECK(pending.sha256() == hashed.sha256());
    for (const unsigned threads : {3U, 7U}) {
        const Source again = Source::from_bytes("many.txt", text, two);
        CHECK(render_json(compile(again, {threads, 64 * 1024}), {}) == in_parts);
    }
}

TEST_CASE("parts: the closing block comes from the last part, tables from the first", "[model][parts]") {
    const Source source = Source::from_bytes("many.txt", concatenated_examples(3));
    const Report report = compile(source, {4, 1});
    REQUIRE(report.closing);  // 004 ends the input and signs with a date
    CHECK(report.closing->date_span.line > 1000);
    REQUIRE(report.t2);
    CHECK(report.t2->span.line == 33);  // T2 of the first report (000)
    CHECK(report.sections.size() == 3 * 5 * 6);
}

TEST_CASE("parts: a heading that also reads as a table row starts its section", "[model][parts]") {
    // Line 8 is section 四's heading, and with its numbers also a space row
    // of the T3 region above: a heading always wins, so that the input can
    // be cut there and parsed in parts.
    const Source source = Source::from_bytes("heading-row.txt",
                                             "一、总体情况\n"
                                             "文字。\n"
                                             "二、主动公开政府信息情况\n"
                                             "文字。\n"
                                             "三、收到和处理政府信息公开申请情况\n"
                                             "申请人情况  自然人  法人或其他组织  总计\n"
                                             "一、本年新收政府信息公开申请数量  1  2  3\n"
                                             "四、政府信息公开行政复议、行政诉讼情况  0  0  0\n"
                                             "文字。\n"
                                             "五、存在的主要问题及改进情况\n"
                                             "问题与改进。\n"
                                             "六、其他需要报告的事项\n"
                                             "无。\n");
    const Report report = compile(source, {1, 1});
    const Section* four = report.section(4);
    REQUIRE(four);
    CHECK(four->heading_span.line == 8);
    CHECK(report.sections.size() == 6);
    CHECK(model_with(source, 8, 1) == model_with(source, 1, 1));
}

TEST_CASE("parts: an out-of-scope report linted in parallel keeps only the scope checks", "[model][parts]") {
    // A pre-2019 section heading anywhere puts the report out of scope
    // (FMT-OUT-OF-SCOPE): the value, table and cross checks, which run side
    // by side with the scope checks on a large report, must not count.
    const std::string text = concatenated_examples(20);
    const Source in_scope = Source::from_bytes("many.txt", text);
    const Source out_of_scope = Source::from_bytes("old.txt", text + "八、依申请公开政府信息情况\n");
    const auto rules_of = [](const Report& report) {
        std::multiset<std::string, std::less<>> ids;
        for (const auto& d : report.diagnostics) ids.emplace(d.rule);
        return ids;
    };
    const Report parallel = compile(out_of_scope, {2, 64 * 1024});
    CHECK(render_json(parallel, {}) == model_with(out_of_scope, 1, 1));
    CHECK(rules_of(parallel).count("FMT-OUT-OF-SCOPE") == 1);
    CHECK(rules_of(parallel).count("DOC-SEC-DUP") == 20 * 5 * 6 - 6);  // a structure check: kept
    CHECK(rules_of(parallel).count("Y-PROSE-STALE") == 0);             // a year check: dropped
    // In scope, 004's stale year in its prose is found in each of the 20 copies.
    CHECK(rules_of(compile(in_scope, {2, 64 * 1024})).count("Y-PROSE-STALE") == 20);
}

namespace {

// About 5 MB of 年 (E5 B9 B4), a three-byte character, with ASCII lines.
std::string large_cjk_text() {
    std::string line;
    for (int i = 0; i < 100; ++i) line += "年";
    line += "\n";
    std::string text;
    while (text.size() < 5 * 1024 * 1024) text += line;
    return text;
}

// The first position at or after `pos` where a character starts.
std::size_t character_start(const std::string& text, std::size_t pos) {
    while ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    return pos;
}

std::optional<std::size_t> invalid_at(const std::string& text, unsigned threads) {
    return find_invalid_utf8(text, threads);
}

}  // namespace

TEST_CASE("parts: a large text's UTF-8 is checked in halves with the one-pass answer", "[model][parts]") {
    const std::string valid = large_cjk_text();
    const std::size_t middle = valid.size() / 2;
    CHECK_FALSE(invalid_at(valid, 1));
    CHECK_FALSE(invalid_at(valid, 2));

    std::string second_half = valid;
    const std::size_t bad = character_start(valid, middle + 1000);
    second_half[bad] = '\xFF';
    CHECK(invalid_at(second_half, 1) == bad);
    CHECK(invalid_at(second_half, 2) == bad);

    std::string both = second_half;
    both[301] = '\x80';  // a continuation byte where a character starts (lines are 301 bytes)
    CHECK(invalid_at(both, 1) == 301);
    CHECK(invalid_at(both, 2) == 301);

    // A character whose lead byte is just before the middle and whose
    // continuation is replaced by ASCII: cut off at the lead byte either way.
    std::string cut_off = valid;
    std::size_t lead = middle;
    while ((static_cast<unsigned char>(cut_off[lead]) & 0xC0) == 0x80) --lead;
    REQUIRE(static_cast<unsigned char>(cut_off[lead]) == 0xE5);
    cut_off[lead + 1] = 'x';
    CHECK(invalid_at(cut_off, 1) == lead);
    CHECK(invalid_at(cut_off, 2) == lead);

    const std::string continuation_only(5 * 1024 * 1024, '\x80');
    CHECK(invalid_at(continuation_only, 2) == 0u);

    // The leads whose second byte is restricted: an encoded surrogate (ED A0 80)
    // and an overlong form (E0 80 80) are found at their lead, in either half;
    // the well-formed neighbours (ED 9F BF, E0 A0 80) are not.
    for (const std::size_t near : {std::size_t{1000}, middle + 1000}) {
        for (const char* bad_form : {"\xED\xA0\x80", "\xE0\x80\x80"}) {
            std::string text = valid;
            const std::size_t at = character_start(valid, near);
            text.replace(at, 3, "\xED\x9F\xBF");
            text.replace(at + 3, 3, "\xE0\xA0\x80");
            CHECK_FALSE(invalid_at(text, 2));
            text.replace(at + 6, 3, bad_form);
            CHECK(invalid_at(text, 1) == at + 6);
            CHECK(invalid_at(text, 2) == at + 6);
        }
    }
    std::string truncated = valid;
    truncated.back() = '\xE5';  // a lead byte with nothing after it
    CHECK(invalid_at(truncated, 2) == valid.size() - 1);
}

TEST_CASE("parts: the line index of a text with LF line ends", "[model][parts]") {
    // Lines of every length around the 16 bytes compared at once, blank lines,
    // no line end at the very end.
    std::string text;
    for (std::size_t length = 0; text.size() < 5 * 1024 * 1024; length = (length + 7) % 61)
        text += std::string(length, 'x') + "年\n";
    text += "last";
    std::vector<std::size_t> expected{0};
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '\n') expected.push_back(i + 1);
    ReadOptions two;
    two.threads = 2;
    for (const ReadOptions& options : {ReadOptions{}, two}) {
        const Source source = Source::from_bytes("lf.txt", text, options);
        REQUIRE(source.line_count() == expected.size());
        for (std::size_t n = 1; n <= expected.size(); n += 101) {
            const std::size_t end = n < expected.size() ? expected[n] - 1 : text.size();
            CHECK(source.line(n) == std::string_view(text).substr(expected[n - 1], end - expected[n - 1]));
        }
        CHECK(source.line(expected.size()) == "last");
    }
}

TEST_CASE("parts: a large text's line index built in halves equals the one-pass index", "[model][parts]") {
    // CJK lines, then ASCII lines of the same total length, so that the CRLF
    // between them straddles the middle where the halves meet; a lone CR after.
    const std::string first = large_cjk_text();
    std::string second = "ab\rcd\n";
    while (second.size() < first.size()) second += std::string(99, 'y') + "\n";
    second.resize(first.size());
    second.back() = '\n';
    const std::string text = first + "\r\n" + second;
    const std::size_t middle = text.size() / 2;
    REQUIRE(text.substr(middle - 1, 2) == "\r\n");
    ReadOptions two;
    two.threads = 2;
    const Source one_pass = Source::from_bytes("big.txt", text);
    const Source halves = Source::from_bytes("big.txt", text, two);
    REQUIRE(one_pass.line_count() == halves.line_count());
    CHECK(one_pass.line_count() > 20000);
    for (std::size_t n = 1; n <= one_pass.line_count(); n += 97) CHECK(one_pass.line(n) == halves.line(n));
    const ByteRange after_crlf{middle + 1, 2};
    CHECK(one_pass.span(after_crlf).line == halves.span(after_crlf).line);
    CHECK(halves.span(after_crlf).column == 1);
    CHECK(halves.line(halves.span(after_crlf).line).starts_with("ab"));
}

TEST_CASE("parts: a large file is read from disk byte for byte", "[model][parts]") {
    // Large enough for the buffer to ask for huge pages: the bytes, their
    // hash and the lines must be those of the file whatever the pages are.
    const std::string text = concatenated_examples(150);
    REQUIRE(text.size() > 4 * 1024 * 1024);
    const std::string path =
        (std::filesystem::temp_directory_path() / ("nianbao-large-" + std::to_string(::getpid()) + ".txt")).string();
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    ReadOptions two;
    two.threads = 2;
    const Source source = Source::from_file(path, two);
    std::filesystem::remove(path);
    CHECK(source.text() == text);
    CHECK(source.sha256() == Source::from_bytes("same.txt", text).sha256());
    CHECK(source.line_count() == static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
}
