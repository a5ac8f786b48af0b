// `compile --to sqlite`: the database is written on a thread of its own, so
// that writing one report overlaps compiling the next. Reports are written
// in the order they are added; a failure of the database is thrown from the
// next add() or from finish().
#pragma once

#include "backends/sqlite.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

namespace nianbao::cli {

class DatabaseWriter {
public:
    explicit DatabaseWriter(const std::string& path);  // opens the database here; throws SqliteError
    DatabaseWriter(const DatabaseWriter&) = delete;
    DatabaseWriter& operator=(const DatabaseWriter&) = delete;
    ~DatabaseWriter();  // without finish(): stops, and the database keeps its old rows

    void add(ReportRows rows);
    // Writes what is queued and commits; throws SqliteError.
    void finish();

private:
    void run();
    void rethrow();

    SqliteDatabase database_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<ReportRows> queue_;
    bool closing_ = false;
    std::exception_ptr failure_;
    std::thread thread_;
};

}  // namespace nianbao::cli
