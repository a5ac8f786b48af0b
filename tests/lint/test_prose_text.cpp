// The prose the prose rules search (model/prose_text.hpp): spaces and
// artefacts gone, NFKC applied, and every phrase found there mapped back to
// the bytes it was printed as.
#include "model/prose_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nianbao;

namespace {

// One paragraph block per line of `source`.
std::vector<Block> paragraphs(std::string_view source) {
    std::vector<Block> blocks;
    std::size_t line = 1;
    for (std::size_t begin = 0; begin < source.size(); ++line) {
        std::size_t end = source.find('\n', begin);
        if (end == std::string_view::npos) end = source.size();
        Span span;
        span.line = line;
        span.column = 1;
        span.offset = begin;
        span.length = end - begin;
        blocks.emplace_back(Paragraph{begin, end - begin, span});  // the source is the part text here
        begin = end + 1;
    }
    return blocks;
}

// The source bytes a phrase of the prose text was printed as.
std::string_view printed(const ProseText& prose, std::string_view source, std::string_view phrase) {
    const std::size_t at = prose.find(phrase);
    REQUIRE(at != std::string::npos);
    const ByteRange range = prose.source_range(at, at + phrase.size());
    return source.substr(range.offset(), range.length());
}

}  // namespace

TEST_CASE("prose text: full-width forms folded, punctuation NFKC keeps kept, spaces gone", "[lint][prose]") {
    const std::string source = "（一）收到申请，共 ２ 件。\n全年“依申请”公开　3件[bookmark: _Toc1]，见《条例》。";
    const ProseText prose(source, paragraphs(source));
    CHECK(prose.text() == "(一)收到申请,共2件。全年“依申请”公开3件,见《条例》。");
    CHECK(printed(prose, source, "共2件") == "共 ２ 件");
    CHECK(printed(prose, source, "(一)") == "（一）");
    CHECK(printed(prose, source, "“依申请”") == "“依申请”");
    CHECK(printed(prose, source, "3件,见") == "3件[bookmark: _Toc1]，见");
    CHECK(printed(prose, source, "《条例》。") == "《条例》。");
    CHECK(prose.starts_line(prose.find("全年")));
    CHECK_FALSE(prose.starts_line(prose.find("收到")));
}

TEST_CASE("prose text: other characters go through NFKC whole", "[lint][prose]") {
    const std::string source = "㈠合计①项，ﬁ文件";  // parenthesised 一, circled 1, the fi ligature
    const ProseText prose(source, paragraphs(source));
    CHECK(prose.text() == "(一)合计1项,fi文件");
    CHECK(printed(prose, source, "1项") == "①项");
    CHECK(printed(prose, source, "fi") == "ﬁ");
}
