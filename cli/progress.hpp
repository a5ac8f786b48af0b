// A one-line progress bar on standard error for batches: files done / total,
// rate and time left. Drawn only when enabled (a terminal, no --quiet), and
// redrawn at most ten times a second so it costs nothing measurable.
#pragma once

#include <chrono>
#include <cstddef>

namespace nianbao::cli {

class ProgressBar {
public:
    ProgressBar(std::size_t total, bool enabled);

    void advance();  // one more input done
    void clear();    // erase the bar before another line is written to standard error
    void finish();   // erase the bar for good

private:
    void draw();

    std::size_t total_;
    std::size_t done_ = 0;
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

// True when standard error is a terminal.
[[nodiscard]] bool stderr_is_terminal();

}  // namespace nianbao::cli
