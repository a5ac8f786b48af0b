#include "backends/diagnostics.hpp"
#include "backends/json_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace nianbao {

std::string render_diagnostics_json(const std::vector<FileDiagnostics>& files, const DiagnosticsOptions& options) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    DiagnosticCounts counts;
    w.StartObject();
    json::key(w, "schema"), json::string(w, "nianbao-diagnostics/1");
    json::key(w, "files");
    w.StartArray();
    for (const auto& file : files) {
        counts.files += 1;
        counts.errors += file.failure ? 1 : 0;
        counts.add(file.diagnostics);
        w.StartObject();
        json::key(w, "path"), json::string(w, file.path);
        if (file.failure) {
            json::key(w, "error");
            w.StartObject();
            json::key(w, "message"), json::string(w, *file.failure);
            json::key(w, "offset"), file.failure_offset ? w.Uint64(*file.failure_offset) : w.Null();
            w.EndObject();
        }
        json::key(w, "diagnostics");
        w.StartArray();
        for (const auto& d : file.diagnostics) json::diagnostic(w, d, options.lang, &file.origins);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    json::key(w, "summary");
    w.StartObject();
    json::key(w, "files"), w.Uint64(counts.files);
    json::key(w, "errors"), w.Uint64(counts.errors);
    json::key(w, "warnings"), w.Uint64(counts.warnings);
    json::key(w, "infos"), w.Uint64(counts.infos);
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace nianbao
