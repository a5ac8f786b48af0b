#include "backends/json.hpp"

#include "backends/in_order.hpp"
#include "backends/json_output.hpp"

#include <fmt/format.h>

#include <exception>
#include <future>

namespace nianbao {

namespace {

// The output is handed on between sections and diagnostics once a chunk has
// gathered, so memory stays bounded by the largest of them.
constexpr std::size_t flush_bytes = 64 * 1024;
// Elements of a long array rendered in one piece by one thread (a few hundred
// KB of a large report's sections or diagnostics).
constexpr std::size_t piece_elements = 256;

class JsonRenderer {
public:
    // `flush(at_least)` hands on what was written once it is at least that long.
    JsonRenderer(JsonOutput& w, Lang lang, std::function<void(std::size_t)> flush, unsigned threads = 1,
                 const TextSink* out = nullptr)
        : w_(w), lang_(lang), flush_(std::move(flush)), threads_(threads), out_(out) {}

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
        key("preamble"), r.preamble_text.empty() ? w_.Null() : string(r.preamble_text);
        key("sections"), sections(r.sections);
        key("closing"), closing(r.closing);
        key("tables"), tables(r);
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
    bool key(std::string_view k) { return w_.Key(k); }
    bool string(std::string_view s) { return w_.String(s); }
    bool optional_string(const std::optional<std::string>& s) { return s ? string(*s) : w_.Null(); }
    bool optional_int(const std::optional<int>& i) { return i ? w_.Int(*i) : w_.Null(); }

    bool span(const Span& s) {
        if (!s.known()) return w_.Null();
        w_.StartObject();
        key("line"), w_.Uint64(s.line);
        key("column"), w_.Uint64(s.column);
        key("end_line"), w_.Uint64(s.end_line);
        key("end_column"), w_.Uint64(s.end_column);
        key("offset"), w_.Uint64(s.offset);
        key("length"), w_.Uint64(s.length);
        return w_.EndObject();
    }

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
        elements(list, [](JsonRenderer& r, const Section& s) { r.section(s); });
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

    // The elements of the array open in w_. A long one on several threads:
    // each renders every threads_-th piece into its own writer, and the
    // pieces are handed on in order.
    template <typename Item, typename RenderOne>
    void elements(const std::vector<Item>& list, RenderOne render_one) {
        const std::size_t pieces = (list.size() + piece_elements - 1) / piece_elements;
        if (threads_ < 2 || !out_ || pieces < 2 * threads_) {
            for (const auto& item : list) {
                render_one(*this, item);
                flush_(flush_bytes);
            }
            return;
        }
        flush_(1);  // what precedes the array goes first
        InOrder order(*out_);
        const auto render_pieces = [&](std::size_t first) {
            JsonOutput writer(true);
            JsonRenderer renderer(writer, lang_, [](std::size_t) {});
            renderer.origins_ = origins_;
            for (std::size_t piece = first; piece < pieces; piece += threads_) {
                writer.continue_array(w_, piece * piece_elements);
                const std::size_t end = std::min(list.size(), (piece + 1) * piece_elements);
                for (std::size_t i = piece * piece_elements; i < end; ++i) render_one(renderer, list[i]);
                order.put(piece, writer.text());
            }
        };
        std::vector<std::future<void>> others;
        for (unsigned t = 1; t < threads_; ++t) others.push_back(std::async(std::launch::async, render_pieces, t));
        std::exception_ptr failure;
        const auto keep = [&](std::exception_ptr e) {
            // The first failure is kept, unless it only says another thread failed.
            if (!failure || abandoned(failure)) failure = e;
        };
        try {
            render_pieces(0);
        } catch (...) {
            keep(std::current_exception());
            order.abandon();
        }
        for (auto& other : others) {
            try {
                other.get();
            } catch (...) {
                keep(std::current_exception());
            }
        }
        if (failure) std::rethrow_exception(failure);
        w_.add_elements(list.size());
    }

    static bool abandoned(const std::exception_ptr& e) {
        try {
            std::rethrow_exception(e);
        } catch (const InOrder::Abandoned&) {
            return true;
        } catch (...) {
            return false;
        }
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
            return w_.RawNumber(n->text);
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

    bool diagnostics(const std::vector<Diagnostic>& list) {
        w_.StartArray();
        elements(list, [](JsonRenderer& r, const Diagnostic& d) { r.diagnostic(d); });
        return w_.EndArray();
    }

    void diagnostic(const Diagnostic& d) {
        w_.StartObject();
        key("rule"), string(d.rule);
        key("severity"), string(severity_name(d.severity));
        key("message"), string(d.message.in(lang_));
        key("span"), span(d.span);
        origin(d.span);
        key("notes");
        w_.StartArray();
        for (const auto& note : d.notes) {
            w_.StartObject();
            key("message"), string(note.message.in(lang_));
            key("span"), note.span ? span(*note.span) : w_.Null();
            if (note.span) origin(*note.span);
            w_.EndObject();
        }
        w_.EndArray();
        w_.EndObject();
    }

    // `"origin"` beside a span, for inputs whose decoded text is not the file
    // itself (web page, .docx, PDF): see input/origin.hpp.
    void origin(const Span& s) {
        if (!origins_ || origins_->empty() || !s.known()) return;
        const std::optional<Origin> found = origins_->at(s.offset);
        if (!found) return;
        key("origin");
        w_.StartObject();
        const auto field = [&](std::string_view name, std::size_t value) {
            if (value != 0) key(name), w_.Uint64(value);
        };
        field("line", found->line);
        field("column", found->column);
        field("paragraph", found->paragraph);
        field("table", found->table);
        field("row", found->row);
        field("cell", found->cell);
        field("page", found->page);
        w_.EndObject();
    }

    JsonOutput& w_;
    Lang lang_;
    std::function<void(std::size_t)> flush_;
    unsigned threads_;
    const TextSink* out_;
    const OriginMap* origins_ = nullptr;
};

template <typename Render>
void render_with(const JsonOptions& options, const TextSink& out, Render&& render) {
    JsonOutput writer(options.pretty);
    const auto flush = [&](std::size_t at_least) {
        if (writer.text().size() < at_least || writer.text().empty()) return;
        out(writer.text());
        writer.clear();
    };
    JsonRenderer renderer(writer, options.lang, flush, options.threads, &out);
    render(renderer);
    flush(1);
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
