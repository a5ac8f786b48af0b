// The three fixed tables drawn in the official template geometry
// (docs/tables.md#t2: T2 blocks, #t3: T3 header and grouped row labels, §4 T4
// two-level header), each in the layout of the table itself (F2019/F2021),
// and the raw grid of a table that matched none of them.
#pragma once

#include "model/model.hpp"
#include "backends/html_overlay.hpp"
#include "backends/html_writer.hpp"

namespace nianbao::html {

void write_t2(Writer& out, const T2Table& table, Overlay& overlay);
void write_t3(Writer& out, const T3Table& table, Overlay& overlay);
void write_t4(Writer& out, const T4Table& table, Overlay& overlay);
void write_unrecognised(Writer& out, const TableRef& table, Overlay& overlay);

}  // namespace nianbao::html
