// A large input is cut at section headings and compiled in parts side by side;
// the model must be exactly the one a single pass gives.
#include "backends/json.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::string concatenated_examples(int copies) {
    std::string one;
    for (const char* name : {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"}) {
        one += read_file(example_path(name));
        if (one.back() != '\n') one += '\n';
    }
    std::string all;
    for (int i = 0; i < copies; ++i) all += one;
    return all;
}

std::string model_with(const Source& source, unsigned threads, std::size_t part_bytes) {
    return render_json(compile(source, {threads, part_bytes}), {});
}

}  // namespace

TEST_CASE("compiling in parts gives the single-pass model", "[model][parts]") {
    const Source source = Source::from_bytes("many.txt", concatenated_examples(20));  // ~650 KB
    const std::string single = model_with(source, 1, 1);
    CHECK(model_with(source, 2, 64 * 1024) == single);
    CHECK(model_with(source, 7, 64 * 1024) == single);
    CHECK(model_with(source, 64, 1) == single);  // as many parts as there are section headings allow
}

TEST_CASE("parts: the closing block comes from the last part, tables from the first", "[model][parts]") {
    const Source source = Source::from_bytes("many.txt", concatenated_examples(3));
    const Report report = compile(source, {4, 1});
    REQUIRE(report.closing);  // 004 ends the input and signs with a date
    CHECK(report.closing->date_span.line > 1000);
    REQUIRE(report.t2);
    CHECK(report.t2->span.line == 33);  // T2 of the first report (000)
    CHECK(report.sections.size() == 3 * 5 * 6);
}

TEST_CASE("parts: a heading that also reads as a table row starts its section", "[model][parts]") {
    // Line 8 is section 四's heading, and with its numbers also a space row
    // of the T3 region above: a heading always wins, so that the input can
    // be cut there and parsed in parts.
    const Source source = Source::from_bytes("heading-row.txt",
                                             "一、总体情况\n"
                                             "文字。\n"
                                             "二、主动公开政府信息情况\n"
                                             "文字。\n"
                                             "三、收到和处理政府信息公开申请情况\n"
                                             "申请人情况  自然人  法人或其他组织  总计\n"
                                             "一、本年新收政府信息公开申请数量  1  2  3\n"
                                             "四、政府信息公开行政复议、行政诉讼情况  0  0  0\n"
                                             "文字。\n"
                                             "五、存在的主要问题及改进情况\n"
                                             "问题与改进。\n"
                                             "六、其他需要报告的事项\n"
                                             "无。\n");
    const Report report = compile(source, {1, 1});
    const Section* four = report.section(4);
    REQUIRE(four);
    CHECK(four->heading_span.line == 8);
    CHECK(report.sections.size() == 6);
    CHECK(model_with(source, 8, 1) == model_with(source, 1, 1));
}
