// SARIF 2.1.0 (OASIS): one run, every rule of the catalogue in
// tool.driver.rules, one result per diagnostic, notes as related locations.
// Columns count Unicode code points, as the model's spans do.
#include "backends/diagnostics.hpp"
#include "backends/json_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <fmt/format.h>

#include <map>

namespace nianbao {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
using json::key;
using json::string;

bool unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

// A path as a URI reference: relative paths stay relative (code-scanning
// services resolve them against the repository), absolute ones become file URIs.
std::string path_uri(std::string_view path) {
    std::string uri = path.starts_with('/') ? "file://" : "";
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        uri += unreserved(c) ? std::string(1, ch) : fmt::format("%{:02X}", c);
    }
    return uri;
}

std::string_view level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "note";
    }
    return "none";
}

void text_object(Writer& w, std::string_view text) {
    w.StartObject();
    key(w, "text"), string(w, text);
    w.EndObject();
}

void artifact_location(Writer& w, const std::string& uri, std::size_t artifact) {
    key(w, "artifactLocation");
    w.StartObject();
    key(w, "uri"), string(w, uri);
    key(w, "index"), w.Uint64(artifact);
    w.EndObject();
}

// A span of the file itself (plain text): lines, columns and bytes.
void text_region(Writer& w, const Span& span) {
    key(w, "region");
    w.StartObject();
    key(w, "startLine"), w.Uint64(span.line);
    key(w, "startColumn"), w.Uint64(span.column);
    key(w, "endLine"), w.Uint64(span.end_line);
    key(w, "endColumn"), w.Uint64(span.end_column);
    key(w, "byteOffset"), w.Uint64(span.offset);
    key(w, "byteLength"), w.Uint64(span.length);
    w.EndObject();
}

// Where a .docx paragraph or cell, or a PDF page, is: these files have no
// lines, so the place is a logical location (SARIF §3.33), named the way the
// text output names it, with the numbers as properties for scripts.
void logical_location(Writer& w, const Origin& o) {
    key(w, "logicalLocations");
    w.StartArray();
    w.StartObject();
    const bool cell = o.table != 0;
    const bool paragraph = !cell && o.paragraph != 0;
    const std::string name = cell        ? fmt::format("table {}, row {}, cell {}", o.table, o.row, o.cell)
                             : paragraph ? fmt::format("paragraph {}", o.paragraph)
                                         : fmt::format("page {}", o.page);
    key(w, "name"), string(w, name);
    key(w, "kind"), string(w, cell || paragraph ? "element" : "resource");
    key(w, "properties");
    w.StartObject();
    if (cell) key(w, "table"), w.Uint64(o.table), key(w, "row"), w.Uint64(o.row), key(w, "cell"), w.Uint64(o.cell);
    if (paragraph) key(w, "paragraph"), w.Uint64(o.paragraph);
    if (!cell && !paragraph) key(w, "page"), w.Uint64(o.page);
    w.EndObject();
    w.EndObject();
    w.EndArray();
}

// The members of a SARIF location for `span`: the place in the file the user
// has. For a web page the region is the HTML source's line and column (where
// the text of the element starts); for .docx and PDF the artifact and a
// logical location; for plain text the span itself.
void place(Writer& w, const std::string& uri, std::size_t artifact, const Span& span, const OriginMap& origins) {
    Origin origin;  // all zero: none
    if (span.known() && !origins.empty())
        if (const auto found = origins.at(span.offset)) origin = *found;
    key(w, "physicalLocation");
    w.StartObject();
    artifact_location(w, uri, artifact);
    if (origin.line != 0) {
        key(w, "region");
        w.StartObject();
        key(w, "startLine"), w.Uint64(origin.line);
        key(w, "startColumn"), w.Uint64(origin.column);
        w.EndObject();
    } else if (span.known() && origins.empty()) {
        text_region(w, span);
    }
    w.EndObject();
    if (origin.line == 0 && (origin.table != 0 || origin.paragraph != 0 || origin.page != 0)) logical_location(w, origin);
}

void rule_descriptor(Writer& w, const RuleDef& rule, Lang lang) {
    w.StartObject();
    key(w, "id"), string(w, rule.id);
    key(w, "shortDescription"), text_object(w, lang == Lang::en ? rule.summary_en : rule.summary_zh);
    key(w, "fullDescription"), text_object(w, fmt::format("{} / {}", rule.summary_zh, rule.summary_en));
    key(w, "defaultConfiguration");
    w.StartObject();
    key(w, "level"), string(w, level(rule.severity));
    w.EndObject();
    key(w, "properties");
    w.StartObject();
    key(w, "strictError"), w.Bool(rule.strict_error);
    w.EndObject();
    w.EndObject();
}

void result(Writer& w, const Diagnostic& d, const std::map<std::string_view, std::size_t>& rule_index,
            const std::string& uri, std::size_t artifact, const OriginMap& origins, Lang lang) {
    w.StartObject();
    key(w, "ruleId"), string(w, d.rule);
    if (const auto it = rule_index.find(d.rule); it != rule_index.end()) key(w, "ruleIndex"), w.Uint64(it->second);
    key(w, "level"), string(w, level(d.severity));
    key(w, "message"), text_object(w, d.message.in(lang));
    key(w, "locations");
    w.StartArray();
    w.StartObject();
    place(w, uri, artifact, d.span, origins);
    w.EndObject();
    w.EndArray();
    if (!d.notes.empty()) {
        key(w, "relatedLocations");
        w.StartArray();
        for (std::size_t i = 0; i < d.notes.size(); ++i) {
            const Note& note = d.notes[i];
            w.StartObject();
            key(w, "id"), w.Uint64(i);
            if (note.span && note.span->known()) place(w, uri, artifact, *note.span, origins);
            key(w, "message"), text_object(w, note.message.in(lang));
            w.EndObject();
        }
        w.EndArray();
    }
    w.EndObject();
}

}  // namespace

std::string render_diagnostics_sarif(const std::vector<FileDiagnostics>& files, std::span<const RuleDef* const> rules,
                                     const DiagnosticsOptions& options) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    std::map<std::string_view, std::size_t> rule_index;
    for (std::size_t i = 0; i < rules.size(); ++i) rule_index.emplace(rules[i]->id, i);

    w.StartObject();
    key(w, "$schema"), string(w, "https://json.schemastore.org/sarif-2.1.0.json");
    key(w, "version"), string(w, "2.1.0");
    key(w, "runs");
    w.StartArray();
    w.StartObject();
    key(w, "tool");
    w.StartObject();
    key(w, "driver");
    w.StartObject();
    key(w, "name"), string(w, "nianbao");
    key(w, "version"), string(w, options.tool_version);
    key(w, "semanticVersion"), string(w, options.tool_version);
    key(w, "rules");
    w.StartArray();
    for (const RuleDef* rule : rules) rule_descriptor(w, *rule, options.lang);
    w.EndArray();
    w.EndObject();
    w.EndObject();

    key(w, "invocations");
    w.StartArray();
    w.StartObject();
    bool all_compiled = true;
    for (const auto& file : files) all_compiled = all_compiled && !file.failure;
    key(w, "executionSuccessful"), w.Bool(all_compiled);
    key(w, "toolExecutionNotifications");
    w.StartArray();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].failure) continue;
        w.StartObject();
        key(w, "level"), string(w, "error");
        const std::string where = files[i].failure_offset ? fmt::format(" (byte offset {})", *files[i].failure_offset) : "";
        key(w, "message"), text_object(w, fmt::format("{}: {}{}", files[i].path, *files[i].failure, where));
        key(w, "locations");
        w.StartArray();
        w.StartObject();
        key(w, "physicalLocation");
        w.StartObject();
        artifact_location(w, path_uri(files[i].path), i);
        w.EndObject();
        w.EndObject();
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.EndArray();

    key(w, "columnKind"), string(w, "unicodeCodePoints");
    key(w, "artifacts");
    w.StartArray();
    for (const auto& file : files) {
        w.StartObject();
        key(w, "location");
        w.StartObject();
        key(w, "uri"), string(w, path_uri(file.path));
        w.EndObject();
        key(w, "encoding"), string(w, "utf-8");
        w.EndObject();
    }
    w.EndArray();

    key(w, "results");
    w.StartArray();
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string uri = path_uri(files[i].path);
        for (const auto& d : files[i].diagnostics) result(w, d, rule_index, uri, i, files[i].origins, options.lang);
    }
    w.EndArray();
    w.EndObject();
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace nianbao
