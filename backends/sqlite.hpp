// SQLite backend (docs/database.md): one database for a batch, grown over
// runs. Each report replaces the rows of an earlier report of the same
// path and leaves the others, so re-running over part of a corpus updates
// that part. Everything of one run is one transaction: an interrupted run
// leaves the database as it was.
#pragma once

#include "model/model.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace nianbao {

class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What the database keeps of one report, taken from its model: plain values,
// so that a report can be written after its model is gone (on another
// thread, while the next report compiles).
struct ReportRows {
    std::string path, sha256, kind, encoding, title, agency, layout, published, published_source, signed_on, failure;
    std::int64_t bytes = 0;
    std::optional<std::int64_t> year;
    std::int64_t errors = 0, warnings = 0, infos = 0;
    struct CellRow {
        std::string_view table, row, column;  // the layout's keys: static
        std::optional<std::int64_t> count;     // a count, or
        std::optional<double> amount;          // an amount; neither: null
    };
    std::vector<CellRow> cells;
    std::optional<std::int64_t> applications_handled;
    std::vector<std::optional<double>> shares;  // the other metrics, in metric_names() order
    struct FindingRow {
        std::string_view rule, severity;
        std::optional<std::int64_t> line, column;
        std::string message;
    };
    std::vector<FindingRow> findings;
};

[[nodiscard]] ReportRows report_rows(const Report& report, Lang lang);
// An input that could not be compiled: its row in `reports`, with `failure`.
[[nodiscard]] ReportRows failure_rows(const std::string& path, const std::string& reason);

class SqliteDatabase {
public:
    // Opens (or creates) the database and its tables; throws SqliteError.
    explicit SqliteDatabase(const std::string& path);
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    ~SqliteDatabase();  // rolls back what was not committed

    // Replaces the rows of an earlier report of the same path.
    void add(const ReportRows& rows);
    void commit();

private:
    void load_keys();
    void remove(const std::string& path);
    void write_cells(std::int64_t id, const std::vector<ReportRows::CellRow>& cells);
    [[nodiscard]] std::int64_t key_id(std::string_view table, std::string_view row, std::string_view column);

    struct Statements;
    sqlite3* db_ = nullptr;
    std::unique_ptr<Statements> statements_;
    bool committed_ = false;
    std::unordered_map<std::string, std::int64_t> keys_;  // `T3.NEW.SUM` → cell_keys.id
    std::string key_name_;                                // reused for the look-ups
};

}  // namespace nianbao
