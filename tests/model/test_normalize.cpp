// Label normalisation (docs/forms.md#normalisation) and vocabulary matching.
#include "model/normalize.hpp"
#include "model/table_vocabulary.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;

TEST_CASE("normalize_label: NFKC, white space, quotes, enumerators, trailing punctuation", "[normalize]") {
    CHECK(normalize_label("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)") ==
          normalize_label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    CHECK(normalize_label("结果 维持") == "结果维持");
    CHECK(normalize_label("1. 属于国家秘密") == "1.属于国家秘密");
    CHECK(normalize_label("1、属于国家秘密") == "1.属于国家秘密");
    CHECK(normalize_label("(1)属于国家秘密") == "1.属于国家秘密");
    CHECK(normalize_label("3.危及“三安全一稳定”") == "3.危及三安全一稳定");
    CHECK(normalize_label("3.危及\"三安全一稳定\"") == "3.危及三安全一稳定");
    CHECK(normalize_label("信息内容：") == "信息内容");
    CHECK(normalize_label("[bookmark: _GoBack]规章") == "规章");
    CHECK(normalize_label("本年收费金额(单位:万元)") == normalize_label("本年收费金额（单位：万元）"));
    CHECK(normalize_label("\xC2\xA0规\xE3\x80\x80章\xE2\x80\x8B") == "规章");  // NBSP, U+3000, U+200B
    CHECK(normalize_label("第二十條第(一)項") == "第二十条第(一)项");         // traditional (D17)
    CHECK(normalize_label("規範性檔案") == "规范性文件");
}

TEST_CASE("vocabulary: exact, annotated and fuzzy matches", "[normalize]") {
    const auto& t2 = table_vocabularies().t2;
    const auto exact = t2.match(normalize_label("行政规范性文件"));
    REQUIRE(exact);
    CHECK(exact->tag == "NORMDOC");
    CHECK(exact->quality == MatchQuality::exact);

    const auto annotated = t2.match(normalize_label("规章（设区的市、自治州人民政府应提供相关数据）"));
    REQUIRE(annotated);
    CHECK(annotated->tag == "RULES");
    CHECK(annotated->quality == MatchQuality::annotated);

    const auto& t3 = table_vocabularies().t3_rows;
    const auto fuzzy = t3.match(normalize_label("2.没有现成信息需另行制作"));  // one character dropped
    REQUIRE(fuzzy);
    CHECK(fuzzy->tag == "UNABLE_2");
    CHECK(fuzzy->quality == MatchQuality::fuzzy);

    CHECK_FALSE(t3.match(normalize_label("完全无关的文字内容")));
    CHECK_FALSE(t3.match(normalize_label("3.其它")));  // too short for fuzzy matching
}

TEST_CASE("vocabulary: a leaf label without its number still identifies its row", "[normalize]") {
    const auto match = table_vocabularies().t3_rows.match(normalize_label("属于国家秘密"));
    REQUIRE(match);
    CHECK(match->tag == "DENY_1");
}
