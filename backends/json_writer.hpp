// Writing the parts of the model that several JSON backends share (spans and
// diagnostics, OUTPUT.md §2), with any RapidJSON writer.
#pragma once

#include "model/diagnostic.hpp"

#include <string_view>

namespace nianbao::json {

template <typename Writer>
bool key(Writer& w, std::string_view k) {
    return w.Key(k.data(), static_cast<unsigned>(k.size()));
}

template <typename Writer>
bool string(Writer& w, std::string_view s) {
    return w.String(s.data(), static_cast<unsigned>(s.size()));
}

template <typename Writer>
bool span(Writer& w, const Span& s) {
    if (!s.known()) return w.Null();
    w.StartObject();
    key(w, "line"), w.Uint64(s.line);
    key(w, "column"), w.Uint64(s.column);
    key(w, "end_line"), w.Uint64(s.end_line);
    key(w, "end_column"), w.Uint64(s.end_column);
    key(w, "offset"), w.Uint64(s.offset);
    key(w, "length"), w.Uint64(s.length);
    return w.EndObject();
}

template <typename Writer>
bool diagnostic(Writer& w, const Diagnostic& d, Lang lang) {
    w.StartObject();
    key(w, "rule"), string(w, d.rule);
    key(w, "severity"), string(w, severity_name(d.severity));
    key(w, "message"), string(w, d.message.in(lang));
    key(w, "span"), span(w, d.span);
    key(w, "notes");
    w.StartArray();
    for (const auto& note : d.notes) {
        w.StartObject();
        key(w, "message"), string(w, note.message.in(lang));
        key(w, "span"), note.span ? span(w, *note.span) : w.Null();
        w.EndObject();
    }
    w.EndArray();
    return w.EndObject();
}

}  // namespace nianbao::json
