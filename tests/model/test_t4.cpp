// T4 model tests: header over up to three rows, 15 values (T18).
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;
using namespace nianbao::test;

namespace {
const std::string header =
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
    "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
    "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\n";

std::optional<std::string> t4(const Report& r, std::string_view key) {
    return r.t4 ? value(*r.t4->cell(key)) : std::nullopt;
}
}  // namespace

TEST_CASE("T4 from one TAB line of 15 values [S0 line 84]", "[model][t4]") {
    const Report r = compile_text(header + "1\t2\t0\t1\t4\t0\t0\t0\t3\t3\t1\t0\t0\t0\t1\n");
    REQUIRE(r.t4);
    CHECK(t4(r, "RV_UPHELD") == "1");
    CHECK(t4(r, "RV_CORRECTED") == "2");
    CHECK(t4(r, "RV_TOTAL") == "4");     // 1 + 2 + 0 + 1
    CHECK(t4(r, "LD_PENDING") == "3");
    CHECK(t4(r, "LD_TOTAL") == "3");
    CHECK(t4(r, "LR_UPHELD") == "1");
    CHECK(t4(r, "LR_TOTAL") == "1");
    // A table fragment: structure rules fire, but nothing is unreadable or fails a sum.
    CHECK(with_prefix(r, {"P-", "VAL-", "T4-"}).empty());
}

TEST_CASE("T4 from 15 cell lines with wrapped header cells [S2]", "[model][t4]") {
    const Report r = compile_text(read_file(example_path("002_082470c5bd8b0bdd.txt")));
    REQUIRE(r.t4);
    for (const auto& spec : t4_cells()) CHECK(t4(r, spec.key) == "0");
    CHECK(r.t4->cells[0].span.line == 389);
    CHECK(r.t4->cells[14].span.line == 403);
}

TEST_CASE("T4 values spread over several rows are joined (T18)", "[model][t4]") {
    const Report r = compile_text(header + "0\t0\t0\t0\t0\n0\t0\t0\t0\t0\n0\t0\t0\t0\t7\n");
    REQUIRE(r.t4);
    CHECK(t4(r, "LR_TOTAL") == "7");
}

TEST_CASE("T4 with 14 values is P-CELL-COUNT and all null", "[model][t4]") {
    const Report r = compile_text(header + "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
    REQUIRE(r.t4);
    const Diagnostic* d = find_rule(r, "P-CELL-COUNT");
    REQUIRE(d);
    CHECK(d->span.line == 5);
    CHECK_FALSE(t4(r, "RV_UPHELD"));
}
