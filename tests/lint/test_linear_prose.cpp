// Prose rules stay linear in the size of the text: a huge section of prose
// with endless anchors (年, 未收到, 规范性文件, 复议 …) and no full stop must
// be linted in time proportional to its size, not to its size squared.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::string huge_section(std::size_t repeats) {
    std::string text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n";
    std::string piece = "2030年未收到政府信息公开申请,制发规范性文件3件,未发生行政复议,截至2023年底,收取信息处理费0元";
    for (std::size_t i = 0; i < repeats; ++i) text += piece;  // one line, no sentence end
    text += "\n";
    return text;
}

double seconds_to_compile(const std::string& text) {
    const Source source = Source::from_bytes("huge.txt", text);
    const auto start = std::chrono::steady_clock::now();
    const Report report = compile(source);
    CHECK_FALSE(report.diagnostics.empty());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("prose rules on one huge sentence grow linearly", "[lint][linear]") {
    const double small = seconds_to_compile(huge_section(5'000));   // ~0.5 MB
    const double large = seconds_to_compile(huge_section(20'000));  // ~2 MB
    INFO("0.5 MB: " << small << " s, 2 MB: " << large << " s");
    // Four times the text: linear is ×4; quadratic would be ×16. The bound leaves
    // room for noise on a shared machine without letting ×16 through.
    CHECK(large < 8 * small + 0.05);
    CHECK(large < 5.0);
}
