// The block check of UTF-8 (input/utf8_blocks.cpp) against a decoder
// written from RFC 3629, on every short sequence of the bytes where the
// rules change, at each place against the sixteen-byte blocks, and on
// damaged copies of real text.
#include "input/decode.hpp"
#include "input/utf8_blocks.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace nianbao;
using namespace std::string_literals;

namespace {

// RFC 3629, table 3.7 of Unicode: the well-formed byte sequences.
bool well_formed(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    const auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
    while (p < end) {
        const unsigned char b = *p;
        std::size_t length = 0;
        unsigned lo = 0x80, hi = 0xBF;  // the second byte's range
        if (b <= 0x7F) {
            length = 1;
        } else if (in(b, 0xC2, 0xDF)) {
            length = 2;
        } else if (in(b, 0xE0, 0xEF)) {
            length = 3;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (in(b, 0xF0, 0xF4)) {
            length = 4;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end - p) < length) return false;
        if (length > 1 && !in(p[1], lo, hi)) return false;
        for (std::size_t k = 2; k < length; ++k)
            if (!in(p[k], 0x80, 0xBF)) return false;
        p += length;
    }
    return true;
}

bool blocks_say_valid(const std::string& text) {
    const auto answer = utf8_valid_by_blocks(text);
    return answer ? *answer : well_formed(text);  // no block check here: nothing to compare
}

}  // namespace

TEST_CASE("UTF-8 blocks: every sequence of up to three boundary bytes, at each place in a block", "[model][utf8]") {
    if (!utf8_valid_by_blocks("a")) WARN("this processor has no block check: only the fallback is compared");
    const std::string bytes = "\x00\x41\x7F\x80\x8F\x90\x9F\xA0\xBF\xC0\xC1\xC2\xDF\xE0\xE1\xEC\xED\xEE\xEF\xF0\xF1"
                              "\xF3\xF4\xF5\xF7\xF8\xFF"s;
    std::size_t compared = 0, invalid = 0;
    for (const std::size_t at : {0, 12, 13, 14, 15, 16, 30}) {
        for (const unsigned char a : bytes)
            for (const unsigned char b : bytes)
                for (const unsigned char c : bytes) {
                    // Prefix of CJK and ASCII up to `at`, suffix of ASCII.
                    std::string text(at % 3 == 0 ? at / 3 : 0, 'x');
                    while (text.size() + 3 <= at) text += "年";
                    text.resize(at, 'y');
                    text += static_cast<char>(a);
                    text += static_cast<char>(b);
                    text += static_cast<char>(c);
                    const std::string tail = text + "0123456789abcdefghij";
                    for (const std::string& t : {text, tail}) {
                        const bool expected = well_formed(t);
                        if (blocks_say_valid(t) != expected) {
                            INFO("at " << at << " bytes " << int(a) << " " << int(b) << " " << int(c) << " length "
                                       << t.size());
                            CHECK(blocks_say_valid(t) == expected);
                        }
                        ++compared;
                        invalid += expected ? 0 : 1;
                    }
                }
    }
    CHECK(compared == 7 * 2 * bytes.size() * bytes.size() * bytes.size());
    CHECK(invalid > compared / 2);  // most of them are wrong: both answers were exercised
}

TEST_CASE("UTF-8 blocks: four-byte sequences around the limits", "[model][utf8]") {
    for (const unsigned char lead : {0xF0, 0xF1, 0xF4, 0xF5})
        for (unsigned second = 0x70; second <= 0xC0; ++second)
            for (const unsigned char third : {0x7F, 0x80, 0xBF, 0xC0})
                for (const unsigned char fourth : {0x7F, 0x80, 0xBF, 0xC0})
                    for (const std::size_t at : {0, 12, 13, 14, 15}) {
                        std::string text(at, 'a');
                        text += {static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third),
                                 static_cast<char>(fourth)};
                        text += "；";
                        INFO("bytes " << int(lead) << " " << second << " " << int(third) << " " << int(fourth)
                                      << " at " << at);
                        CHECK(blocks_say_valid(text) == well_formed(text));
                    }
}

TEST_CASE("UTF-8 blocks: damaged copies of a report", "[model][utf8]") {
    const std::string report = test::read_file(test::example_path("001_f435a7dd2cd20ddb.txt"));
    REQUIRE(well_formed(report));
    CHECK(blocks_say_valid(report));
    std::mt19937 random(5);
    std::size_t invalid = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        std::string text = report;
        const std::size_t at = random() % text.size();
        switch (trial % 4) {
            case 0: text[at] = static_cast<char>(random() % 256); break;       // one byte replaced
            case 1: text.resize(at); break;                                    // cut off
            case 2: text.erase(at, 1 + random() % 3); break;                   // bytes lost
            case 3: text.insert(at, 1, static_cast<char>(0x80 + random() % 0x40)); break;  // a stray continuation
        }
        const bool expected = well_formed(text);
        invalid += expected ? 0 : 1;
        INFO("trial " << trial << " at " << at);
        CHECK(blocks_say_valid(text) == expected);
        // And where: the first bad byte is found as before, by the byte walk.
        if (!expected) CHECK(find_invalid_utf8(text).has_value());
        if (expected) CHECK_FALSE(find_invalid_utf8(text).has_value());
    }
    CHECK(invalid > 1000);
}
