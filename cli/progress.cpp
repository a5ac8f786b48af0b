#include "cli/progress.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <cstdio>

namespace nianbao::cli {

namespace {
constexpr int bar_width = 30;
constexpr auto redraw_interval = std::chrono::milliseconds(100);
}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 1), start_(std::chrono::steady_clock::now()) {}

void ProgressBar::advance() {
    ++done_;
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_draw_ < redraw_interval && done_ < total_) return;
    last_draw_ = now;
    draw();
}

void ProgressBar::draw() {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
    const auto filled = static_cast<int>(bar_width * done_ / total_);
    std::string eta = "--:--";
    if (rate > 0) {
        const auto left = static_cast<long>(static_cast<double>(total_ - done_) / rate + 0.5);
        eta = fmt::format("{}:{:02}", left / 60, left % 60);
    }
    fmt::print(stderr, "\r[{:#<{}}{:.<{}}] {}/{} files  {:.1f} files/s  ETA {}\x1b[K", "", filled, "",
               bar_width - filled, done_, total_, rate, eta);
    std::fflush(stderr);
    shown_ = true;
}

void ProgressBar::clear() {
    if (!shown_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    shown_ = false;
}

void ProgressBar::finish() {
    clear();
    enabled_ = false;
}

}  // namespace nianbao::cli
