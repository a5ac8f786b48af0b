// The prose the prose rules search (model/prose_text.hpp), as the model's
// builder makes it: spaces and the artefacts the grammar found gone, NFKC
// applied, and every phrase found there mapped back to the bytes it was
// printed as.
#include "model/build_report.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace nianbao;

namespace {

struct Built {
    std::string text;  // the whole source text
    Report report;
    [[nodiscard]] const ProseText& prose() const { return report.section(1)->prose; }
};

// `lines` as the body of section 一 of a small report.
Built section_one(const std::string& lines) {
    Built built;
    built.text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n" + lines + "\n";
    built.report = build_report(Source::from_bytes("prose.txt", built.text));
    REQUIRE(built.report.section(1));
    return built;
}

// The source bytes a phrase of the prose text was printed as.
std::string_view printed(const Built& built, std::string_view phrase) {
    const std::size_t at = built.prose().find(phrase);
    REQUIRE(at != std::string::npos);
    const ByteRange range = built.prose().source_range(at, at + phrase.size());
    return std::string_view(built.text).substr(range.offset(), range.length());
}

}  // namespace

TEST_CASE("prose text: full-width forms folded, punctuation NFKC keeps kept, spaces gone", "[model][prose]") {
    const Built built = section_one("（一）收到申请，共 ２ 件。\n全年“依申请”公开　3件[bookmark: _Toc1]，见《条例》。");
    CHECK(built.prose().text() == "(一)收到申请,共2件。全年“依申请”公开3件,见《条例》。");
    CHECK(printed(built, "共2件") == "共 ２ 件");
    CHECK(printed(built, "(一)") == "（一）");
    CHECK(printed(built, "“依申请”") == "“依申请”");
    CHECK(printed(built, "3件,见") == "3件[bookmark: _Toc1]，见");
    CHECK(printed(built, "《条例》。") == "《条例》。");
    CHECK(built.prose().starts_line(built.prose().find("全年")));
    CHECK_FALSE(built.prose().starts_line(built.prose().find("收到")));
}

TEST_CASE("prose text: other characters go through NFKC whole", "[model][prose]") {
    const Built built = section_one("㈠合计①项，ﬁ文件");  // parenthesised 一, circled 1, the fi ligature
    CHECK(built.prose().text() == "(一)合计1项,fi文件");
    CHECK(printed(built, "1项") == "①项");
    CHECK(printed(built, "fi") == "ﬁ");
}
