// Text variants of reports copied from the web (docs/forms.md#d17, #t19, #normalisation):
// each seed rewritten with the variant must give the same numbers.
#include "model/normalize.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <functional>
#include <regex>
#include <sstream>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const char* const seeds[] = {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "002_082470c5bd8b0bdd.txt",
                             "003_3e234e060d6fa3b4.txt", "004_50ad684e5c01058f.txt"};

// Simplified → traditional for every character of the §§2–4 labels and the
// §1.4 headings that has a traditional form of its own (from OpenCC's s2t
// table, checked by hand), plus the Taiwan form 為.
constexpr std::string_view traditional_pairs =
    "万萬 业業 为爲 举舉 于於 会會 体體 关關 内內 决決 况況 减減 办辦 务務 动動 区區 单單 发發 后後 国國 "
    "处處 复復 审審 对對 属屬 废廢 开開 强強 当當 总總 执執 护護 报報 据據 数數 无無 机機 权權 条條 构構 "
    "没沒 现現 确確 秘祕 稳穩 类類 纠糾 纳納 组組 织織 经經 结結 继繼 续續 维維 缴繳 罚罰 范範 获獲 补補 "
    "规規 计計 认認 议議 许許 讼訟 访訪 诉訴 询詢 请請 购購 费費 转轉 过過 这這 进進 采採 问問 项項 题題 "
    "额額";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

std::string to_traditional(std::string text) {
    std::istringstream pairs{std::string(traditional_pairs)};
    for (std::string pair; pairs >> pair;) text = replace_all(text, pair.substr(0, 3), pair.substr(3));
    return replace_all(text, "爲", "為");
}

void check_same_model(const std::string& original, const std::string& variant, bool same_agency = true) {
    const Report a = compile_text(original);
    const Report b = compile_text(variant);
    CHECK(cells_of(b) == cells_of(a));
    CHECK(document_layout(b) == document_layout(a));
    CHECK(b.year == a.year);
    CHECK(b.sections.size() == a.sections.size());
    if (same_agency) CHECK(b.agency == a.agency);
}

// Rewrites the value cells (numbers between TABs or after a leading TAB).
std::string map_value_cells(const std::string& text, const std::function<std::string(const std::string&)>& f) {
    static const std::regex value("(^|\\t)([0-9]+)(?=\\t|$)", std::regex::multiline);
    std::string out;
    auto last = text.cbegin();
    for (std::sregex_iterator it(text.begin(), text.end(), value), end; it != end; ++it) {
        out.append(last, (*it)[2].first);
        out += f((*it)[2].str());
        last = (*it)[2].second;
    }
    out.append(last, text.cend());
    return out;
}

}  // namespace

TEST_CASE("the traditional→simplified map covers every label and heading character", "[model][web]") {
    std::istringstream pairs{std::string(traditional_pairs)};
    for (std::string pair; pairs >> pair;) {
        INFO(pair);
        CHECK(normalize_label(pair.substr(3)) == pair.substr(0, 3));
    }
    CHECK(normalize_label("為") == "为");
    CHECK(normalize_label("規範性檔案") == "规范性文件");  // the bad conversion of 文件 (D17)
}

TEST_CASE("traditional-character copies (D17) give the same numbers", "[model][web]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        std::string traditional = to_traditional(text);
        traditional = replace_all(traditional, "規範性文件", "規範性檔案");
        check_same_model(text, traditional, false);
        const Report report = compile_text(traditional);
        CHECK(report.sections.size() == 6);
        CHECK(count_rule(report, "P-LABEL-UNKNOWN") == count_rule(compile_text(text), "P-LABEL-UNKNOWN"));
    }
}

TEST_CASE("non-breaking, ideographic and zero-width spaces in labels and cells", "[model][web]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        std::string spaced = replace_all(text, "行政许可", "行政\u00A0许可");
        spaced = replace_all(spaced, "规章", "规\u3000章");
        spaced = replace_all(spaced, "自然人", "自然\u200B人");
        spaced = replace_all(spaced, "行政复议", "\u3000\u3000行政复议");
        spaced = map_value_cells(spaced, [](const std::string& v) { return "\u00A0" + v + "\u200B"; });
        check_same_model(text, spaced);
    }
}

TEST_CASE("full-width digits in value cells", "[model][web]") {
    for (const char* seed : seeds) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        const std::string wide = map_value_cells(text, [](const std::string& v) {
            std::string out;
            for (const char c : v) out += std::string("\xEF\xBC") + static_cast<char>(0x90 + (c - '0'));
            return out;
        });
        REQUIRE(wide != text);
        check_same_model(text, wide);
    }
}

TEST_CASE("thousands separators in value cells", "[model][web]") {
    const std::string text = read_file(example_path("000_e3c010c5c349aa33.txt"));
    const std::string grouped = replace_all(text, "\t2498\t", "\t2,498\t");
    REQUIRE(grouped != text);
    check_same_model(text, grouped);
    CHECK(t2(compile_text(grouped), "LICENSE", 0) == "2498");
    const std::string wide_comma = replace_all(text, "\t2498\t", "\t2，498\t");
    CHECK(t2(compile_text(wide_comma), "LICENSE", 0) == "2498");
}

TEST_CASE("pipe rows with a divider line and full-width bars (T19)", "[model][web]") {
    for (const char* seed : {"000_e3c010c5c349aa33.txt", "001_f435a7dd2cd20ddb.txt", "003_3e234e060d6fa3b4.txt"}) {
        INFO(seed);
        const std::string text = read_file(example_path(seed));
        std::istringstream in(text);
        std::string piped;
        bool divider_written = false;
        for (std::string line; std::getline(in, line);) {
            if (line.find('\t') == std::string::npos) {
                piped += line + "\n";
                divider_written = false;
                continue;
            }
            piped += "｜" + replace_all(line, "\t", "｜") + "｜\n";
            if (!divider_written) piped += "|---|---|---|---|\n";
            divider_written = true;
        }
        check_same_model(text, piped);
    }
}
