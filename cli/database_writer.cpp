#include "cli/database_writer.hpp"

namespace nianbao::cli {

namespace {

// Reports waiting for the database: a few, so that memory stays flat.
constexpr std::size_t queue_limit = 16;

}  // namespace

DatabaseWriter::DatabaseWriter(const std::string& path) : database_(path), thread_([this] { run(); }) {}

DatabaseWriter::~DatabaseWriter() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
        queue_.clear();
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void DatabaseWriter::rethrow() {
    if (failure_) std::rethrow_exception(failure_);
}

void DatabaseWriter::add(ReportRows rows) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || queue_.size() < queue_limit; });
    rethrow();
    queue_.push_back(std::move(rows));
    lock.unlock();
    changed_.notify_all();
}

void DatabaseWriter::finish() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return failure_ || queue_.empty(); });
        closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
    rethrow();
    database_.commit();
}

void DatabaseWriter::run() {
    for (;;) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;  // closing, all written
        // Taken off the queue before it is written: the destructor may empty
        // the queue meanwhile, and finish() then waits in join() for this one.
        const ReportRows rows = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        changed_.notify_all();
        try {
            database_.add(rows);
        } catch (...) {
            lock.lock();
            failure_ = std::current_exception();
            queue_.clear();
            changed_.notify_all();
            return;
        }
    }
}

}  // namespace nianbao::cli
