// The five examples: exactly the diagnostics a careful reviewer finds
// (checked by hand against each report's text), and for a copy of each with
// one cell changed, exactly the arithmetic diagnostics naming that cell.
#include "lint_helpers.hpp"

#include <fmt/format.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::vector<std::string> found(const Report& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(fmt::format("{}@{}:{}", d.rule, d.span.line, d.span.column));
    return out;
}

std::vector<std::string> arithmetic(const Report& r) {
    std::vector<std::string> out;
    for (const auto* d : with_prefix(r, {"T2-", "T3-", "T4-"}))
        out.push_back(fmt::format("{}@{}:{}", d->rule, d->span.line, d->span.column));
    return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("example 000 (2024, F2021): only 五 lacks last year's rectification", "[lint][examples]") {
    CHECK(found(compile_text(example_text("000_e3c010c5c349aa33"))) == List{"S5-PREV-RECTIFY@86:1"});
}

TEST_CASE("example 001 (2024): the fee of 0 元 is read from 六", "[lint][examples]") {
    const Report r = compile_text(example_text("001_f435a7dd2cd20ddb"));
    CHECK(found(r) == List{"S5-PREV-RECTIFY@82:1", "X-FEE-PARSE@90:35"});
    CHECK(of_rule(r, "X-FEE-PARSE").front()->message.zh == "信息处理费：0 元");
}

TEST_CASE("example 002 (2023): no 监督保障 topic, no fee statement ([S2])", "[lint][examples]") {
    const Report r = compile_text(example_text("002_082470c5bd8b0bdd"));
    CHECK(found(r) == List{"S1-TOPIC@5:1", "S5-PREV-RECTIFY@406:1", "P-ARTIFACT@407:1", "S6-FEE@408:1"});
    CHECK(of_rule(r, "S1-TOPIC").front()->message.en.find("监督保障情况 (oversight)") != std::string::npos);
}

TEST_CASE("example 003 (2024): lost T3 labels recovered, and the report still compiles", "[lint][examples]") {
    const Report r = compile_text(example_text("003_3e234e060d6fa3b4"));
    CHECK(found(r) == List{"P-LABEL-RECOVERED@47:1", "S5-PREV-RECTIFY@78:1"});
    REQUIRE(r.t3);
    CHECK(with_prefix(r, {"T3-"}).empty());
}

TEST_CASE("example 004 (2024 in the F2019 layout): FMT-LEGACY for T2 and T3, two S1-TOPIC", "[lint][examples]") {
    const Report r = compile_text(example_text("004_50ad684e5c01058f"));
    CHECK(found(r) == List{"S1-TOPIC@5:1", "S1-TOPIC@5:1", "Y-PROSE-STALE@8:116", "FMT-LEGACY@11:2", "VAL-UNIT@82:2",
                           "FMT-LEGACY@88:2", "S5-PREV-RECTIFY@397:1", "P-ARTIFACT@399:1"});
    const auto topics = of_rule(r, "S1-TOPIC");
    CHECK(topics[0]->message.en.find("主动公开情况 (proactive disclosure)") != std::string::npos);
    CHECK(topics[1]->message.en.find("依申请公开情况 (disclosure on request)") != std::string::npos);
    const Diagnostic& stale = *of_rule(r, "Y-PROSE-STALE").front();
    CHECK(spanned(example_text("004_50ad684e5c01058f"), stale.span) == "截至2023年底");
}

// --- broken copies: one cell changed ----------------------------------------------

TEST_CASE("broken 000: T3 GRANT/NP 0 → 5 breaks its row and its column", "[lint][examples][broken]") {
    const std::string text = set_cell(example_text("000_e3c010c5c349aa33"), 55, 2, "5");
    const Report r = compile_text(text);
    const std::size_t column = cell_column(line_of(text, 55), 2);
    REQUIRE(column == 20);
    CHECK(arithmetic(r) == List{"T3-TOTALCOL@55:20", "T3-SUBTOTAL@55:20"});
    for (const auto* d : with_prefix(r, {"T3-"})) CHECK(d->message.en.find("Suspect cell: T3 row “（一）予以公开”, column “自然人” (5); were it 0") != std::string::npos);
}

TEST_CASE("broken 001: T3 NEW/SUM 0 → 4 breaks its row and the balance", "[lint][examples][broken]") {
    const std::string text = set_cell(example_text("001_f435a7dd2cd20ddb"), 49, 8, "4");
    const std::size_t column = cell_column(line_of(text, 49), 8);
    CHECK(arithmetic(compile_text(text)) ==
          List{fmt::format("T3-TOTALCOL@49:{}", column), fmt::format("T3-BALANCE@49:{}", column)});
}

TEST_CASE("broken 002: T3 TOTAL/BIZ 0 → 2 (one cell per line) breaks three sums", "[lint][examples][broken]") {
    const std::string original = example_text("002_082470c5bd8b0bdd");
    REQUIRE(line_of(original, 331) == "\t（七）总计");
    const Report r = compile_text(set_line(original, 333, "\t2"));  // NP 332, BIZ 333
    CHECK(arithmetic(r) == List{"T3-TOTALCOL@333:2", "T3-SUBTOTAL@333:2", "T3-BALANCE@333:2"});
}

TEST_CASE("broken 003: T3 CARRY_OUT/ORG_OTHER 0 → 1 in the recovered table", "[lint][examples][broken]") {
    const std::string text = set_cell(example_text("003_3e234e060d6fa3b4"), 69, 7, "1");
    const std::size_t column = cell_column(line_of(text, 69), 7);
    const Report r = compile_text(text);
    CHECK(arithmetic(r) == List{fmt::format("T3-TOTALCOL@69:{}", column), fmt::format("T3-BALANCE@69:{}", column)});
    CHECK(of_rule(r, "P-LABEL-RECOVERED").size() == 1);
}

TEST_CASE("broken 004: T3 OTHER/NP (F2019) 0 → 3, and T4 RV_UPHELD 0 → 1", "[lint][examples][broken]") {
    const std::string original = example_text("004_50ad684e5c01058f");
    REQUIRE(line_of(original, 320) == "\t（六）其他处理");
    CHECK(arithmetic(compile_text(set_line(original, 321, "\t3"))) == List{"T3-TOTALCOL@321:2", "T3-SUBTOTAL@321:2"});
    // T4 has no cross-sum: the total is reported, with a note at the changed cell.
    const Report t4 = compile_text(set_line(original, 379, "\t1"));
    CHECK(arithmetic(t4) == List{"T4-TOTAL-RV@383:2"});
    const Diagnostic& d = *of_rule(t4, "T4-TOTAL-RV").front();
    REQUIRE(d.notes.size() == 4);
    CHECK(d.notes[0].span->line == 379);
    CHECK(d.notes[0].message.en == "T4 “行政复议”, “结果维持” is 1");
}

TEST_CASE("broken 001: T2 NORMDOC valid 14 → 0", "[lint][examples][broken]") {
    const std::string text = set_cell(example_text("001_f435a7dd2cd20ddb"), 32, 3, "0");
    CHECK(arithmetic(compile_text(text)) == List{fmt::format("T2-VALID-LB@32:{}", cell_column(line_of(text, 32), 3))});
}
