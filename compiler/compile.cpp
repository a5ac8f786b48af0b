#include "compile.hpp"

#include "document.hpp"
#include "emitter.hpp"
#include "parser.hpp"

namespace nianbao {

Report compile(const Source& source) {
    Report report;
    report.source = {source.path(), source.sha256(), source.encoding(), source.original_size()};
    Emitter emit(source, report.diagnostics);
    const syntax::Document document = parse_document(source.parse_text());
    build_document(document, report, emit);
    return report;
}

Compilation compile_file(const std::string& path) {
    Source source = Source::from_file(path);
    Report report = compile(source);
    return {std::move(source), std::move(report)};
}

}  // namespace nianbao
