#include "backends/json.hpp"

#include "backends/json_writer.hpp"
#include "model/metrics.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <fmt/format.h>

namespace nianbao {

namespace {

template <typename Writer>
class JsonRenderer {
public:
    JsonRenderer(Writer& w, Lang lang) : w_(w), lang_(lang) {}

    void report(const Report& r) {
        origins_ = &r.source.origins;
        w_.StartObject();
        key("schema"), string("nianbao/1");
        key("source"), source(r.source);
        key("title"), optional_string(r.title);
        key("agency"), optional_string(r.agency);
        key("year"), optional_int(r.year);
        const std::string_view layout = document_layout(r);
        key("layout"), layout.empty() ? w_.Null() : string(layout);
        key("title_span"), span(r.title_span);
        key("period_year"), optional_int(r.period_year);
        key("declared_format"), optional_string(r.declared_format);
        key("published"), published(r.published);
        key("preamble"), r.preamble_text.empty() ? w_.Null() : string(r.preamble_text);
        key("sections"), sections(r.sections);
        key("closing"), closing(r.closing);
        key("tables"), tables(r);
        key("metrics"), metrics(compute_metrics(r));
        key("diagnostics"), diagnostics(r.diagnostics);
        w_.EndObject();
    }

    void failure(const std::string& path, const std::string& reason, std::optional<std::size_t> offset) {
        w_.StartObject();
        key("schema"), string("nianbao/1");
        key("source"), w_.StartObject(), key("path"), string(path), w_.EndObject();
        key("error");
        w_.StartObject();
        key("message"), string(reason);
        key("offset"), offset ? w_.Uint64(*offset) : w_.Null();
        w_.EndObject();
        w_.EndObject();
    }

private:
    bool key(std::string_view k) { return json::key(w_, k); }
    bool string(std::string_view s) { return json::string(w_, s); }
    bool optional_string(const std::optional<std::string>& s) { return s ? string(*s) : w_.Null(); }
    bool optional_int(const std::optional<int>& i) { return i ? w_.Int(*i) : w_.Null(); }

    bool span(const Span& s) { return json::span(w_, s); }

    bool source(const SourceInfo& s) {
        w_.StartObject();
        key("path"), string(s.path);
        key("sha256"), string(s.sha256);
        key("encoding"), string(s.encoding);
        key("bytes"), w_.Uint64(s.bytes);
        key("kind"), string(s.kind);
        return w_.EndObject();
    }

    bool sections(const std::vector<Section>& list) {
        w_.StartArray();
        for (const Section& s : list) section(s);
        return w_.EndArray();
    }

    void section(const Section& s) {
        w_.StartObject();
        key("number"), w_.Int(s.number);
        key("heading"), string(s.heading);
        key("span"), span(s.span);
        key("heading_span"), span(s.heading_span);
        key("text"), string(s.text);
        w_.EndObject();
    }

    bool published(const std::optional<Published>& p) {
        if (!p) return w_.Null();
        w_.StartObject();
        key("date"), string(fmt::format("{:04}-{:02}-{:02}", p->date.year, p->date.month, p->date.day));
        key("source"), string(p->source);
        if (p->span.known()) key("span"), span(p->span);
        return w_.EndObject();
    }

    bool closing(const std::optional<Closing>& c) {
        if (!c) return w_.Null();
        w_.StartObject();
        key("agency"), optional_string(c->agency);
        key("agency_span"), span(c->agency_span);
        if (c->date) {
            key("date"), string(fmt::format("{:04}-{:02}-{:02}", c->date->year, c->date->month, c->date->day));
        } else {
            key("date"), w_.Null();
        }
        key("date_text"), string(c->date_text);
        key("date_span"), span(c->date_span);
        return w_.EndObject();
    }

    bool value(const Cell& cell) {
        if (const Number* n = cell.number())
            return w_.RawValue(n->text.data(), n->text.size(), rapidjson::kNumberType);
        return w_.Null();
    }

    bool t2(const T2Table& t) {
        w_.StartObject();
        key("layout"), string(layout_name(t.layout));
        key("span"), span(t.span);
        key("rows");
        w_.StartObject();
        for (const auto& row : t.rows) {
            const T2RowSpec* spec = find_t2_row(t.layout, row.key);
            key(row.key);
            w_.StartObject();
            for (std::size_t f = 0; f < spec->fields.size() && f < row.cells.size(); ++f) {
                const T2Field& field = spec->fields[f];
                key(field.key), value(row.cells[f]);
                if (!field.unit_key.empty()) {
                    const Number* n = row.cells[f].number();
                    key(field.unit_key), n && !n->unit.empty() ? string(n->unit) : w_.Null();
                }
            }
            w_.EndObject();
        }
        w_.EndObject();
        key("extra_rows"), extra_rows(t.extra_rows);
        return w_.EndObject();
    }

    bool t3(const T3Table& t) {
        const auto columns = t3_columns();
        w_.StartObject();
        key("layout"), string(layout_name(t.layout));
        key("span"), span(t.span);
        key("rows");
        w_.StartObject();
        for (const auto& row : t.rows) {
            key(row.key);
            w_.StartObject();
            for (std::size_t c = 0; c < columns.size(); ++c) key(columns[c].key), value(row.cells[c]);
            w_.EndObject();
        }
        w_.EndObject();
        key("extra_rows"), extra_rows(t.extra_rows);
        return w_.EndObject();
    }

    bool t4(const T4Table& t) {
        const auto specs = t4_cells();
        w_.StartObject();
        key("span"), span(t.span);
        key("cells");
        w_.StartObject();
        for (std::size_t i = 0; i < specs.size(); ++i) key(specs[i].key), value(t.cells[i]);
        w_.EndObject();
        return w_.EndObject();
    }

    bool extra_rows(const std::vector<ExtraRow>& rows) {
        w_.StartArray();
        for (const auto& row : rows) {
            w_.StartObject();
            key("label"), string(row.label);
            key("span"), span(row.span);
            key("values");
            w_.StartArray();
            for (const auto& cell : row.cells) value(cell);
            w_.EndArray();
            w_.EndObject();
        }
        return w_.EndArray();
    }

    bool tables(const Report& r) {
        w_.StartObject();
        key("T2"), r.t2 ? t2(*r.t2) : w_.Null();
        key("T3"), r.t3 ? t3(*r.t3) : w_.Null();
        key("T4"), r.t4 ? t4(*r.t4) : w_.Null();
        return w_.EndObject();
    }

    bool metrics(const Metrics& m) {
        w_.StartObject();
        for (const std::string_view name : metric_names()) {
            const auto value = metric_value(m, name);
            if (!value) {
                key(name), w_.Null();
                continue;
            }
            const std::string text = metric_text(name, *value);
            key(name), w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
        }
        return w_.EndObject();
    }

    bool diagnostics(const std::vector<Diagnostic>& list) {
        w_.StartArray();
        for (const Diagnostic& d : list) json::diagnostic(w_, d, lang_, origins_);
        return w_.EndArray();
    }

    Writer& w_;
    Lang lang_;
    const OriginMap* origins_ = nullptr;
};

// Pretty (indent 2) for one model, compact for JSON Lines.
template <typename Render>
void render_with(const JsonOptions& options, const TextSink& out, Render&& render) {
    json::PieceStream stream(out);
    if (options.pretty) {
        rapidjson::PrettyWriter<json::PieceStream> writer(stream);
        writer.SetIndent(' ', 2);
        JsonRenderer renderer(writer, options.lang);
        render(renderer);
    } else {
        rapidjson::Writer<json::PieceStream> writer(stream);
        JsonRenderer renderer(writer, options.lang);
        render(renderer);
    }
    stream.Flush();
}

std::string collect(const std::function<void(const TextSink&)>& produce) {
    std::string text;
    produce([&](std::string_view piece) { text += piece; });
    return text;
}

}  // namespace

void render_json(const Report& report, const JsonOptions& options, const TextSink& out) {
    render_with(options, out, [&](auto& renderer) { renderer.report(report); });
}

std::string render_json(const Report& report, const JsonOptions& options) {
    return collect([&](const TextSink& out) { render_json(report, options, out); });
}

std::string render_json_failure(const std::string& path, const std::string& reason,
                                std::optional<std::size_t> offset, const JsonOptions& options) {
    return collect([&](const TextSink& out) {
        render_with(options, out, [&](auto& renderer) { renderer.failure(path, reason, offset); });
    });
}

}  // namespace nianbao
