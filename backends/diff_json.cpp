#include "backends/diff.hpp"

#include "backends/json_writer.hpp"
#include "model/metrics.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <fmt/format.h>

namespace nianbao {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void optional_int(Writer& w, std::optional<std::int64_t> v) { v ? w.Int64(*v) : w.Null(); }

// A share as the metrics write it: 6 decimal places, no trailing zeros.
void share(Writer& w, std::optional<double> v) {
    if (!v) {
        w.Null();
        return;
    }
    const std::string text = metric_text("share", *v);
    w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void report_side(Writer& w, const Report& r) {
    w.StartObject();
    json::key(w, "path"), json::string(w, r.source.path);
    json::key(w, "agency"), r.agency ? json::string(w, *r.agency) : w.Null();
    json::key(w, "year"), r.year ? w.Int(*r.year) : w.Null();
    const std::string_view layout = document_layout(r);
    json::key(w, "layout"), layout.empty() ? w.Null() : json::string(w, layout);
    w.EndObject();
}

void repetition(Writer& w, const ReportDiff& d) {
    w.StartObject();
    json::key(w, "sentences"), w.Uint64(d.overall.sentences);
    json::key(w, "repeated"), w.Uint64(d.overall.repeated);
    json::key(w, "share"), share(w, d.overall.share());
    json::key(w, "parts"), w.StartArray();
    for (const PartRepetition& p : d.parts) {
        w.StartObject();
        json::key(w, "part"), w.Int(p.part);
        json::key(w, "sentences"), w.Uint64(p.sentences);
        json::key(w, "repeated"), w.Uint64(p.repeated);
        json::key(w, "share"), share(w, p.share());
        w.EndObject();
    }
    w.EndArray();
    json::key(w, "passages"), w.StartArray();
    for (const Passage& p : d.passages) {
        w.StartObject();
        json::key(w, "part"), w.Int(p.part);
        json::key(w, "sentences"), w.Uint64(p.sentences);
        json::key(w, "text"), json::string(w, part_text(*d.new_report, p.part).substr(p.offset, p.length));
        json::key(w, "old_parts"), w.StartArray();
        for (const int part : p.old_parts) w.Int(part);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void value(Writer& w, const std::optional<CellValue>& v) {
    v ? w.RawValue(v->text.data(), v->text.size(), rapidjson::kNumberType) : w.Null();
}

void cells(Writer& w, const ReportDiff& d) {
    w.StartArray();
    for (const CellChange& c : d.cells) {
        w.StartObject();
        json::key(w, "table"), json::string(w, c.table);
        json::key(w, "row"), json::string(w, c.row);
        json::key(w, "column"), c.column.empty() ? w.Null() : json::string(w, c.column);
        json::key(w, "old"), value(w, c.old_value);
        json::key(w, "new"), value(w, c.new_value);
        json::key(w, "changed"), w.Bool(c.changed());
        json::key(w, "stands_out"), w.Bool(c.stands_out());
        w.EndObject();
    }
    w.EndArray();
}

void chains(Writer& w, const ReportDiff& d) {
    w.StartObject();
    json::key(w, "carry"), w.StartArray();
    for (const CarryLink& l : d.carry) {
        w.StartObject();
        json::key(w, "column"), json::string(w, l.column);
        json::key(w, "carried_out"), optional_int(w, l.carried_out);
        json::key(w, "carried_in"), optional_int(w, l.carried_in);
        json::key(w, "status"), json::string(w, chain_status_name(l.status));
        w.EndObject();
    }
    w.EndArray();
    json::key(w, "valid"), w.StartArray();
    for (const ValidLink& l : d.valid) {
        w.StartObject();
        json::key(w, "row"), json::string(w, l.row);
        json::key(w, "old_valid"), optional_int(w, l.old_valid);
        json::key(w, "made"), optional_int(w, l.made);
        json::key(w, "repealed"), optional_int(w, l.repealed);
        json::key(w, "expected"), optional_int(w, l.expected());
        json::key(w, "new_valid"), optional_int(w, l.new_valid);
        json::key(w, "status"), json::string(w, chain_status_name(l.status));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

std::string render_diff_json(const ReportDiff& d) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    json::key(w, "schema"), json::string(w, "nianbao-diff/1");
    json::key(w, "old"), report_side(w, *d.old_report);
    json::key(w, "new"), report_side(w, *d.new_report);
    json::key(w, "consecutive"), w.Bool(d.consecutive);
    json::key(w, "same_agency"), w.Bool(d.same_agency);
    json::key(w, "repetition"), repetition(w, d);
    json::key(w, "cells"), cells(w, d);
    json::key(w, "chains"), chains(w, d);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace nianbao
