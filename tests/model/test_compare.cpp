// Two reports compared (docs/diff.md): the clean report as OLD and an edited
// copy as NEW, every expected number counted by hand from the edits below.
#include "lint/lint_helpers.hpp"
#include "model/compare.hpp"

#include <algorithm>

using namespace nianbao;
using namespace nianbao::test;

namespace {

// The clean report's counted sentences (10): the preamble's period sentence;
// in 一 the five sentences under its five sub-headings (the sub-headings are
// the template's); in 五 three; in 六 one. Added to both sides and never
// counted: a fixed sentence of the template and a two-character one.
std::string old_text() {
    return replace_once(clean_report(), "本报告统计数据从2024年1月1日至12月31日。\n",
                        "本报告统计数据从2024年1月1日至12月31日。如对本报告有任何疑问，请联系本局办公室。无。\n");
}

// Next year's copy: every year moved on (still a copy), one count in a
// sentence changed and one sentence rewritten in 一, one sentence added in 五;
// LICENSE 30 → 200, PENALTY 12 → 60, one application carried in.
std::string new_text() {
    std::string text = old_text();
    for (std::size_t at = text.find("2024"); at != std::string::npos; at = text.find("2024", at)) text.replace(at, 4, "2025");
    text = replace_once(text, "本局全年主动公开政府信息120条。", "本局全年主动公开政府信息150条。");
    text = replace_once(text, "推进政务公开平台建设。", "上线政务公开专栏，集中发布政策文件。");
    text = replace_once(text, "上一年度报告所列问题已完成整改。", "上一年度报告所列问题已完成整改。新增问题：依申请公开答复文书不够规范。");
    text = replace_once(text, "行政许可\t30", "行政许可\t200");
    text = replace_once(text, "行政处罚\t12", "行政处罚\t60");
    text = replace_once(text, "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
                        "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2");
    return text;
}

const CellChange& cell(const ReportDiff& d, std::string_view table, std::string_view row, std::string_view column) {
    const auto it = std::find_if(d.cells.begin(), d.cells.end(), [&](const CellChange& c) {
        return c.table == table && c.row == row && c.column == column;
    });
    REQUIRE(it != d.cells.end());
    return *it;
}

}  // namespace

TEST_CASE("diff: 8 of NEW's 11 counted sentences are OLD's, per part 1/1, 3/5, 3/4, 1/1", "[diff]") {
    const Report old_report = compile_text(old_text()), new_report = compile_text(new_text());
    const ReportDiff d = compare_reports(old_report, new_report);
    CHECK(d.consecutive);
    CHECK(d.same_agency);
    CHECK(d.overall.sentences == 11);
    CHECK(d.overall.repeated == 8);
    REQUIRE(d.overall.share());
    CHECK(*d.overall.share() == Approx(8.0 / 11.0));
    REQUIRE(d.parts.size() == 4);
    const std::vector<std::array<std::size_t, 3>> parts{{0, 1, 1}, {1, 5, 3}, {5, 4, 3}, {6, 1, 1}};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        CHECK(static_cast<std::size_t>(d.parts[i].part) == parts[i][0]);
        CHECK(d.parts[i].sentences == parts[i][1]);
        CHECK(d.parts[i].repeated == parts[i][2]);
    }
    // Passages: the preamble's sentence; in 一 sentences 2-3 and 5 (1 and 4 changed);
    // in 五 its three old sentences; in 六 one.
    REQUIRE(d.passages.size() == 5);
    CHECK(d.passages[1].part == 1);
    CHECK(d.passages[1].sentences == 2);
    CHECK(part_text(new_report, 1).substr(d.passages[1].offset, d.passages[1].length) ==
          "本局全年共收到政府信息公开申请2件。\n（三）政府信息管理情况\n加强政府信息管理，规范发布流程。");
    CHECK(d.passages[3].sentences == 3);
    CHECK(d.passages[3].old_parts == std::vector<int>{5});
}

TEST_CASE("diff: the same report twice is all repetition, unrelated prose none", "[diff]") {
    const Report r = compile_text(old_text());
    const ReportDiff same = compare_reports(r, r);
    CHECK(same.overall.repeated == same.overall.sentences);
    CHECK(same.overall.sentences == 10);
    CHECK_FALSE(same.consecutive);
    const Report other = compile_text("某局2025年政府信息公开工作年度报告\n一、总体情况\n今年我们做了完全不同的事情。\n");
    CHECK(compare_reports(r, other).overall.repeated == 0);
    const Report empty = compile_text("某局2025年政府信息公开工作年度报告\n一、总体情况\n无。\n");
    CHECK_FALSE(compare_reports(r, empty).overall.share());  // no counted sentence: no share, not 0
}

TEST_CASE("diff: cells old → new, more than fivefold from at least 10 stands out, exactly fivefold does not", "[diff]") {
    const Report old_report = compile_text(old_text()), new_report = compile_text(new_text());
    const ReportDiff d = compare_reports(old_report, new_report);
    const CellChange& license = cell(d, "T2", "LICENSE", "decisions");
    CHECK(license.changed());
    CHECK(license.stands_out());  // 30 → 200
    const CellChange& penalty = cell(d, "T2", "PENALTY", "decisions");
    CHECK(penalty.changed());
    CHECK_FALSE(penalty.stands_out());  // 12 → 60 is fivefold, not more
    CHECK_FALSE(cell(d, "T3", "CARRY_IN", "NP").stands_out());  // 1 → 2: base under 10
    CHECK_FALSE(cell(d, "T2", "NORMDOC", "valid").changed());
    const auto changed = std::count_if(d.cells.begin(), d.cells.end(), [](const CellChange& c) { return c.changed(); });
    CHECK(changed == 4);  // LICENSE, PENALTY, CARRY_IN.NP, CARRY_IN.SUM
    CellChange shrink{"T2", "X", "y", CellValue{"51", 51, 0}, CellValue{"10", 10, 0}};
    CHECK(shrink.stands_out());  // 51 → 10: 10 × 5 < 51
    shrink.old_value = CellValue{"50", 50, 0};
    CHECK_FALSE(shrink.stands_out());
}

TEST_CASE("diff: chains, T3 carried out → carried in per column, T2 valid = valid + made − repealed", "[diff]") {
    const Report old_report = compile_text(old_text()), new_report = compile_text(new_text());
    const ReportDiff d = compare_reports(old_report, new_report);
    REQUIRE(d.carry.size() == 7);
    for (const CarryLink& link : d.carry) {
        const bool moved = link.column == "NP" || link.column == "SUM";  // OLD carried out 0, NEW carried in 2
        CHECK(link.status == (moved ? ChainStatus::broken : ChainStatus::holds));
    }
    REQUIRE(d.valid.size() == 2);
    CHECK(d.valid[0].status == ChainStatus::holds);  // RULES 0 + 0 − 0 = 0
    CHECK(d.valid[1].expected() == 6);               // NORMDOC 5 + 2 − 1, printed 5
    CHECK(d.valid[1].status == ChainStatus::broken);
}
