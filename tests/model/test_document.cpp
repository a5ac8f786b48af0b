// Title, agency, year, sections, preamble and closing of the model.
#include "support/helpers.hpp"

#include "model/site_chrome.hpp"

#include <catch2/catch.hpp>

using namespace nianbao;
using namespace nianbao::test;

namespace {
Report example(const std::string& name) { return compile_text(read_file(example_path(name))); }
}  // namespace

TEST_CASE("one-line title with spaces around the year [S0]", "[model][title]") {
    const Report r = example("000_e3c010c5c349aa33.txt");
    CHECK(r.title == "老城区卫生健康委员会2024年政府信息公开工作年度报告");
    CHECK(r.agency == "老城区卫生健康委员会");
    CHECK(r.year == 2024);
    CHECK(r.title_span.line == 3);  // two blank lines precede it
    CHECK(r.title_span.column == 1);
}

TEST_CASE("two-line title with a blank line between [S3]", "[model][title]") {
    const Report r = example("003_3e234e060d6fa3b4.txt");
    CHECK(r.title == "海原县卫生健康局2024年政府信息公开工作年度报告");
    CHECK(r.agency == "海原县卫生健康局");
    CHECK(r.year == 2024);
    CHECK(r.title_span.line == 3);
    CHECK(r.title_span.end_line == 5);
}

TEST_CASE("the six sections in order with their headings", "[model][sections]") {
    for (const char* name : {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"}) {
        const Report r = example(name);
        REQUIRE(r.sections.size() == 6);
        for (int i = 0; i < 6; ++i) CHECK(r.sections[static_cast<std::size_t>(i)].number == i + 1);
        CHECK(r.sections[4].heading == "五、存在的主要问题及改进情况");
    }
}

TEST_CASE("section text is the prose of the section, tables excluded", "[model][sections]") {
    const Report r = example("000_e3c010c5c349aa33.txt");
    CHECK(r.sections[5].text == "2024年本单位未收取依申请公开费用。");
    CHECK(r.sections[1].text.empty());  // section 二 holds only T2
    CHECK(r.sections[0].text.find("（一）主动公开情况\n") != std::string::npos);
}

TEST_CASE("run-in and colon sub-headings become SubHeading blocks (D6)", "[model][sections]") {
    const Report s3 = example("003_3e234e060d6fa3b4.txt");
    const auto& blocks = s3.sections[0].blocks;
    const auto* first = boost::variant2::get_if<SubHeading>(&blocks.at(0));
    REQUIRE(first);
    CHECK(first->enumerator == "（一）");
    CHECK(first->title == "主动公开情况");
    const auto* body = boost::variant2::get_if<Paragraph>(&blocks.at(1));
    REQUIRE(body);
    // The body is the rest of the line after `。`, a slice of the section's text.
    const std::string_view text = body->text_in(s3.sections[0].text);
    CHECK(text.starts_with("2024 年 1 月 1 日至 12 月 31 日，海原县卫生健康局"));
    CHECK(text.ends_with("市政服务 4 条。"));
    CHECK(body->offset == std::string_view("（一）主动公开情况。").size());
    CHECK(body->span.line == 11);

    const Report s1 = example("001_f435a7dd2cd20ddb.txt");
    const auto* colon = boost::variant2::get_if<SubHeading>(&s1.sections[0].blocks.at(0));
    REQUIRE(colon);
    CHECK(colon->title == "主动公开");
}

TEST_CASE("a whole-line sub-heading may hold a comma [S2 line 8]", "[model][sections]") {
    const Report r = example("002_082470c5bd8b0bdd.txt");
    const auto* heading = boost::variant2::get_if<SubHeading>(&r.sections[0].blocks.at(2));
    REQUIRE(heading);
    CHECK(heading->enumerator == "（二）");
    CHECK(heading->title == "主动公开信息，深化内容建设");
}

TEST_CASE("an enumerated sentence stays a paragraph", "[model][sections]") {
    const Report r = example("004_50ad684e5c01058f.txt");
    const auto& blocks = r.sections[4].blocks;  // （一）2024年虽然圆满完成了…，但是…
    REQUIRE_FALSE(blocks.empty());
    CHECK(boost::variant2::holds_alternative<Paragraph>(blocks[0]));
}

TEST_CASE("converter artefacts are removed and reported (D5)", "[model][sections]") {
    const Report r = example("002_082470c5bd8b0bdd.txt");
    CHECK(r.sections[4].text.starts_with("2023年，我局在政务公开工作中"));
    const Diagnostic* d = find_rule(r, "P-ARTIFACT");
    REQUIRE(d);
    CHECK(d->severity == Severity::info);
    CHECK(d->span.line == 407);
    CHECK(d->span.column == 1);
}

TEST_CASE("closing block: agency and NBSP-indented date (D12) [S4]", "[model][closing]") {
    const Report r = example("004_50ad684e5c01058f.txt");
    REQUIRE(r.closing);
    CHECK(r.closing->agency == "泽州县卫生健康和体育局");
    REQUIRE(r.closing->date);
    CHECK(r.closing->date->year == 2025);
    CHECK(r.closing->date->month == 1);
    CHECK(r.closing->date->day == 10);
    CHECK(r.closing->date_span.line == 406);
    CHECK(r.closing->date_span.column == 49);  // after 31 NBSP, 8 spaces, NBSP, 8 spaces
    CHECK(r.sections[5].text == "本机关2024年未收取政府信息公开信息处理费。");
}

TEST_CASE("a Chinese-numeral signature date is read", "[model][closing]") {
    const Report r = compile_text("一、总体情况\n正文。\n六、其他需要报告的事项\n未收取信息处理费。\n某某局\n二〇二五年一月十日\n");
    REQUIRE(r.closing);
    CHECK(r.closing->agency == "某某局");
    REQUIRE(r.closing->date);
    CHECK(r.closing->date->year == 2025);
    CHECK(r.closing->date->day == 10);
}

TEST_CASE("trailer lines are kept out of the section text (D11) [S1]", "[model][closing]") {
    const Report r = example("001_f435a7dd2cd20ddb.txt");
    CHECK(r.sections[5].text == "依据《政府信息公开信息处理费管理办法》的规定，我单位本年度本机关收取信息处理费0元。");
    CHECK(boost::variant2::holds_alternative<Trailer>(r.sections[5].blocks.back()));
}

TEST_CASE("preamble, statistics period and cited notice [S3]", "[model][metadata]") {
    const Report r = example("003_3e234e060d6fa3b4.txt");
    CHECK(r.preamble_text.starts_with("根据《中华人民共和国政府信息公开条例》"));
    CHECK(r.period_year == 2024);
    CHECK(r.declared_format == "2021-30");
}

TEST_CASE("no title: the text before 一 is the preamble and the title is null", "[model][title]") {
    const Report r = compile_text("关于做好工作的说明\n一、总体情况\n内容。\n");
    CHECK_FALSE(r.title);
    CHECK_FALSE(r.year);
    CHECK(r.preamble_text == "关于做好工作的说明");
}

TEST_CASE("a report with no tables has null tables and no layout", "[model][tables]") {
    const Report r = compile_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n内容。\n二、主动公开政府信息情况\n"
                                  "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n");
    CHECK_FALSE(r.t2);
    CHECK_FALSE(r.t3);
    CHECK_FALSE(r.t4);
    CHECK(document_layout(r).empty());
    CHECK(r.sections.size() == 4);
}

// W2, W3 (docs/forms.md): title, agency and year where the body has no title line.
TEST_CASE("crawler metadata: 标题 is the title, 发布时间 the publication date", "[model][document][metadata]") {
    const Report r = compile_text(
        "标题: 某某区2021年度政府信息公开工作年度报告\n发布时间: 2022-02-08 16:34\n栏目: 政府信息公开年报\n"
        "一、总体情况\n2021年，我区坚持公开。\n");
    REQUIRE(r.title);
    CHECK(*r.title == "某某区2021年度政府信息公开工作年度报告");
    CHECK(r.agency == "某某区");
    CHECK(r.year == 2021);
    CHECK(r.title_span.line == 1);
    REQUIRE(r.published);
    CHECK(r.published->date.year == 2022);
    CHECK(r.published->date.month == 2);
    CHECK(r.published->date.day == 8);
    CHECK(count_rule(r, "P-META-INFERRED") == 0);  // a title, not an inference
}

TEST_CASE("no title line: the year from the statistics period, then from the text", "[model][document][metadata]") {
    const Report period = compile_text(
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n我局坚持公开。\n");
    CHECK_FALSE(period.title);
    CHECK(period.year == 2023);
    CHECK(count_rule(period, "P-META-INFERRED") == 1);
    const Report work = compile_text("一、总体情况\n现汇报我镇2022年政府信息公开工作。\n");
    CHECK(work.year == 2022);
    CHECK(count_rule(work, "P-META-INFERRED") == 1);
    // A year-first title run into the preamble gives the agency as well.
    const Report phrase = compile_text("正文\n2025 年某某市人民政府办公厅政府信息公开\n工作年度报告\n本年度报告根据条例编制。\n"
                                       "一、总体情况\n我厅坚持公开。\n");
    CHECK(phrase.year == 2025);
    CHECK(phrase.agency == "某某市人民政府办公厅");
}

// W11: a document cut inside a table.
TEST_CASE("a document cut inside a table: P-TRUNCATED, the cut table null", "[model][document][truncated]") {
    const Report r = compile_text(
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n我局坚持公开。\n二、主动公开政府信息情况\n"
        "第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性");
    CHECK(r.truncated_in == 2);
    CHECK(count_rule(r, "P-TRUNCATED") == 1);
    CHECK_FALSE(r.t2);
    CHECK(count_rule(r, "P-ROW-MISSING") == 0);
    // Ending on a number or a sentence is not a cut.
    const Report whole = compile_text("某局2023年政府信息公开工作年度报告\n一、总体情况\n我局坚持公开。\n");
    CHECK(whole.truncated_in == 0);
}

// W3: a quoted title inside a preamble sentence, agency first.
TEST_CASE("no title line: year and agency from a quoted title in the preamble", "[model][document][metadata]") {
    const Report r = compile_text("现发布《某某镇2023年政府信息公开工作年度报告》。本报告由六部分组成。\n一、总体情况\n我镇坚持公开。\n");
    CHECK(r.year == 2023);
    CHECK(r.agency == "某某镇");
    CHECK(count_rule(r, "P-META-INFERRED") == 2);
    // Unquoted, where the agency's name would start is not known.
    const Report unquoted = compile_text("现发布某某镇2023年政府信息公开工作年度报告。\n一、总体情况\n我镇坚持公开。\n");
    CHECK(unquoted.year == 2023);  // from `2023年政府信息公开工作`
    CHECK_FALSE(unquoted.agency);
}

// W1: the text before a heading on the same line is read once.
TEST_CASE("prose before a mid-line heading is in the preamble once", "[model][document][reflow]") {
    const Report r = compile_text("某局2023年政府信息公开工作年度报告\n本报告所列数据截至2023年底。 一、总体情况 我局坚持公开。\n");
    CHECK(r.preamble_text == "本报告所列数据截至2023年底。 ");
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].heading == "一、总体情况");
    CHECK(r.sections[0].text == "我局坚持公开。");
}

// W1 + W11: a heading mid-line whose line was cut before a sentence ended
// is the heading only, not the rest of the line.
TEST_CASE("a mid-line heading on a cut line ends at its end word", "[model][document][reflow]") {
    const Report r = compile_text("某局2023年政府信息公开工作年度报告\n本报告由六部分组成。 一、总体情况 2023年,我局政务公开工作坚持以");
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].heading == "一、总体情况");
    CHECK(r.truncated_in == 1);
}

// W5: the traditional mirror copy of tests/corpus (靖远县大芦镇 2023, cut
// after ~2,000 bytes inside section 一).
TEST_CASE("a traditional mirror copy: converted, with its year, agency and section", "[model][document][traditional]") {
    const Report r = compile_text(read_file(std::string(NIANBAO_SOURCE_DIR) + "/tests/corpus/township-2023-traditional-mirror.txt"));
    CHECK(count_rule(r, "P-TRADITIONAL") == 1);
    CHECK(r.year == 2023);
    CHECK(r.agency == "大芦镇");  // from 现发布《大芦镇2023年政府信息公开工作年度报告》
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].heading == "一、总体情况");
    CHECK(r.truncated_in == 1);
    REQUIRE(r.published);  // 發布時間:2024-01-24 10:56
    CHECK(r.published->date.year == 2024);
    CHECK(r.published->date.month == 1);
    CHECK(r.published->date.day == 24);
}

// A year-first title wrapped over two lines below a chrome word (the
// Shanghai 2025 markdown copy in tests/corpus): a title, not an inference.
TEST_CASE("a year-first title over two lines is the title", "[model][title]") {
    const Report r = compile_text("正文\n2025 年某某市人民政府办公厅政府信息公开\n工作年度报告\n本年度报告根据条例编制。\n"
                                  "一、总体情况\n我厅坚持公开。\n");
    REQUIRE(r.title);
    CHECK(r.year == 2025);
    CHECK(r.agency == "某某市人民政府办公厅");
    CHECK(r.title_span.line == 2);
    CHECK(count_rule(r, "P-META-INFERRED") == 0);
}

// W11: a table whose last row was written with blank cells is not cut.
TEST_CASE("a document ending on a table row of blank cells is not cut", "[model][document][truncated]") {
    const std::string head = "某局2023年政府信息公开工作年度报告\n一、总体情况\n我局坚持公开。\n"
                             "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n";
    CHECK(compile_text(head + "规章\t\t\t\n").truncated_in == 0);
    CHECK(compile_text(head + "| 规章 | | | |\n").truncated_in == 0);
    CHECK(compile_text(head + "规章\t\n").truncated_in == 2);  // one TAB: a cut as likely as a row
    CHECK(compile_text(head + "规章\n").truncated_in == 2);
}

// W2: crawler metadata, dividers and the site's breadcrumb are not the preamble.
TEST_CASE("crawler metadata and site chrome are left out of the preamble", "[model][document][metadata]") {
    const Report r = compile_text(
        "标题: 某某区2021年度政府信息公开工作年度报告\n发布时间: 2022-02-08 16:34\n原文链接: https://www.example.gov.cn/a.htm\n"
        "==================== 正文 ====================\n"
        "当前位置： 首页政务公开 某某区2021年度政府信息公开工作年度报告 来源：某某区人民政府 微信 微博 QQ空间 全真版 "
        "文字版 文件下载 相关链接： --> 根据《条例》要求，我区编制完成了本报告。\n一、总体情况\n我区坚持公开。\n");
    CHECK(r.preamble_text == "根据《条例》要求，我区编制完成了本报告。");
    CHECK(r.title == "某某区2021年度政府信息公开工作年度报告");  // from 标题:, kept apart
    REQUIRE(r.published);
    CHECK(r.published->date.day == 8);
    CHECK(r.metadata_prose.contains("原文链接"));
}

TEST_CASE("site chrome: what is a metadata line, a divider, a breadcrumb", "[model][document][metadata]") {
    CHECK(is_metadata_line("发布时间：2024-01-24 10:56"));
    CHECK(is_metadata_line("  来源: 某某县人民政府"));
    CHECK_FALSE(is_metadata_line("来源：本报告数据来源于各科室统计。"));  // a sentence
    CHECK_FALSE(is_metadata_line("根据《条例》，标题: 无"));
    CHECK(is_divider_line("==================== 正文 ===================="));
    CHECK(is_divider_line("正文"));
    CHECK_FALSE(is_divider_line("正文如下"));
    const std::string crumb = "当前位置：首页 > 政务公开 打印 关闭 ";
    CHECK(chrome_prefix_length(crumb + "根据《条例》要求。") == crumb.size());
    // A sentence before the toolbar word: not a breadcrumb.
    CHECK(chrome_prefix_length("当前位置说明如下。我局已打印并关闭") == 0);
    CHECK(chrome_prefix_length("根据《条例》要求。") == 0);
}

// W1: in a table section, a line that runs into the next heading is no row of
// space-separated cells (`行政处罚0 行政强制0…三、收到和处理…`).
TEST_CASE("a one-line table section with spaces does not swallow the next heading", "[model][document][reflow]") {
    const Report r = compile_text(
        "某局2023年政府信息公开工作年度报告\n一、总体情况我局坚持公开。二、主动公开政府信息情况第二十条第（六）项"
        "信息内容本年处理决定数量行政处罚0 行政强制0三、收到和处理政府信息公开申请情况我局未收到申请。"
        "四、政府信息公开行政复议、行政诉讼情况行政复议结果维持结果纠正其他结果尚未审结总计000 000000 0 00000\n");
    REQUIRE(r.sections.size() == 4);
    CHECK(r.sections[2].heading == "三、收到和处理政府信息公开申请情况");
    CHECK(r.sections[3].number == 4);
}
