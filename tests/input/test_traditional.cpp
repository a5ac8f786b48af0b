// Traditional-character copies (W5, input/traditional.hpp): detection,
// conversion in place, pinyin glosses dropped with the origins kept.
#include "input/source.hpp"
#include "input/traditional.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const char* const seeds[] = {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"};

DocumentText text_document(std::string text) {
    DocumentText document;
    document.text = std::move(text);
    return document;
}

}  // namespace

TEST_CASE("a traditional text is told from a simplified one", "[input][traditional]") {
    // 總體情況: 總 體 況 are traditional-only, 情 is shared.
    const TraditionalText heading = count_traditional("一、總體情況");
    CHECK(heading.cjk == 5);
    CHECK(heading.traditional == 3);
    CHECK(is_traditional(heading));
    for (const char* seed : seeds) {
        INFO(seed);
        CHECK_FALSE(is_traditional(count_traditional(read_file(example_path(seed)))));
    }
    // A simplified report quoting one traditional name stays as it is.
    CHECK_FALSE(is_traditional(count_traditional("我局收到申请三件，其中一件来自香港某某協會，已予以公开。")));
    CHECK_FALSE(is_traditional(count_traditional("2024")));
}

TEST_CASE("conversion keeps every character's place", "[input][traditional]") {
    DocumentText document = text_document("二、主動公開政府信息情況\n規章\t0\t0\t6\n");
    const std::size_t size = document.text.size();
    const Simplification done = simplify_traditional(document);
    CHECK(done.converted);
    CHECK(done.glosses == 0);
    CHECK(document.text == "二、主动公开政府信息情况\n规章\t0\t0\t6\n");
    CHECK(document.text.size() == size);
    CHECK(document.origins.empty());  // spans are the file's own
    DocumentText simplified = text_document("二、主动公开政府信息情况\n");
    CHECK_FALSE(simplify_traditional(simplified).converted);
    CHECK(simplified.text == "二、主动公开政府信息情况\n");
}

TEST_CASE("pinyin glosses are dropped, origins give the file's line and column", "[input][traditional]") {
    DocumentText document = text_document("根據(jù)《條例》,現(xiàn)發(fā)布報告。\n四、行政復(fù)議情況(2023)\n");
    const Simplification done = simplify_traditional(document);
    CHECK(done.converted);
    CHECK(done.glosses == 4);
    // `(2023)` is no gloss: it follows no ideograph's reading.
    CHECK(document.text == "根据《条例》,现发布报告。\n四、行政复议情况(2023)\n");
    // 《 stood at column 7 of line 1 (根 據 ( j ù ) 《), 議 at column 10 of
    // line 2 (四 、 行 政 復 ( f ù ) 議).
    const auto quote = document.origins.at(document.text.find("《"));
    REQUIRE(quote);
    CHECK(quote->line == 1);
    CHECK(quote->column == 7);
    const auto yi = document.origins.at(document.text.find("议"));
    REQUIRE(yi);
    CHECK(yi->line == 2);
    CHECK(yi->column == 10);
}

TEST_CASE("a source converts a traditional file before the grammar reads it", "[input][traditional]") {
    const Source source = Source::from_bytes("copy.txt", "一、總體情況\n我鎮(zhèn)堅持公開。\n");
    CHECK(source.simplification().converted);
    CHECK(source.simplification().glosses == 1);
    CHECK(source.text() == "一、总体情况\n我镇坚持公开。\n");
    CHECK(source.line(2) == "我镇坚持公开。");
}
