#include "model/compile.hpp"

#include "model/build_report.hpp"
#include "model/emitter.hpp"
#include "grammar/parse.hpp"
#include "lint/lint_context.hpp"

#include <algorithm>
#include <future>
#include <thread>

namespace nianbao {

namespace {

// Each section's syntax tree is built into the model and dropped as soon as
// the next section starts: the model owns all its texts.
Report build_part(const Source& source, std::size_t begin, std::size_t end, bool first, bool last) {
    Report report;
    Emitter emit(source, report.diagnostics);
    const auto sink = document_sink(report, emit, last);
    parse_streaming(source.parse_text(), begin, end, first, *sink);
    return report;
}

// Appends a later part of the same report, keeping document order.
void append_part(Report& into, Report&& part) {
    // Reserved to the sum, not doubled: thousands of sections on a large input.
    into.sections.reserve(into.sections.size() + part.sections.size());
    into.diagnostics.reserve(into.diagnostics.size() + part.diagnostics.size());
    std::move(part.sections.begin(), part.sections.end(), std::back_inserter(into.sections));
    std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(into.diagnostics));
    if (!into.t2) into.t2 = std::move(part.t2);
    if (!into.t3) into.t3 = std::move(part.t3);
    if (!into.t4) into.t4 = std::move(part.t4);
    if (part.closing) into.closing = std::move(part.closing);
}

// Where to cut a text of `size` bytes into `parts` parts of equal work. The
// input's SHA-256, when still to compute, is the last part's first task: that
// part is made smaller by the bytes the parse covers in the same time (the
// hash runs about fourteen times as fast, with the SHA instructions).
std::vector<std::size_t> part_targets(std::size_t size, std::size_t parts, bool hash_in_last) {
    constexpr double hash_cost = 1.0 / 14;  // of parsing the same bytes
    const double work = static_cast<double>(size) * (1 + (hash_in_last ? hash_cost : 0));
    std::vector<std::size_t> targets;
    for (std::size_t k = 1; k < parts; ++k)
        targets.push_back(static_cast<std::size_t>(work * static_cast<double>(k) / static_cast<double>(parts)));
    return targets;
}

}  // namespace

Report compile(const Source& source, const CompileOptions& options) {
    const std::string_view text = source.parse_text();
    const std::size_t wanted =
        std::clamp<std::size_t>(text.size() / std::max<std::size_t>(options.min_part_bytes, 1), 1,
                                std::max(options.threads, 1U));
    const bool hash_in_last = source.sha256_pending();
    std::vector<std::size_t> bounds{0};
    if (wanted > 1)
        for (const std::size_t cut : split_at_sections(text, part_targets(text.size(), wanted, hash_in_last)))
            bounds.push_back(cut);
    bounds.push_back(text.size());

    const std::size_t parts = bounds.size() - 1;
    std::vector<std::future<Report>> later;
    for (std::size_t k = 1; k < parts; ++k) {
        const bool last = k + 1 == parts;
        later.push_back(std::async(std::launch::async, [&source, &bounds, k, last, hash_in_last] {
            if (last && hash_in_last) (void)source.sha256();
            return build_part(source, bounds[k], bounds[k + 1], false, last);
        }));
    }
    Report report = build_part(source, 0, bounds[1], true, parts == 1);
    for (auto& future : later) append_part(report, future.get());
    report.source = {source.path(), source.sha256(), source.encoding(), source.original_size(),
                     std::string(input_kind_name(source.kind())), source.origins()};
    read_metadata(report);
    // The checks need the whole model, so they run once the parts are joined;
    // a report large enough to be parsed in parts is also linted in parallel.
    lint_report(report, source, parts > 1 ? options.threads : 1);
    return report;
}

Compilation compile_file(const std::string& path, const CompileOptions& options) {
    ReadOptions read = options.read;
    read.threads = options.threads;
    Source source = Source::from_file(path, read);
    Report report = compile(source, options);
    return {std::move(source), std::move(report)};
}

}  // namespace nianbao
