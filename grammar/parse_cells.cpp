// A cell's text read whole by the number grammar (grammar/numbers.hpp).
#include "grammar/parse.hpp"

#include "grammar/grammar.hpp"

namespace nianbao {

namespace {

namespace pegtl = tao::pegtl;
namespace g = nianbao::grammar;

// The digits of a matched run as ASCII: full-width digits (U+FF10…U+FF19,
// bytes EF BC 90…99) fold to 0…9, separators are dropped.
std::string ascii_digits(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') {
            out.push_back(text[i]);
        } else if (text.substr(i, 2) == "\xEF\xBC" && i + 2 < text.size()) {
            const auto third = static_cast<unsigned char>(text[i + 2]);
            if (third >= 0x90 && third <= 0x99) out.push_back(static_cast<char>('0' + (third - 0x90)));
            i += 2;
        }
    }
    return out;
}

template <typename Rule>
struct number_action : pegtl::nothing<Rule> {};

template <>
struct number_action<g::number_sign> {
    template <typename Input>
    static void apply(const Input& in, NumberText& number) {
        number.plus_sign = in.string_view() == "+" || in.string_view() == "＋";
        number.negative = !number.plus_sign;
    }
};
template <>
struct number_action<g::grouped_integer> {
    template <typename Input>
    static void apply(const Input& in, NumberText& number) {
        number.integer = ascii_digits(in.string_view());
        number.grouped = true;
    }
};
template <>
struct number_action<g::plain_integer> {
    template <typename Input>
    static void apply(const Input& in, NumberText& number) {
        number.integer = ascii_digits(in.string_view());
    }
};
template <>
struct number_action<g::fraction_part> {
    template <typename Input>
    static void apply(const Input& in, NumberText& number) {
        number.fraction = ascii_digits(in.string_view());
    }
};
template <>
struct number_action<g::number_unit> {
    template <typename Input>
    static void apply(const Input& in, NumberText& number) {
        number.unit = in.string();
    }
};

template <typename Rule>
bool cell_is(std::string_view text, NumberText& number) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "cell");
    return pegtl::parse<Rule, number_action>(in, number);
}

}  // namespace

std::optional<NumberText> read_number_cell(std::string_view text) {
    NumberText number;
    if (!cell_is<g::number_cell>(text, number)) return std::nullopt;
    return number;
}

bool is_placeholder_cell(std::string_view text) {
    NumberText ignored;
    return cell_is<g::placeholder_cell>(text, ignored);
}

}  // namespace nianbao
