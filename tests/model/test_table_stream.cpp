// Tables read as a stream of labels and numbers (model/table_tokens,
// model/glued_numbers, model/table_stream): the tokens of each form, the cuts
// of glued digits and the arithmetic that decides them, and whole tables in
// forms the line reading cannot follow. Every expected value is worked out by
// hand in the comment beside it.
#include "support/helpers.hpp"

#include "model/glued_numbers.hpp"
#include "model/normalize.hpp"
#include "model/table_tokens.hpp"
#include "model/table_vocabulary.hpp"
#include "model/vocabulary.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::vector<std::string> token_texts(std::string_view text) {
    std::vector<std::string> out;
    for (const TableToken& t : tokenize_table(text, ByteRange(0, text.size())))
        out.push_back(t.kind == TableToken::Kind::blank
                          ? std::string("_")
                          : (t.kind == TableToken::Kind::number ? "#" : "") + t.text + (t.glued ? "*" : ""));
    return out;
}

std::vector<RowNumber> glued_digits(std::string_view digits) {
    return {RowNumber{digits, ByteRange(0, digits.size()), true}};
}

std::vector<std::int64_t> values(const Reading& reading) {
    std::vector<std::int64_t> out;
    for (const GluedPart& part : reading) out.push_back(part.value.value_or(-1));
    return out;
}

}  // namespace

TEST_CASE("stream tokens: numbers glued to labels, enumerators, page numbers, brackets", "[model][stream]") {
    // W1/W9: `规章 000行政…`: the zeros touch the next label, so they are glued.
    CHECK(token_texts("规章 000行政规范性文件12340") ==
          std::vector<std::string>{"规章", "#000*", "行政规范性文件", "#12340*"});
    // The `2` before `.其他` is the next label's enumerator, not a digit of the number.
    CHECK(token_texts("1.属于国家秘密 00000002.其他") ==
          std::vector<std::string>{"1.属于国家秘密", "#0000000*", "2.其他"});
    // Page furniture is dropped; a bracketed run on one line stays label text.
    CHECK(token_texts("（其中修订 16 件）\n— 4 —\n3\t5") ==
          std::vector<std::string>{"（其中修订 16 件）", "#3", "#5"});
    // Labels wrapped over lines join into one text; units stay with their number.
    CHECK(token_texts("采购总金\n额\t12.5万元") == std::vector<std::string>{"采购总金额", "#12.5万元"});
}

TEST_CASE("stream tokens: a blank cell is shown by the separators around it", "[model][stream]") {
    const auto shows = [](std::string_view text) { return shows_empty_cells(text, ByteRange(0, text.size())); };
    CHECK(shows("1.重复申请\t3\t\t5\n"));             // TAB, nothing, TAB, between numbers
    CHECK(shows("| 2.重复申请 | 3 |   | 5 |\n"));     // an empty pipe cell between numbers
    // Bar lines and no-break spaces carry the blank cell into the stream instead.
    CHECK_FALSE(shows("3.其他\n|\n\n|\n4\n"));
    CHECK_FALSE(shows("3.其他\n\n\u00A0\n\n4\n"));
    CHECK_FALSE(shows("\t\t1.重复申请\t3\t5\n"));     // merge artefacts before the numbers
    CHECK_FALSE(shows("| 1.属于国家秘密 | 4 | 0 | 4 |  |\n"));  // an extra column after them
    CHECK_FALSE(shows("1.重复申请 3 5\n"));
}

TEST_CASE("stream tokens: blank cells of one-cell-per-line copies (W6, W10)", "[model][stream]") {
    // An empty line between two bar lines, also the last cell before the table's end bar.
    CHECK(token_texts("|\n3.其他\n|\n\n|\n4\n|\n\n|\n") ==
          std::vector<std::string>{"3.其他", "_", "#4", "_"});
    CHECK(token_texts("3.其他\r\n｜\r\n\r\n｜\r\n4\r\n") == std::vector<std::string>{"3.其他", "_", "#4"});
    // A line of no-break spaces between blank lines, wherever it stands.
    CHECK(token_texts("3.其他\n\n\u00A0\n\n4\n\n\u00A0\n") == std::vector<std::string>{"3.其他", "_", "#4", "_"});
    // An empty line after a bar with no bar after it is no cell: nothing says
    // whether a cell or a paragraph break stands there.
    CHECK(token_texts("4\n|\n\n\n四、") == std::vector<std::string>{"#4", "四、"});
    CHECK(token_texts("3.其他\n\n4\n") == std::vector<std::string>{"3.其他", "#4"});
}

TEST_CASE("a T3 row of one-cell-per-line cells with blank ones, its last cells at the section end", "[model][stream]") {
    // Each row: 0, blank, 0, blank ×4 (a blank 总计, as printed), cells between
    // blank lines, blanks as no-break spaces; the last row's last cells are
    // the last lines before the next heading.
    const std::string cells = "\n\n0\n\n\u00A0\n\n0\n\n\u00A0\n\n\u00A0\n\n\u00A0\n\n\u00A0\n\n";
    std::string text = "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\n";
    for (const char* label : {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                              "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（七）总计",
                              "四、结转下年度继续办理"})
        text += label + cells;
    text += "四、政府信息公开行政复议、行政诉讼情况\n我局未发生行政复议。\n";
    const Report r = compile_text(text);
    REQUIRE(r.t3);
    const T3Row* carry_out = r.t3->row("CARRY_OUT");
    REQUIRE(carry_out);
    const auto is_blank = [](const Cell& c) { return boost::variant2::holds_alternative<Blank>(c.content); };
    CHECK(t3(r, "CARRY_OUT", 0) == "0");
    CHECK(is_blank(carry_out->cells.at(1)));
    CHECK(t3(r, "CARRY_OUT", 2) == "0");
    CHECK(is_blank(carry_out->cells.at(6)));
    CHECK(t3(r, "NEW", 2) == "0");
    CHECK(t3(r, "OTHER_1", 0) == "0");
}

TEST_CASE("glued digits: every cut without leading zeros", "[model][stream]") {
    // `0000000` into 7 cells: one reading, all zeros.
    auto zeros = readings(glued_digits("0000000"), 7, 100);
    REQUIRE(zeros);
    REQUIRE(zeros->size() == 1);
    CHECK(values(zeros->front()) == std::vector<std::int64_t>{0, 0, 0, 0, 0, 0, 0});
    // `1203` into 2 cells: 1|203 and 120|3; 12|03 has a leading zero.
    auto two = readings(glued_digits("1203"), 2, 100);
    REQUIRE(two);
    REQUIRE(two->size() == 2);
    CHECK(values((*two)[0]) == std::vector<std::int64_t>{1, 203});
    CHECK(values((*two)[1]) == std::vector<std::int64_t>{120, 3});
    // Beyond the limit: no answer rather than a partial one.
    CHECK_FALSE(readings(glued_digits("123456789123"), 4, 10));
}

TEST_CASE("glued digits: the row sum decides only a unique reading", "[model][stream]") {
    // W9's `（一）予以公开710000071`: of the cuts into 7 cells only 71|0|0|0|0|0|71
    // has six details summing to the 总计 (7|10|…|71 sums to 17, 7|100|…|71 to 107).
    auto cuts = readings(glued_digits("710000071"), 7, 1000);
    REQUIRE(cuts);
    const SumConstraint row_sum{{0, 1, 2, 3, 4, 5}, {6}, "row"};
    const Decision unique = decide_readings({*cuts}, {false}, 7, {row_sum}, 100000);
    REQUIRE(unique.chosen[0]);
    CHECK(values((*cuts)[*unique.chosen[0]]) == std::vector<std::int64_t>{71, 0, 0, 0, 0, 0, 71});
    CHECK(unique.deciding == std::vector<std::string_view>{"row"});
    // `1010` into 3 with a+b = c: 1|0|10 (1 ≠ 10) and 10|1|0 (11 ≠ 0); 1|01|0 has a
    // leading zero. No reading fits: undecided, never forced.
    auto none = readings(glued_digits("1010"), 3, 100);
    REQUIRE(none);
    const Decision undecided = decide_readings({*none}, {false}, 3, {SumConstraint{{0, 1}, {2}, "sum"}}, 1000);
    CHECK_FALSE(undecided.chosen[0]);
    // `1113` into 3 without constraints: 1|1|13, 1|11|3, 11|1|3 — three readings, none chosen.
    auto many = readings(glued_digits("1113"), 3, 100);
    REQUIRE(many);
    CHECK(many->size() == 3);
    CHECK_FALSE(decide_readings({*many}, {false}, 3, {}, 1000).chosen[0]);
}

TEST_CASE("glued digits: one cut is not taken against the sums, printed numbers are", "[model][stream]") {
    // `3210000` into 7 cells has one cut only, 3|2|1|0|0|0|0, whose details sum
    // to 6, not 0: the row is left unread. Printed with separators, the same
    // numbers are taken as printed (the linter reports the sum).
    auto one = readings(glued_digits("3210000"), 7, 100);
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    const SumConstraint row_sum{{0, 1, 2, 3, 4, 5}, {6}, "row"};
    CHECK_FALSE(decide_readings({*one}, {false}, 7, {row_sum}, 1000).chosen[0]);
    CHECK(decide_readings({*one}, {true}, 7, {row_sum}, 1000).chosen[0] == 0u);
}

TEST_CASE("glued digits: a printed integer, and what is none", "[model][stream]") {
    CHECK(printed_integer("1,234") == 1234);
    CHECK(printed_integer("-3") == -3);
    CHECK(printed_integer("12件") == 12);
    CHECK_FALSE(printed_integer("12.5"));
    CHECK_FALSE(printed_integer("万元"));
}

TEST_CASE("one-line text: six sections mid-line, glued cells split by the sums", "[model][stream]") {
    // Crawler text (W1, W9): no line break; T4's 15 cells glued. Block 行政复议:
    // 1+0+0+0 = 1; 未经复议直接起诉: 0 0 0 0 0; 复议后起诉: 0 0 0 0 0.
    const std::string text =
        "本报告包括总体情况、主动公开政府信息情况等六个部分。一、总体情况2021年，我局坚持公开。"
        "二、主动公开政府信息情况 本年制发件数本年废止件数现行有效件数规章 000"
        "三、收到和处理政府信息公开申请情况（略）"
        "四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
        "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
        "100010000000000五、存在的主要问题及改进情况问题在于解读不足。六、其他需要报告的事项无。\n";
    const Report r = compile_text(text);
    REQUIRE(r.sections.size() == 6);
    CHECK(r.sections[0].heading == "一、总体情况");
    CHECK(r.sections[3].heading == "四、政府信息公开行政复议、行政诉讼情况");
    CHECK(count_rule(r, "P-REFLOW") == 1);
    REQUIRE(r.t4);
    // 10001 for the first block can only be 1|0|0|0|1: 10|0|0|0|1 breaks its sum
    // and leading zeros rule out the rest; the other blocks are all zeros.
    CHECK(value(r.t4->cells[0]) == "1");
    CHECK(value(r.t4->cells[4]) == "1");
    CHECK(value(r.t4->cells[5]) == "0");
    CHECK(value(r.t4->cells[14]) == "0");
    // 规章 000: three zeros, the only cut. P-CELL-SPLIT once per table: T2 and T4.
    REQUIRE(r.t2);
    CHECK(t2(r, "RULES", 0) == "0");
    CHECK(t2(r, "RULES", 2) == "0");
    CHECK(count_rule(r, "P-CELL-SPLIT") == 2);
}

TEST_CASE("T4 below a header stacked over lines (PDF text)", "[model][stream]") {
    // The header's words wrapped a few characters a line; the 15 numbers on one line.
    // Blocks: 7+6+17+3 = 33; 1+0+0+1 = 2; 0+1+0+0 = 1.
    const std::string text =
        "四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t行政诉讼\n未经复议直接起诉\t复议后起诉\n"
        "结果\t结果\t其他结\t尚未\n\n总计\n\n结 果\t结果\t其他\t尚未\t结果\t结果\t其他\t尚未审\n"
        "维持\t纠正\t果\t审结\n总计\t总计\n维持\t纠正\t结果\t审结\t维持\t纠正\t结果\t结\n"
        "7\t6\t17\t3\t33\t1\t0\t0\t1\t2\t0\t1\t0\t0\t1\n\n五、存在的主要问题及改进情况\n问题在于解读不足。\n";
    const Report r = compile_text(text);
    REQUIRE(r.t4);
    CHECK(value(r.t4->cells[0]) == "7");
    CHECK(value(r.t4->cells[4]) == "33");
    CHECK(value(r.t4->cells[9]) == "2");
    CHECK(value(r.t4->cells[11]) == "1");
    CHECK(value(r.t4->cells[14]) == "1");
    CHECK(count_rule(r, "P-CELL-COUNT") == 0);
}

// W8: a label cut where its cell wrapped, its tail after the numbers.
TEST_CASE("a row label cut where its cell wrapped anchors its row when only one label starts so", "[model][stream]") {
    const Vocabulary& rows = table_vocabularies().t3_rows;
    const auto cut = [&](std::string_view text) {
        const auto match = rows.match_cut(normalize_label(text));
        return match ? std::string(match->tag) : std::string();
    };
    CHECK(cut("2.其他法律行政法规禁止公") == "DENY_2");
    CHECK(cut("1.申请人无正当理由逾期不") == "OTHER_1");
    CHECK(cut("5.要求行政机关确认或重新") == "REJECT_5");
    CHECK(cut("2.其他法律") == "");           // too short to be no word of prose
    CHECK(cut("2.其他法律行政法规禁止公开") == "");  // whole: an exact match, not a cut
    CHECK(cut("政府信息公开申请数量") == "");   // the end of a label, not its start
}

// W9: T4's fifteen numbers as one run of digits between spaces (crawler text).
TEST_CASE("T4 as one run of digits between spaces is cut by its block sums", "[model][stream]") {
    // 12001132120500000: of its 39 cuts into 15 numbers only one makes each
    // block's four results sum to its total: 12 0 0 1 13 | 2 1 2 0 5 | 0 0 0 0 0.
    const std::string head = "某局2021年政府信息公开工作年度报告\n一、总体情况我局坚持公开。"
                             "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
                             "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结 总计结果维持结果纠正其他结果尚未审结总计 ";
    const Report r = compile_text(head + "12001132120500000 注：数量含上年度结转数量。五、存在的主要问题及改进情况问题在于解读不足。\n");
    REQUIRE(r.t4);
    CHECK(value(r.t4->cells[0]) == "12");
    CHECK(value(r.t4->cells[4]) == "13");
    CHECK(value(r.t4->cells[5]) == "2");
    CHECK(value(r.t4->cells[9]) == "5");
    CHECK(value(r.t4->cells[14]) == "0");
    CHECK(count_rule(r, "P-CELL-SPLIT") == 1);
    // Fewer digits than cells: no cut can give fifteen numbers; T4 stays unread.
    const Report short_run = compile_text(head + "1200113 注：数量含上年度结转数量。五、存在的主要问题及改进情况问题在于解读不足。\n");
    CHECK_FALSE(short_run.t4);
}
