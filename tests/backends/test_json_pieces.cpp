// A large report's sections and diagnostics are rendered in pieces on several
// threads and handed on in order: the output must be the one-thread output
// byte for byte, and a failing sink must stop all threads with its own error.
#include "backends/in_order.hpp"
#include "backends/json.hpp"
#include "model/compile.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace nianbao;
using namespace nianbao::test;

namespace {

// 60 copies of the five examples: 1,800 sections and about 2,000 diagnostics,
// several pieces of each array.
const Report& large_report() {
    static const Report report = compile_text(concatenated_examples(60));
    return report;
}

struct SinkFailed : std::runtime_error {
    SinkFailed() : std::runtime_error("disk full") {}
};

}  // namespace

TEST_CASE("JSON pieces: two and three threads write the one-thread output", "[backends][json]") {
    const Report& report = large_report();
    REQUIRE(report.sections.size() >= 6 * 256);
    REQUIRE(report.diagnostics.size() >= 6 * 256);
    for (const bool pretty : {true, false}) {
        const std::string one = render_json(report, {Lang::zh, pretty, 1});
        for (const unsigned threads : {2U, 3U}) {
            std::string pieces;
            std::size_t calls = 0;
            render_json(report, {Lang::zh, pretty, threads}, [&](std::string_view piece) {
                pieces += piece;
                ++calls;
            });
            CHECK(pieces == one);
            CHECK(calls > 6);  // handed on in pieces, not gathered whole
        }
    }
}

TEST_CASE("JSON pieces: a sink that fails stops every thread with its error", "[backends][json]") {
    const Report& report = large_report();
    for (const std::size_t fail_at : {1, 2, 3, 7}) {
        std::size_t calls = 0;
        const auto failing = [&](std::string_view) {
            if (++calls == fail_at) throw SinkFailed();
        };
        CHECK_THROWS_AS(render_json(report, {Lang::zh, true, 2}, failing), SinkFailed);
        CHECK(calls == fail_at);  // nothing is written after the failure
    }
}

TEST_CASE("InOrder: pieces put by threads in any order reach the sink in index order", "[backends][json]") {
    std::string out;
    const std::function<void(std::string_view)> sink = [&](std::string_view piece) { out += piece; };
    InOrder order(sink);
    std::vector<std::thread> threads;
    // Thread t puts pieces t, t+4, t+8 …; later indices are started first.
    for (int t = 3; t >= 0; --t)
        threads.emplace_back([&, t] {
            for (int piece = t; piece < 40; piece += 4) order.put(static_cast<std::size_t>(piece), std::to_string(piece) + ",");
        });
    for (auto& thread : threads) thread.join();
    std::string expected;
    for (int piece = 0; piece < 40; ++piece) expected += std::to_string(piece) + ",";
    CHECK(out == expected);
}

TEST_CASE("InOrder: a waiting thread gives up once another abandons", "[backends][json]") {
    const std::function<void(std::string_view)> sink = [](std::string_view) {};
    InOrder order(sink);
    std::atomic<bool> gave_up{false};
    std::thread waiting([&] {
        try {
            order.put(1, "never");  // piece 0 never comes
        } catch (const InOrder::Abandoned&) {
            gave_up = true;
        }
    });
    order.abandon();
    waiting.join();
    CHECK(gave_up);
}
