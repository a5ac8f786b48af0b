// CSV backend (OUTPUT.md §3): RFC 4180, UTF-8 with a byte-order mark, one
// row per report in the fixed column set, or the tidy long form.
#pragma once

#include "model/model.hpp"

#include <string>
#include <vector>

namespace nianbao {

struct CsvOptions {
    bool long_form = false;  // `path, table, row, column, value`
};

// The byte-order mark and the header row; written once per output.
[[nodiscard]] std::string csv_header(const CsvOptions& options);

// The report's row (wide) or rows (long), each ending in CRLF.
[[nodiscard]] std::string render_csv(const Report& report, const CsvOptions& options);

// The row of an input that could not be compiled: its path and why, in the
// `failure` column (wide) or as a `FAILURE` record (long).
[[nodiscard]] std::string render_csv_failure(const std::string& path, const std::string& reason,
                                             const CsvOptions& options);

// The wide column names in order: path, agency, year, layout, errors,
// warnings, every F2021 cell in the order of docs/tables.md, the F2019-only cells, failure.
[[nodiscard]] const std::vector<std::string>& csv_columns();

}  // namespace nianbao
