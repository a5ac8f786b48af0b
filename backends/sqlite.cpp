#include "backends/sqlite.hpp"

#include "model/each_cell.hpp"
#include "model/metrics.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

#include <array>
#include <cstdlib>

namespace nianbao {

namespace {

// The tables of docs/database.md. `cells` is the long form of every value
// cell of every report (null where the model has null), keyed like the CSV;
// stored as (report, key number, value) with the keys in `cell_keys`, since
// a batch has some 225 cells per report and integer keys keep writing them
// cheap.
constexpr const char* schema_sql = R"sql(
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT, kind TEXT, encoding TEXT, bytes INTEGER,
    title TEXT, agency TEXT, year INTEGER, layout TEXT,
    published TEXT, published_source TEXT, signed TEXT,
    errors INTEGER, warnings INTEGER, infos INTEGER,
    failure TEXT
);
CREATE INDEX IF NOT EXISTS reports_agency_year ON reports (agency, year);
CREATE INDEX IF NOT EXISTS reports_year ON reports (year);
CREATE TABLE IF NOT EXISTS cell_keys (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL, row_key TEXT NOT NULL, col_key TEXT NOT NULL,
    UNIQUE (tbl, row_key, col_key)
);
CREATE TABLE IF NOT EXISTS cell_values (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL,
    value NUMERIC,
    PRIMARY KEY (report_id, key_id)
) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS cells AS
    SELECT v.report_id, k.tbl, k.row_key, k.col_key, v.value
    FROM cell_values v JOIN cell_keys k ON k.id = v.key_id;
CREATE TABLE IF NOT EXISTS metrics (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    applications_handled INTEGER, share_granted REAL, share_granted_full_or_part REAL,
    share_refused REAL, share_not_held REAL, review_correction_rate REAL, suit_correction_rate REAL
);
CREATE TABLE IF NOT EXISTS findings (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    rule TEXT NOT NULL, severity TEXT NOT NULL, line INTEGER, col INTEGER, message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule, severity);
CREATE INDEX IF NOT EXISTS findings_report ON findings (report_id);
)sql";

constexpr std::size_t cells_per_insert = 32;

}  // namespace

// Prepared once, reused for every report.
struct SqliteDatabase::Statements {
    std::array<sqlite3_stmt*, 4> remove{};
    sqlite3_stmt* report = nullptr;
    sqlite3_stmt* cell = nullptr;
    sqlite3_stmt* cells = nullptr;  // cells_per_insert rows
    sqlite3_stmt* key = nullptr;
    sqlite3_stmt* metrics = nullptr;
    sqlite3_stmt* finding = nullptr;

    ~Statements() {
        for (sqlite3_stmt* s : remove) sqlite3_finalize(s);
        for (sqlite3_stmt* s : {report, cell, cells, key, metrics, finding}) sqlite3_finalize(s);
    }
};

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw SqliteError(fmt::format("{}: {}", what, db ? sqlite3_errmsg(db) : "out of memory"));
}

void exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, "database");
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(db, "database");
    return statement;
}

// Binds, in order from 1, texts (empty: NULL) and integers.
class Binder {
public:
    Binder(sqlite3* db, sqlite3_stmt* s) : db_(db), s_(s) { sqlite3_reset(s_); }
    Binder& text(std::string_view v) {
        v.empty() ? sqlite3_bind_null(s_, ++i_) : sqlite3_bind_text(s_, ++i_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Binder& integer(std::optional<std::int64_t> v) {
        v ? sqlite3_bind_int64(s_, ++i_, *v) : sqlite3_bind_null(s_, ++i_);
        return *this;
    }
    Binder& real(std::optional<double> v) {
        v ? sqlite3_bind_double(s_, ++i_, *v) : sqlite3_bind_null(s_, ++i_);
        return *this;
    }
    void run() {
        if (sqlite3_step(s_) != SQLITE_DONE) fail(db_, "database");
    }

private:
    sqlite3* db_;
    sqlite3_stmt* s_;
    int i_ = 0;
};

std::string date_text(const std::optional<Date>& d) {
    return d ? fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day) : std::string();
}

std::string date_text(const Date& d) { return date_text(std::optional<Date>(d)); }

std::int64_t count(const Report& r, Severity severity) {
    std::int64_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity == severity ? 1 : 0;
    return n;
}

// A count of a compiled input; NULL for one that failed.
std::optional<std::int64_t> known(const ReportRows& r, std::int64_t value) {
    return r.failure.empty() ? std::optional<std::int64_t>(value) : std::nullopt;
}

// A metric as the other outputs print it (6 decimal places), as a number.
std::optional<double> rounded(const Metrics& m, std::string_view name) {
    const auto value = metric_value(m, name);
    if (!value) return std::nullopt;
    return std::strtod(metric_text(name, *value).c_str(), nullptr);
}

}  // namespace

ReportRows report_rows(const Report& r, Lang lang) {
    ReportRows rows;
    rows.path = r.source.path;
    rows.sha256 = r.source.sha256;
    rows.kind = r.source.kind;
    rows.encoding = r.source.encoding;
    rows.bytes = static_cast<std::int64_t>(r.source.bytes);
    rows.title = r.title.value_or("");
    rows.agency = r.agency.value_or("");
    if (r.year) rows.year = *r.year;
    rows.layout = std::string(document_layout(r));
    if (r.published) {
        rows.published = date_text(r.published->date);
        rows.published_source = r.published->source;
    }
    if (r.closing) rows.signed_on = date_text(r.closing->date);
    rows.errors = count(r, Severity::error);
    rows.warnings = count(r, Severity::warning);
    rows.infos = count(r, Severity::info);
    for_each_value_cell(r, [&](std::string_view table, std::string_view row, std::string_view column, const Cell& cell) {
        ReportRows::CellRow c{table, row, column, std::nullopt, std::nullopt};
        if (const Number* n = cell.number()) {
            if (n->scale == 0) c.count = n->scaled;
            else c.amount = std::strtod(n->text.c_str(), nullptr);
        }
        rows.cells.push_back(c);
    });
    const Metrics m = compute_metrics(r);
    rows.applications_handled = m.applications_handled;
    for (const std::string_view name : metric_names().subspan(1)) rows.shares.push_back(rounded(m, name));
    for (const Diagnostic& d : r.diagnostics)
        rows.findings.push_back({d.rule, severity_name(d.severity),
                                 d.span.line ? std::optional<std::int64_t>(d.span.line) : std::nullopt,
                                 d.span.column ? std::optional<std::int64_t>(d.span.column) : std::nullopt,
                                 d.message.in(lang)});
    return rows;
}

ReportRows failure_rows(const std::string& path, const std::string& reason) {
    ReportRows rows;
    rows.path = path;
    rows.failure = reason;
    return rows;
}

SqliteDatabase::SqliteDatabase(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(fmt::format("{}: {}", path, reason));
    }
    try {
        // One transaction for the run; the rollback journal keeps the old
        // database for an interrupted run. Not synced to disk page by page: a
        // run is repeated rather than recovered after a power loss.
        exec(db_, "PRAGMA synchronous = OFF");
        exec(db_, "PRAGMA cache_size = -65536");
        exec(db_, schema_sql);
        exec(db_, "BEGIN");
        statements_ = std::make_unique<Statements>();
        // The rows of an earlier report of the same path, children first. Not
        // by ON DELETE CASCADE: enforcing the foreign keys costs a look-up per
        // cell written.
        statements_->remove = {
            prepare(db_, "DELETE FROM cell_values WHERE report_id IN (SELECT id FROM reports WHERE path = ?)"),
            prepare(db_, "DELETE FROM metrics WHERE report_id IN (SELECT id FROM reports WHERE path = ?)"),
            prepare(db_, "DELETE FROM findings WHERE report_id IN (SELECT id FROM reports WHERE path = ?)"),
            prepare(db_, "DELETE FROM reports WHERE path = ?")};
        statements_->report = prepare(db_,
            "INSERT INTO reports (path, sha256, kind, encoding, bytes, title, agency, year, layout, published, "
            "published_source, signed, errors, warnings, infos, failure) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        statements_->cell = prepare(db_, "INSERT INTO cell_values VALUES (?,?,?)");
        std::string many = "INSERT INTO cell_values VALUES (?,?,?)";
        for (std::size_t k = 1; k < cells_per_insert; ++k) many += ",(?,?,?)";
        statements_->cells = prepare(db_, many.c_str());
        statements_->key = prepare(db_, "INSERT OR IGNORE INTO cell_keys (tbl, row_key, col_key) VALUES (?,?,?)");
        load_keys();
        statements_->metrics = prepare(db_, "INSERT INTO metrics VALUES (?,?,?,?,?,?,?,?)");
        statements_->finding = prepare(db_, "INSERT INTO findings VALUES (?,?,?,?,?,?)");
    } catch (...) {
        statements_.reset();
        sqlite3_close(db_);
        throw;
    }
}

SqliteDatabase::~SqliteDatabase() {
    if (!committed_ && db_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    statements_.reset();
    sqlite3_close(db_);
}

void SqliteDatabase::remove(const std::string& path) {
    for (sqlite3_stmt* s : statements_->remove) Binder(db_, s).text(path).run();
}

void SqliteDatabase::add(const ReportRows& r) {
    remove(r.path);
    Binder(db_, statements_->report)
        .text(r.path).text(r.sha256).text(r.kind).text(r.encoding).integer(known(r, r.bytes))
        .text(r.title).text(r.agency).integer(r.year).text(r.layout)
        .text(r.published).text(r.published_source).text(r.signed_on)
        .integer(known(r, r.errors)).integer(known(r, r.warnings)).integer(known(r, r.infos)).text(r.failure)
        .run();
    if (!r.failure.empty()) return;
    const std::int64_t id = sqlite3_last_insert_rowid(db_);
    write_cells(id, r.cells);
    Binder metrics(db_, statements_->metrics);
    metrics.integer(id).integer(r.applications_handled);
    for (const auto& share : r.shares) metrics.real(share);
    metrics.run();
    for (const auto& f : r.findings)
        Binder(db_, statements_->finding).integer(id).text(f.rule).text(f.severity).integer(f.line).integer(f.column)
            .text(f.message).run();
}

// The cells in statements of cells_per_insert rows each, the rest one by
// one: a statement per row would cost more than the rows themselves.
void SqliteDatabase::write_cells(std::int64_t id, const std::vector<ReportRows::CellRow>& cells) {
    std::size_t i = 0;
    const auto bind = [&](sqlite3_stmt* s, int at, const ReportRows::CellRow& c) {
        sqlite3_bind_int64(s, at, id);
        sqlite3_bind_int64(s, at + 1, key_id(c.table, c.row, c.column));
        if (c.count) sqlite3_bind_int64(s, at + 2, *c.count);
        else if (c.amount) sqlite3_bind_double(s, at + 2, *c.amount);
        else sqlite3_bind_null(s, at + 2);
    };
    for (; i + cells_per_insert <= cells.size(); i += cells_per_insert) {
        sqlite3_stmt* s = statements_->cells;
        sqlite3_reset(s);
        for (std::size_t k = 0; k < cells_per_insert; ++k) bind(s, static_cast<int>(3 * k + 1), cells[i + k]);
        if (sqlite3_step(s) != SQLITE_DONE) fail(db_, "database");
    }
    for (; i < cells.size(); ++i) {
        sqlite3_stmt* s = statements_->cell;
        sqlite3_reset(s);
        bind(s, 1, cells[i]);
        if (sqlite3_step(s) != SQLITE_DONE) fail(db_, "database");
    }
}

// The key numbers of every cell of both layouts, created on first use of the
// database and read back after.
void SqliteDatabase::load_keys() {
    Report all;
    for (const Layout layout : {Layout::F2021, Layout::F2019}) {
        all.t2.emplace();
        all.t2->layout = layout;
        for (const auto& spec : t2_rows(layout)) all.t2->rows.push_back({spec.key, {}, {}, std::vector<Cell>(spec.fields.size())});
        all.t3.emplace();
        all.t3->layout = layout;
        for (const auto& spec : t3_rows(layout)) all.t3->rows.push_back({spec.key, {}, {}, false, {}});
        all.t4.emplace();
        for_each_value_cell(all, [&](std::string_view table, std::string_view row, std::string_view column, const Cell&) {
            sqlite3_stmt* s = statements_->key;
            sqlite3_reset(s);
            sqlite3_bind_text(s, 1, table.data(), static_cast<int>(table.size()), SQLITE_STATIC);
            sqlite3_bind_text(s, 2, row.data(), static_cast<int>(row.size()), SQLITE_STATIC);
            sqlite3_bind_text(s, 3, column.empty() ? "" : column.data(), static_cast<int>(column.size()), SQLITE_STATIC);
            if (sqlite3_step(s) != SQLITE_DONE) fail(db_, "database");
        });
    }
    sqlite3_stmt* read = prepare(db_, "SELECT id, tbl, row_key, col_key FROM cell_keys");
    while (sqlite3_step(read) == SQLITE_ROW) {
        const auto text = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(read, i))); };
        keys_[text(1) + '.' + text(2) + '.' + text(3)] = sqlite3_column_int64(read, 0);
    }
    sqlite3_finalize(read);
}

std::int64_t SqliteDatabase::key_id(std::string_view table, std::string_view row, std::string_view column) {
    std::string& name = key_name_;
    name.assign(table).append(".").append(row).append(".").append(column);
    const auto it = keys_.find(name);
    if (it == keys_.end()) throw SqliteError(fmt::format("database: no cell key {}", name));
    return it->second;
}

void SqliteDatabase::commit() {
    exec(db_, "COMMIT");
    committed_ = true;
}

}  // namespace nianbao
