// find_text compares sixteen positions at a time: it must answer as
// std::string_view::find does, for every window and needle length, wherever
// the match falls against the sixteen-byte blocks.
#include "lint/text_patterns.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace nianbao;

namespace {

// find_text's answer from first principles: the first match starting in
// [from, to) that also ends by `to`.
std::size_t expected_find(std::string_view text, std::string_view needle, std::size_t from, std::size_t to) {
    if (from >= text.size() || needle.empty()) return std::string_view::npos;
    to = std::min(to, text.size());
    if (from > to) return std::string_view::npos;
    const std::size_t at = text.substr(0, to).find(needle, from);
    return at;
}

}  // namespace

TEST_CASE("find_text: agrees with string_view::find on CJK text with planted needles", "[lint][patterns]") {
    // Mostly CJK characters sharing lead bytes with the needles, a few ASCII,
    // and the needles themselves and their near misses (same first and last
    // byte, different middle: 債 ends in the byte 况 ends in, 倀 as 开) at
    // every alignment.
    const std::vector<std::string> pieces{"情", "况", "收", "到", "申", "请", "件", "，", "a", "7", "\n",
                                          "情况", "情債", "依申请公开", "依申请公倀", "依申倀"};
    std::mt19937 random(11);
    std::string text;
    while (text.size() < 4000) text += pieces[random() % pieces.size()];
    for (const std::string_view needle : {"情况", "依申请公开", "况", "a7", "，\n", "收到申请件", "没有的词"}) {
        for (std::size_t from = 0; from < 200; from += 3)
            for (const std::size_t to : {std::size_t{0}, from + 1, from + 17, from + 40, text.size() - 1,
                                         text.size(), std::string_view::npos}) {
                INFO("needle " << needle << " from " << from << " to " << to);
                CHECK(find_text(text, needle, from, to) == expected_find(text, needle, from, to));
            }
        // Every occurrence, found one after the other.
        std::size_t count = 0, expected_count = 0;
        for (auto at = find_text(text, needle); at != std::string_view::npos; at = find_text(text, needle, at + 1))
            ++count;
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++expected_count;
        CHECK(count == expected_count);
    }
}

TEST_CASE("find_text: a match that ends exactly at the window's end", "[lint][patterns]") {
    for (std::size_t length = 2; length < 40; ++length) {
        const std::string text = std::string(length, 'x') + "情况";
        CHECK(find_text(text, "情况") == length);
        CHECK(find_text(text, "情况", 0, text.size() - 1) == std::string_view::npos);
        CHECK(find_text(text, "x情况", 1) == length - 1);
        CHECK(find_text(text, std::string(length, 'x') + "情况") == 0);
        CHECK(find_text(text, std::string(length + 1, 'x')) == std::string_view::npos);
    }
}
