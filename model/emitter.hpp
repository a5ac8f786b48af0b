// Creates diagnostics from rule definitions: the severity and the message
// templates come from the RuleDef, the position and the arguments from the
// caller. An argument may be a Message (different text per language).
#pragma once

#include "model/diagnostic.hpp"
#include "model/rule.hpp"
#include "input/source.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace nianbao {

class Emitter {
public:
    Emitter(const Source& source, std::vector<Diagnostic>& out) : source_(source), out_(out) {}

    [[nodiscard]] Span span(ByteRange range) const { return source_.span(range); }
    // The source text of a range as printed, for quoting it in a message.
    [[nodiscard]] std::string quote(ByteRange range) const {
        return std::string(source_.text().substr(std::min(range.offset(), source_.text().size()), range.length()));
    }
    [[nodiscard]] const Source& source() const { return source_; }

    template <typename... Args>
    Diagnostic& emit(const RuleDef& rule, const Span& where, const Args&... args) {
        Diagnostic diagnostic;
        diagnostic.rule = rule.id;
        diagnostic.severity = rule.severity;
        diagnostic.strict_error = rule.strict_error;
        diagnostic.message = {format(rule.message_zh, Lang::zh, args...),
                              format(rule.message_en, Lang::en, args...)};
        diagnostic.span = where;
        out_.push_back(std::move(diagnostic));
        return out_.back();
    }

    template <typename... Args>
    Diagnostic& emit(const RuleDef& rule, ByteRange where, const Args&... args) {
        return emit(rule, span(where), args...);
    }

    // A note in both languages: `zh`/`en` are fmt templates over the same args.
    template <typename... Args>
    static void note(Diagnostic& diagnostic, const Span& where, std::string_view zh,
                     std::string_view en, const Args&... args) {
        diagnostic.notes.push_back(
            {{format(zh, Lang::zh, args...), format(en, Lang::en, args...)}, where});
    }

private:
    template <typename T>
    static const T& pick(const T& value, Lang) {
        return value;
    }
    static const std::string& pick(const Message& message, Lang lang) { return message.in(lang); }

    template <typename... Args>
    static std::string format(std::string_view templ, [[maybe_unused]] Lang lang, const Args&... args) {
        return fmt::format(fmt::runtime(templ), pick(args, lang)...);
    }

    const Source& source_;
    std::vector<Diagnostic>& out_;
};

}  // namespace nianbao
