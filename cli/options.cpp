#include "cli/options.hpp"

#include "cli/limit_options.hpp"

#include "input/transcode.hpp"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace nianbao::cli {

namespace po = boost::program_options;

namespace {

struct AnnotateSwitches {
    bool on = false;
    bool off = false;
};

// Parses `arguments` with `description` and the positional INPUT... of a batch.
po::variables_map parse_with_inputs(const std::vector<std::string>& arguments, po::options_description& description,
                                    std::vector<std::string>& inputs) {
    description.add_options()("input", po::value(&inputs), "input");
    po::positional_options_description positional;
    positional.add("input", -1);
    po::variables_map variables;
    po::store(po::command_line_parser(arguments).options(description).positional(positional).run(), variables);
    po::notify(variables);
    return variables;
}

po::options_description compile_options(CompileOptions& options, std::string& lang, AnnotateSwitches& annotate) {
    po::options_description description("compile options");
    description.add_options()
        ("to", po::value(&options.to)->default_value("json"), "output format: json | csv | html | sqlite")
        ("output,o", po::value<std::string>(), "output file, or directory (ending in /) for one file per input")
        ("lang", po::value(&lang)->default_value("zh"), "message language: zh | en")
        ("fail-on", po::value<std::string>(),
         "exit status 1 also when a report has findings of this level or worse: error | warning")
        ("csv-long", po::bool_switch(&options.csv_long), "CSV in the long form: path, table, row, column, value")
        ("encoding", po::value<std::string>(),
         "encoding of text and web-page inputs (gb18030, utf-8, utf-16le, …); default: detected")
        ("annotate", po::bool_switch(&annotate.on),
         "html: show the diagnostics overlay, on screen and in print (default: on screen only, "
         "for reports with an ERROR diagnostic)")
        ("no-annotate", po::bool_switch(&annotate.off), "html: never show the diagnostics overlay");
    return description;
}

Annotate parse_annotate(const AnnotateSwitches& annotate) {
    if (annotate.on && annotate.off) throw UsageError("--annotate and --no-annotate exclude each other");
    if (annotate.on) return Annotate::always;
    if (annotate.off) return Annotate::never;
    return Annotate::automatic;
}

po::options_description batch_options(BatchFlags& flags) {
    po::options_description description("batch options");
    description.add_options()
        ("jobs,j", po::value(&flags.jobs)->default_value(0), "files compiled at once (0: one per core)")
        ("quiet,q", po::bool_switch(&flags.quiet), "no progress bar and no summary line on standard error");
    return description;
}

Lang parse_lang(const std::string& lang) {
    if (lang == "zh") return Lang::zh;
    if (lang == "en") return Lang::en;
    throw UsageError(fmt::format("--lang must be zh or en, not '{}'", lang));
}

Severity parse_fail_on(const std::string& level) {
    if (level == "error") return Severity::error;
    if (level == "warning") return Severity::warning;
    throw UsageError(fmt::format("--fail-on must be error or warning, not '{}'", level));
}

std::string parse_encoding(const std::string& name) {
    if (!encoding_known(name)) throw UsageError(fmt::format("--encoding: unknown encoding '{}'", name));
    return name;
}

CompileOptions parse_compile(const std::vector<std::string>& arguments) {
    CompileOptions options;
    std::string lang;
    AnnotateSwitches annotate;
    auto description = compile_options(options, lang, annotate);
    description.add(batch_options(options.batch));
    LimitArguments limits;
    description.add(limit_options(limits));
    const po::variables_map variables = parse_with_inputs(arguments, description, options.inputs);
    if (variables.count("output")) options.output = variables["output"].as<std::string>();
    if (variables.count("fail-on")) options.fail_on = parse_fail_on(variables["fail-on"].as<std::string>());
    if (variables.count("encoding")) options.encoding = parse_encoding(variables["encoding"].as<std::string>());
    options.lang = parse_lang(lang);
    options.limits = parse_limits(limits);
    options.annotate = parse_annotate(annotate);
    if (options.to != "json" && options.to != "csv" && options.to != "html" && options.to != "sqlite")
        throw UsageError(fmt::format("--to must be json, csv, html or sqlite, not '{}'", options.to));
    if (options.to == "sqlite" && (!options.output || options.output->ends_with('/')))
        throw UsageError("--to sqlite needs -o FILE, the database to create or update");
    if (options.csv_long && options.to != "csv") throw UsageError("--csv-long needs --to csv");
    if ((annotate.on || annotate.off) && options.to != "html")
        throw UsageError("--annotate and --no-annotate apply to --to html only");
    if (options.inputs.empty()) throw UsageError("compile needs at least one INPUT (a file, a directory or -)");
    return options;
}

po::options_description lint_options(LintOptions& options, std::string& lang, std::vector<std::string>& disable) {
    po::options_description description("lint options");
    description.add_options()
        ("format", po::value(&options.format)->default_value("text"), "diagnostics format: text | json | sarif")
        ("strict", po::bool_switch(&options.strict), "promote the warnings marked strict→ERROR to errors")
        ("disable", po::value(&disable)->composing(), "rule ids not to report, comma-separated (repeatable)")
        ("lang", po::value(&lang)->default_value("zh"), "message language: zh | en");
    description.add(batch_options(options.batch));
    return description;
}

po::options_description rules_options(RulesOptions& options, std::string& lang) {
    po::options_description description("rules options");
    description.add_options()
        ("format", po::value(&options.format)->default_value("text"), "catalogue format: text | json | markdown")
        ("lang", po::value(&lang)->default_value("zh"), "summary language of text: zh | en");
    return description;
}

std::vector<std::string> split_ids(const std::vector<std::string>& values) {
    std::vector<std::string> ids;
    for (const auto& value : values) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const auto comma = std::min(value.find(',', start), value.size());
            if (comma > start) ids.push_back(value.substr(start, comma - start));
            start = comma + 1;
        }
    }
    return ids;
}

LintOptions parse_lint(const std::vector<std::string>& arguments) {
    LintOptions options;
    std::string lang;
    std::vector<std::string> disable;
    auto description = lint_options(options, lang, disable);
    LimitArguments limits;
    description.add(limit_options(limits));
    const po::variables_map variables = parse_with_inputs(arguments, description, options.inputs);
    options.lang = parse_lang(lang);
    options.limits = parse_limits(limits);
    options.disable = split_ids(disable);
    if (options.format != "text" && options.format != "json" && options.format != "sarif")
        throw UsageError(fmt::format("--format must be text, json or sarif, not '{}'", options.format));
    if (options.inputs.empty()) throw UsageError("lint needs at least one INPUT (a file, a directory or -)");
    return options;
}

RulesOptions parse_rules(const std::vector<std::string>& arguments) {
    RulesOptions options;
    std::string lang;
    auto description = rules_options(options, lang);
    po::variables_map variables;
    po::store(po::command_line_parser(arguments).options(description).run(), variables);
    po::notify(variables);
    options.lang = parse_lang(lang);
    if (options.format != "text" && options.format != "json" && options.format != "markdown")
        throw UsageError(fmt::format("--format must be text, json or markdown, not '{}'", options.format));
    return options;
}

po::options_description diff_options(DiffOptions& options, std::string& lang) {
    po::options_description description("diff options");
    description.add_options()
        ("format", po::value(&options.format)->default_value("text"), "diff format: text | json | html")
        ("output,o", po::value<std::string>(), "output file (default: standard output)")
        ("lang", po::value(&lang)->default_value("zh"), "language of the text format: zh | en")
        ("encoding", po::value<std::string>(), "encoding of text and web-page inputs; default: detected");
    return description;
}

DiffOptions parse_diff(const std::vector<std::string>& arguments) {
    DiffOptions options;
    std::string lang;
    auto description = diff_options(options, lang);
    LimitArguments limits;
    description.add(limit_options(limits));
    std::vector<std::string> inputs;
    const po::variables_map variables = parse_with_inputs(arguments, description, inputs);
    if (variables.count("output")) options.output = variables["output"].as<std::string>();
    if (variables.count("encoding")) options.encoding = parse_encoding(variables["encoding"].as<std::string>());
    options.lang = parse_lang(lang);
    options.limits = parse_limits(limits);
    if (options.format != "text" && options.format != "json" && options.format != "html")
        throw UsageError(fmt::format("--format must be text, json or html, not '{}'", options.format));
    if (inputs.size() != 2) throw UsageError("diff needs two report files: OLD NEW");
    options.old_path = inputs[0];
    options.new_path = inputs[1];
    return options;
}

}  // namespace

std::string usage_text() {
    std::ostringstream out;
    CompileOptions options;
    std::string lang;
    AnnotateSwitches annotate;
    out << "nianbao — compiler for government information-disclosure annual reports\n"
           "(政府信息公开工作年度报告)\n\n"
           "usage:\n"
           "  nianbao compile [--to json|csv|html|sqlite] [-o PATH] [--jobs N] [--lang zh|en] [--encoding NAME]\n"
           "                  [--fail-on error|warning] [--[no-]annotate] INPUT...\n"
           "  nianbao lint [--format text|json|sarif] [--strict] [--disable ID[,ID...]] [--lang zh|en] INPUT...\n"
           "  nianbao rules [--format text|json|markdown] [--lang zh|en]\n"
           "  nianbao diff [--format text|json|html] [-o FILE] [--lang zh|en] OLD NEW\n"
           "  nianbao --help | --version\n\n"
           "INPUT is a report file (text, web page, Word .docx or PDF), a directory (all .txt, .html,\n"
           ".htm, .docx and .pdf files under it) or - for standard input.\n"
           "With one input, compile writes one JSON object; with several, JSON Lines, or one file per\n"
           "input when -o names a directory. --to html writes one standalone page per report: to\n"
           "standard output or -o FILE for one input, to -o DIR/ (with DIR/index.html) for several.\n\n"
        << compile_options(options, lang, annotate) << batch_options(options.batch);
    LintOptions lint;
    std::vector<std::string> disable;
    out << '\n' << lint_options(lint, lang, disable);
    RulesOptions rules;
    LimitArguments limits;
    out << '\n' << limit_options(limits);
    DiffOptions diff;
    out << '\n' << rules_options(rules, lang) << '\n' << diff_options(diff, lang)
        << "\nexit codes of compile: 0 every input was compiled (its findings are in the output); 1 an input\n"
           "could not be compiled, or with --fail-on a finding of that level; 2 usage error, unreadable\n"
           "input path or unwritable output.\n"
           "exit codes of lint: 0 no ERROR finding; 1 an ERROR finding (with --strict also a promoted\n"
           "warning) or an input that could not be compiled; 2 as for compile.\n";
    return out.str();
}

Options parse_options(int argc, char** argv) {
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    Options options;
    const bool wants_help = std::find_if(arguments.begin(), arguments.end(), [](const std::string& a) {
                                return a == "--help" || a == "-h";
                            }) != arguments.end();
    if (arguments.empty() || wants_help || arguments[0] == "help") {
        options.command = Command::help;
        return options;
    }
    if (arguments[0] == "--version") {
        options.command = Command::version;
        return options;
    }
    const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
    try {
        if (arguments[0] == "compile") {
            options.command = Command::compile;
            options.compile = parse_compile(rest);
            return options;
        }
        if (arguments[0] == "lint") {
            options.command = Command::lint;
            options.lint = parse_lint(rest);
            return options;
        }
        if (arguments[0] == "diff") {
            options.command = Command::diff;
            options.diff = parse_diff(rest);
            return options;
        }
        if (arguments[0] == "rules") {
            options.command = Command::rules;
            options.rules = parse_rules(rest);
            return options;
        }
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    throw UsageError(fmt::format("unknown command '{}'", arguments[0]));
}

}  // namespace nianbao::cli
