#include "cli/limit_options.hpp"

#include "input/source.hpp"
#include "cli/options.hpp"

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <cctype>
#include <limits>

namespace nianbao::cli {

namespace po = boost::program_options;

namespace {

// A default as the user would type it: "256M".
std::string size_argument(std::size_t bytes) {
    const std::string described = describe_size(bytes);  // "256 MiB"
    const auto space = described.find(' ');
    return described.substr(0, space) + described.substr(space + 1, 1);
}

std::size_t size_in_range(const std::string& text, const char* option, std::size_t maximum) {
    const auto bytes = parse_size(text);
    if (!bytes || *bytes == 0)
        throw UsageError(fmt::format("{}: '{}' is not a size (a number of bytes, or with K, M or G: 64M)", option,
                                     text));
    if (*bytes > maximum)
        throw UsageError(fmt::format("{}: at most {} bytes", option, maximum));
    return *bytes;
}

}  // namespace

po::options_description limit_options(LimitArguments& arguments) {
    const InputLimits defaults;
    po::options_description description("limits of compile and lint (an input past one is refused, with a message)");
    description.add_options()
        ("max-input-size", po::value(&arguments.input_size)->default_value(size_argument(defaults.input_bytes)),
         "largest input file read")
        ("max-text-size", po::value(&arguments.text_size)->default_value(size_argument(defaults.text_bytes)),
         "largest text compiled: decoded text, the XML a .docx unpacks to, the text of a PDF")
        ("max-nesting", po::value(&arguments.nesting)->default_value(defaults.nesting),
         "deepest element nesting of a web page or a .docx");
    return description;
}

InputLimits parse_limits(const LimitArguments& arguments) {
    InputLimits limits;
    limits.input_bytes = size_in_range(arguments.input_size, "--max-input-size",
                                       std::numeric_limits<std::size_t>::max() - 2);
    limits.text_bytes = size_in_range(arguments.text_size, "--max-text-size", max_text_bytes - 1);
    if (arguments.nesting < 8 || arguments.nesting > max_nesting_limit)
        throw UsageError(fmt::format("--max-nesting must be between 8 and {}", max_nesting_limit));
    limits.nesting = arguments.nesting;
    return limits;
}

std::optional<std::size_t> parse_size(const std::string& text) {
    std::size_t i = 0;
    std::size_t value = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
        const auto digit = static_cast<std::size_t>(text[i] - '0');
        if (value > (std::numeric_limits<std::size_t>::max() - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
    }
    if (i == 0) return std::nullopt;
    std::string unit = text.substr(i);
    for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    unsigned shift = 0;
    if (unit.empty() || unit == "b") return value;
    if (unit == "k" || unit == "kb" || unit == "kib") shift = 10;
    else if (unit == "m" || unit == "mb" || unit == "mib") shift = 20;
    else if (unit == "g" || unit == "gb" || unit == "gib") shift = 30;
    else return std::nullopt;
    if (value > (std::numeric_limits<std::size_t>::max() >> shift)) return std::nullopt;
    return value << shift;
}

}  // namespace nianbao::cli
