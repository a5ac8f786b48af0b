// §5.5 T3 sums and the suspect analysis: a wrong cell is named by every sum
// it breaks, a shifted row is named as a row, and what no single cause
// explains is reported at the sum's own total cell.
#include "lint/carry_chain.hpp"
#include "lint_helpers.hpp"

#include <fmt/format.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {
// In the clean report T3 rows are TAB lines with the values in cells 2…8.
constexpr std::size_t grant = 36, partial = 37, deny_2 = 39, unable_1 = 46, total = 57;
std::size_t value_cell(std::size_t col) { return 2 + col; }

std::vector<std::string> arithmetic(const Report& r) {
    std::vector<std::string> out;
    for (const auto* d : with_prefix(r, {"T2-", "T3-", "T4-"}))
        out.push_back(fmt::format("{}@{}:{}", d->rule, d->span.line, d->span.column));
    return out;
}
std::string at(std::string_view rule, std::size_t line, std::size_t column) {
    return fmt::format("{}@{}:{}", rule, line, column);
}
}  // namespace

TEST_CASE("T3: no arithmetic error on the clean report", "[lint][t3]") { CHECK(arithmetic(clean()).empty()); }

TEST_CASE("T3-TOTALCOL + T3-SUBTOTAL: a wrong result cell is the suspect of both", "[lint][t3]") {
    const std::string text = set_cell(clean_report(), partial, value_cell(0), "4");  // PARTIAL/NP 0 → 4
    const Report r = compile_text(text);
    const std::size_t column = cell_column(line_of(text, partial), value_cell(0));
    CHECK(arithmetic(r) == std::vector<std::string>{at("T3-TOTALCOL", partial, column), at("T3-SUBTOTAL", partial, column)});
    const Diagnostic& row = *of_rule(r, "T3-TOTALCOL").front();
    CHECK(row.severity == E);
    CHECK(row.message.en ==
          "T3 row “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”: 总计 is 0 but the six cells before it sum to 4. "
          "Suspect cell: T3 row “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”, column “自然人” (4); were it 0, "
          "all 2 failing sums it is in would hold");
    // Notes: the row's 总计 with its value, then the count of the zeros.
    REQUIRE(row.notes.size() == 2);
    CHECK(row.notes[0].message.en == "T3 row “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”, column “总计” is 0");
    CHECK(row.notes[0].span->column == cell_column(line_of(text, partial), value_cell(6)));
    CHECK(row.notes[1].message.en == "the other 5 cells of the sum are 0");
    const Diagnostic& column_sum = *of_rule(r, "T3-SUBTOTAL").front();
    CHECK(column_sum.message.zh.starts_with("T3“自然人”列：（七）总计为 2，但（一）至（六）各行之和为 6"));
    // Notes at the non-zero cells of the column: the total 2, GRANT 1, UNABLE_1 1.
    std::vector<std::size_t> lines;
    for (const auto& note : column_sum.notes)
        if (note.span && note.span->known()) lines.push_back(note.span->line);
    CHECK(lines == std::vector<std::size_t>{total, grant, unable_1});
}

TEST_CASE("T3: a wrong 总计 cell of the TOTAL row breaks three sums, all pointing at it", "[lint][t3]") {
    const std::string text = set_cell(clean_report(), total, value_cell(6), "5");
    const std::size_t column = cell_column(line_of(text, total), value_cell(6));
    CHECK(arithmetic(compile_text(text)) == std::vector<std::string>{at("T3-TOTALCOL", total, column),
                                                                       at("T3-SUBTOTAL", total, column),
                                                                       at("T3-BALANCE", total, column)});
}

TEST_CASE("T3-BALANCE: a wrong CARRY_IN cell", "[lint][t3]") {
    const std::string text = set_cell(clean_report(), 35, value_cell(4), "2");  // CARRY_IN/LAW
    const std::size_t column = cell_column(line_of(text, 35), value_cell(4));
    const Report r = compile_text(text);
    CHECK(arithmetic(r) == std::vector<std::string>{at("T3-TOTALCOL", 35, column), at("T3-BALANCE", 35, column)});
    CHECK(of_rule(r, "T3-BALANCE").front()->message.en ==
          "T3 column “法律服务机构”: 一 + 二 (new + carried in) is 2 but 三（七）总计 + 四 (total + carried out) is 0. "
          "Suspect cell: T3 row “二、上年结转政府信息公开申请数量”, column “法律服务机构” (2); were it 0, all 2 failing sums "
          "it is in would hold");
}

TEST_CASE("T3: two independent wrong cells are two suspects", "[lint][t3]") {
    std::string text = set_cell(clean_report(), partial, value_cell(0), "4");
    text = set_cell(text, deny_2, value_cell(3), "1");  // DENY_2/NGO
    const std::size_t c1 = cell_column(line_of(text, partial), value_cell(0));
    const std::size_t c2 = cell_column(line_of(text, deny_2), value_cell(3));
    CHECK(arithmetic(compile_text(text)) == std::vector<std::string>{at("T3-TOTALCOL", partial, c1),
                                                                       at("T3-SUBTOTAL", partial, c1),
                                                                       at("T3-TOTALCOL", deny_2, c2),
                                                                       at("T3-SUBTOTAL", deny_2, c2)});
}

TEST_CASE("T3: a row shifted by one column is named as the suspect row", "[lint][t3]") {
    // GRANT 1 1 0 0 0 0 2 printed one column to the right: _ 1 1 0 0 0 0.
    std::string text = clean_report();
    const std::vector<std::string> shifted = {"0", "1", "1", "0", "0", "0", "0"};
    for (std::size_t c = 0; c < 7; ++c) text = set_cell(text, grant, value_cell(c), shifted[c]);
    const Report r = compile_text(text);
    // Row sum and the column sums of NP, RES and SUM fail; BIZ still holds.
    // All four are reported at the row (its first line, column 1).
    CHECK(arithmetic(r) == std::vector<std::string>{at("T3-TOTALCOL", grant, 1), at("T3-SUBTOTAL", grant, 1),
                                                    at("T3-SUBTOTAL", grant, 1), at("T3-SUBTOTAL", grant, 1)});
    const Diagnostic& row = *of_rule(r, "T3-TOTALCOL").front();
    CHECK(row.message.en.ends_with(
        ". Suspect row: T3 row “（一）予以公开” (4 failing sums run through it); its numbers look moved by one column, as a "
        "split or merged cell does (see P-CELL-COUNT)"));
}

TEST_CASE("T3: blank 总计 cells ([SH19]) are one error at the first, a note at each, no suspect", "[lint][t3]") {
    std::string text = set_cell(clean_report(), grant, value_cell(6), "");
    text = set_cell(text, unable_1, value_cell(6), "");
    const Report r = compile_text(text);
    const std::size_t column = cell_column(line_of(text, grant), value_cell(6));
    // One habit, one finding: the row sums of both rows are one error; the 总计
    // column's subtotal, which fails because of them, says so.
    CHECK(arithmetic(r) == std::vector<std::string>{at("T3-TOTALCOL", grant, column),
                                                    at("T3-SUBTOTAL", total, cell_column(line_of(text, total), value_cell(6)))});
    CHECK(of_rule(r, "T3-SUBTOTAL").front()->message.en.ends_with(" (the 总计 column is blank in 2 rows, see T3-TOTALCOL)"));
    const Diagnostic& d = *of_rule(r, "T3-TOTALCOL").front();
    CHECK(d.message.en == "T3, 2 rows: 总计 is blank but the six cells before it sum to 2, 1 (the 总计 column was left "
                          "blank; the rows are in the notes)");
    CHECK(d.message.zh == "T3 的 2 行：总计为 空白，但前六列之和为 2、1（“总计”列未填写，各行见附注）");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].message.zh == "T3“（一）予以公开”行：“总计”为空，前六列之和为 2");
    CHECK(d.notes[0].span->line == grant);
    CHECK(d.notes[1].span->line == unable_1);
    CHECK(d.notes[1].span->column == cell_column(line_of(text, unable_1), value_cell(6)));
    single(r, "VAL-BLANK", W, grant, column);
}

TEST_CASE("T3: a missing row is P-ROW-MISSING only, not also P-SKIPPED of every sum it is in", "[lint][t3]") {
    auto lines = split_lines(clean_report());
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(deny_2) - 1);  // （三）2. is gone
    const Report r = compile_text(join_lines(lines));
    REQUIRE(of_rule(r, "P-ROW-MISSING").size() == 1);
    CHECK(of_rule(r, "P-ROW-MISSING").front()->message.zh ==
          "“三、收到和处理政府信息公开申请情况”的表格缺少 1 行：“（三）不予公开 2.其他法律行政法规禁止公开”");
    CHECK(of_rule(r, "P-SKIPPED").empty());
    CHECK(arithmetic(r).empty());  // its cells are unknown: the sums through them are not evaluated
}

TEST_CASE("T3: a cell that cannot be read skips its sums with one P-SKIPPED per rule", "[lint][t3]") {
    const std::string text = set_cell(clean_report(), grant, value_cell(1), "1.5");
    const Report r = compile_text(text);
    CHECK(arithmetic(r).empty());
    const std::size_t column = cell_column(line_of(text, grant), value_cell(1));
    single(r, "VAL-INT", E, grant, column);
    const auto skipped = of_rule(r, "P-SKIPPED");
    REQUIRE(skipped.size() == 2);  // T3-TOTALCOL (row GRANT), T3-SUBTOTAL (column BIZ)
    CHECK(skipped[0]->severity == I);
    CHECK(skipped[0]->message.en == "T3-TOTALCOL not evaluated: T3 row “（一）予以公开”, column “商业企业” could not be read");
    CHECK(skipped[1]->message.en == "T3-SUBTOTAL not evaluated: T3 row “（一）予以公开”, column “商业企业” could not be read");
}

TEST_CASE("T3-CARRY-CHAIN: CARRY_IN of 2024 against CARRY_OUT of the 2023 report", "[lint][t3]") {
    // 2023: NEW 2 1 0 0 0 0 3, CARRY_IN 1 … 1, TOTAL 2 1 … 3, CARRY_OUT 1 0 … 1.
    std::string previous = replace_once(clean_report(), "某市生态环境局2024年", "某市生态环境局2023年");
    previous = set_cell(set_cell(previous, 34, value_cell(0), "2"), 34, value_cell(6), "3");
    previous = set_cell(set_cell(previous, 58, value_cell(0), "1"), 58, value_cell(6), "1");
    const Source old_source = Source::from_bytes("2023.txt", previous);
    const Report old_report = compile(old_source);
    REQUIRE(arithmetic(old_report).empty());
    const Source new_source = Source::from_bytes("2024.txt", clean_report());  // carried in: NP 1, SUM 1
    const Report new_report = compile(new_source);

    const auto old_summary = summarize_carry(old_report);
    const auto new_summary = summarize_carry(new_report);
    REQUIRE(old_summary);
    REQUIRE(new_summary);
    CHECK_FALSE(check_carry_chain(*new_summary, *old_summary));  // 1 carried out, 1 carried in

    // Now carrying out 2 (NEW 3 1 0 0 0 0 4 keeps the 2023 table balanced).
    previous = set_cell(set_cell(previous, 58, value_cell(0), "2"), 58, value_cell(6), "2");
    previous = set_cell(set_cell(previous, 34, value_cell(0), "3"), 34, value_cell(6), "4");
    const Source changed = Source::from_bytes("2023.txt", previous);
    const auto changed_summary = summarize_carry(compile(changed));
    const auto found = check_carry_chains({*changed_summary, *new_summary});
    REQUIRE(found.size() == 1);
    CHECK(found[0].first == 1);  // reported in the 2024 report
    const Diagnostic& d = found[0].second;
    CHECK(d.rule == "T3-CARRY-CHAIN");
    CHECK(d.severity == W);
    CHECK(d.span.line == 35);
    CHECK(d.span.column == cell_column(line_of(clean_report(), 35), value_cell(0)));
    CHECK(d.message.en == "T3 column “自然人”: carried in is 1 but the 2023 report carried out 2");
    REQUIRE(d.notes.size() == 2);  // SUM differs too; where the 2023 report says so
    CHECK(d.notes[0].message.en == "T3 column “总计”: carried in 1, carried out the year before 2");
    CHECK(d.notes[1].message.en == fmt::format("the 2023 report 2023.txt:58:{} carried out 2 0 0 0 0 0 2",
                                               cell_column(line_of(previous, 58), value_cell(0))));
}
