// Writing the parts of the model that every JSON output shares (spans,
// origins and diagnostics, OUTPUT.md §2), with any RapidJSON writer; and the
// stream that hands a writer's text on in pieces.
#pragma once

#include "input/origin.hpp"
#include "model/diagnostic.hpp"

#include <rapidjson/rapidjson.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace nianbao::json {

template <typename Writer>
bool key(Writer& w, std::string_view k) {
    return w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

template <typename Writer>
bool string(Writer& w, std::string_view s) {
    return w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
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

// `"origin"` beside a span, for inputs whose decoded text is not the file
// itself (web page, .docx, PDF): see input/origin.hpp. Nothing without one.
template <typename Writer>
void origin(Writer& w, const OriginMap* origins, const Span& s) {
    if (!origins || origins->empty() || !s.known()) return;
    const std::optional<Origin> found = origins->at(s.offset);
    if (!found) return;
    key(w, "origin");
    w.StartObject();
    const auto field = [&](std::string_view name, std::size_t value) {
        if (value != 0) key(w, name), w.Uint64(value);
    };
    field("line", found->line);
    field("column", found->column);
    field("paragraph", found->paragraph);
    field("table", found->table);
    field("row", found->row);
    field("cell", found->cell);
    field("page", found->page);
    w.EndObject();
}

// A diagnostic with its notes; with `origins`, each span's origin beside it.
template <typename Writer>
bool diagnostic(Writer& w, const Diagnostic& d, Lang lang, const OriginMap* origins = nullptr) {
    w.StartObject();
    key(w, "rule"), string(w, d.rule);
    key(w, "severity"), string(w, severity_name(d.severity));
    key(w, "message"), string(w, d.message.in(lang));
    key(w, "span"), span(w, d.span);
    origin(w, origins, d.span);
    key(w, "notes");
    w.StartArray();
    for (const auto& note : d.notes) {
        w.StartObject();
        key(w, "message"), string(w, note.message.in(lang));
        key(w, "span"), note.span ? span(w, *note.span) : w.Null();
        if (note.span) origin(w, origins, *note.span);
        w.EndObject();
    }
    w.EndArray();
    return w.EndObject();
}

// A RapidJSON output stream that hands its text to `out` in pieces of about
// `piece` bytes, so that a large model never sits in memory as text.
class PieceStream {
public:
    using Ch = char;
    explicit PieceStream(std::function<void(std::string_view)> out, std::size_t piece = 64 * 1024)
        : out_(std::move(out)), piece_(piece) {
        text_.reserve(piece_);
    }
    void Put(char c) {
        text_.push_back(c);
        if (text_.size() >= piece_) Flush();
    }
    void Flush() {
        if (text_.empty()) return;
        out_(text_);
        text_.clear();
    }

private:
    std::function<void(std::string_view)> out_;
    std::size_t piece_;
    std::string text_;
};

}  // namespace nianbao::json
