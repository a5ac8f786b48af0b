// Golden models: each example report compiles to exactly its reviewed JSON
// in examples/expected/. A difference prints both; the expected files are
// updated only by hand after reviewing the change (see examples/README.md).
#include "backends/json.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace nianbao;
using namespace nianbao::test;

namespace {

void check_example(const std::string& stem) {
    const std::string input = example_path(stem + ".txt");
    const std::string expected = read_file(example_path("expected/" + stem + ".json"));
    // The path in the model is the one given on the command line; the golden
    // files record `examples/<name>.txt`.
    const Source source = Source::from_bytes("examples/" + stem + ".txt", read_file(input));
    const std::string actual = render_json(compile(source), {}) + "\n";
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

}  // namespace

TEST_CASE("golden: 000 老城区卫生健康委员会 2024 (F2021, TAB rows)", "[golden]") {
    check_example("000_e3c010c5c349aa33");
}
TEST_CASE("golden: 001 焦作市卫生健康委员会 2024 (F2021, TAB rows, trailer)", "[golden]") {
    check_example("001_f435a7dd2cd20ddb");
}
TEST_CASE("golden: 002 尖山区卫生健康局 2023 (F2021, cell lines)", "[golden]") {
    check_example("002_082470c5bd8b0bdd");
}
TEST_CASE("golden: 003 海原县卫生健康局 2024 (F2021, lost T3 labels)", "[golden]") {
    check_example("003_3e234e060d6fa3b4");
}
TEST_CASE("golden: 004 泽州县卫生健康和体育局 2024 (F2019 layout, cell lines)", "[golden]") {
    check_example("004_50ad684e5c01058f");
}
