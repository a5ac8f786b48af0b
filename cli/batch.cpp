#include "cli/batch.hpp"

#include "grammar/parse.hpp"
#include "cli/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <thread>

namespace nianbao::cli {

bool has_error(const Report& report) {
    for (const auto& d : report.diagnostics)
        if (d.severity == Severity::error) return true;
    return false;
}

unsigned default_jobs() { return std::max(1U, std::thread::hardware_concurrency()); }

std::string BatchSummary::line(Lang lang) const {
    if (lang == Lang::zh)
        return fmt::format("{} 个文件：{} 个已编译（{} 个有错误），{} 个失败，用时 {:.1f} 秒", files, compiled, with_errors,
                           failed, seconds);
    return fmt::format("{} file{}: {} compiled ({} with errors), {} failed in {:.1f} s", files, files == 1 ? "" : "s",
                       compiled, with_errors, failed, seconds);
}

namespace {

BatchResult compile_input(const Input& input) {
    BatchResult result;
    result.input = &input;
    try {
        result.compilation = compile_file(input.path, input.read);
    } catch (const InputError& e) {
        result.message = e.what();
        result.failure = e.reason();
        result.failure_offset = e.offset();
        result.exit_code = e.kind() == InputError::Kind::unreadable ? 2 : 1;
    } catch (const ParseFailure& e) {
        result.message = fmt::format("{}: byte offset {}: {}", input.path, e.offset(), e.what());
        result.failure = e.what();
        result.failure_offset = e.offset();
        result.exit_code = 1;
    }
    return result;
}

// Results in input order: workers fill slots, the consumer takes them in
// order. Workers do not run more than `window` inputs ahead of the consumer.
class OrderedResults {
public:
    OrderedResults(std::size_t count, std::size_t window) : count_(count), window_(window) {}

    // The next input a worker should compile, or nothing when all are taken
    // or the batch was cancelled.
    std::optional<std::size_t> claim() {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return cancelled_ || next_claim_ >= count_ || next_claim_ < consumed_ + window_; });
        if (cancelled_ || next_claim_ >= count_) return std::nullopt;
        return next_claim_++;
    }

    // The consumer stopped (its output failed): let the workers finish.
    void cancel() {
        {
            std::lock_guard lock(mutex_);
            cancelled_ = true;
        }
        space_.notify_all();
    }

    void put(std::size_t index, BatchResult result) {
        {
            std::lock_guard lock(mutex_);
            ready_.emplace_back(index, std::move(result));
        }
        arrived_.notify_all();
    }

    BatchResult take(std::size_t index) {
        std::unique_lock lock(mutex_);
        std::deque<std::pair<std::size_t, BatchResult>>::iterator it;
        arrived_.wait(lock, [&] {
            it = std::find_if(ready_.begin(), ready_.end(), [&](const auto& r) { return r.first == index; });
            return it != ready_.end();
        });
        BatchResult result = std::move(it->second);
        ready_.erase(it);
        consumed_ = index + 1;
        space_.notify_all();
        return result;
    }

private:
    std::size_t count_;
    std::size_t window_;
    std::size_t next_claim_ = 0;
    std::size_t consumed_ = 0;
    bool cancelled_ = false;
    std::deque<std::pair<std::size_t, BatchResult>> ready_;
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::condition_variable space_;
};

void tally(BatchSummary& summary, const BatchResult& result) {
    ++summary.files;
    if (!result.compiled()) {
        ++summary.failed;
        return;
    }
    ++summary.compiled;
    if (has_error(result.compilation->report)) ++summary.with_errors;
}

}  // namespace

BatchSummary run_batch(const std::vector<Input>& inputs, const BatchOptions& options,
                       const std::function<void(BatchResult&)>& consume) {
    const auto start = std::chrono::steady_clock::now();
    const unsigned jobs = std::max(1U, std::min<unsigned>(options.jobs, static_cast<unsigned>(inputs.size())));
    ProgressBar progress(inputs.size(), options.progress);
    BatchSummary summary;

    const auto deliver = [&](BatchResult& result) {
        if (!result.message.empty()) {
            progress.clear();
            std::cerr << "nianbao: error: " << result.message << '\n';
        }
        tally(summary, result);
        consume(result);
        progress.advance();
    };

    if (jobs == 1) {
        for (const auto& input : inputs) {
            BatchResult result = compile_input(input);
            deliver(result);
        }
    } else {
        OrderedResults results(inputs.size(), 4 * static_cast<std::size_t>(jobs));
        std::vector<std::jthread> workers;
        for (unsigned w = 0; w < jobs; ++w)
            workers.emplace_back([&] {
                while (const auto index = results.claim()) results.put(*index, compile_input(inputs[*index]));
            });
        try {
            for (std::size_t i = 0; i < inputs.size(); ++i) {
                BatchResult result = results.take(i);
                deliver(result);
            }
        } catch (...) {
            results.cancel();
            throw;
        }
    }
    progress.finish();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

}  // namespace nianbao::cli
