// Derived metrics (docs/model.md#metrics) on the clean report and changed
// copies, each value computed by hand from the cells printed in the test.
#include "lint/lint_helpers.hpp"
#include "model/metrics.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {

constexpr std::string_view t4_clean = "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

Metrics metrics_of(const std::string& text) { return compute_metrics(compile_text(text)); }

}  // namespace

TEST_CASE("metrics of the clean report: T3 3 handled, 2 granted, 1 not held, T4 one review upheld", "[metrics]") {
    const Metrics m = compute_metrics(clean());
    CHECK(m.applications_handled == 3);
    REQUIRE(m.share_granted);
    CHECK(*m.share_granted == Approx(2.0 / 3.0));
    CHECK(*m.share_granted_full_or_part == Approx(2.0 / 3.0));  // PARTIAL is 0
    CHECK(*m.share_refused == 0.0);                              // DENY_1..8 all 0
    CHECK(*m.share_not_held == Approx(1.0 / 3.0));               // UNABLE_1 = 1
    REQUIRE(m.review_correction_rate);
    CHECK(*m.review_correction_rate == 0.0);  // 0 corrected of 1 decided
    CHECK_FALSE(m.suit_correction_rate);      // no suit decided: 0/0 is null, not 0
}

TEST_CASE("metrics: correction rates over decided cases, pending ones left out", "[metrics]") {
    // Reviews: upheld 3, corrected 1, other 0, pending 2 → 1/4. Suits: direct
    // 4 upheld + 1 corrected, after review 1 corrected → 2/6.
    const Metrics m = metrics_of(replace_once(clean_report(), t4_clean,
                                              "3\t1\t0\t2\t6\t4\t1\t0\t0\t5\t0\t1\t0\t0\t1"));
    REQUIRE(m.review_correction_rate);
    CHECK(*m.review_correction_rate == Approx(0.25));
    REQUIRE(m.suit_correction_rate);
    CHECK(*m.suit_correction_rate == Approx(2.0 / 6.0));
}

TEST_CASE("metrics: null when a needed cell is null, the others still computed", "[metrics]") {
    const Metrics m = metrics_of(replace_once(clean_report(), "（一）予以公开\t1\t1\t0\t0\t0\t0\t2",
                                              "（一）予以公开\t1\t1\t0\t0\t0\t0\t/"));
    CHECK(m.applications_handled == 3);
    CHECK_FALSE(m.share_granted);
    CHECK_FALSE(m.share_granted_full_or_part);
    REQUIRE(m.share_not_held);
    CHECK(*m.share_not_held == Approx(1.0 / 3.0));
    const Metrics no_t4 = metrics_of(replace_once(clean_report(), t4_clean, "1\t-\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"));
    CHECK_FALSE(no_t4.review_correction_rate);
}

TEST_CASE("metrics: no application handled gives null shares, and a report without tables all null", "[metrics]") {
    std::string text = clean_report();
    text = replace_once(text, "（一）予以公开\t1\t1\t0\t0\t0\t0\t2", "（一）予以公开\t0\t0\t0\t0\t0\t0\t0");
    text = replace_once(text, "1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1", "1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0");
    text = replace_once(text, "（七）总计\t2\t1\t0\t0\t0\t0\t3", "（七）总计\t0\t0\t0\t0\t0\t0\t0");
    const Metrics m = metrics_of(text);
    CHECK(m.applications_handled == 0);
    CHECK_FALSE(m.share_granted);
    CHECK_FALSE(m.share_refused);
    CHECK_FALSE(m.share_not_held);
    const Metrics none = metrics_of("某局2024年政府信息公开工作年度报告\n一、总体情况\n无。\n");
    CHECK_FALSE(none.applications_handled);
    CHECK_FALSE(none.share_granted);
    CHECK_FALSE(none.review_correction_rate);
}
