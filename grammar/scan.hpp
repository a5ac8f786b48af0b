// Primitive matchers written for speed, each equivalent to a plain PEGTL
// rule named beside it. Every line is tried against many alternatives, so the
// bytes are compared inline (first byte first, where most attempts fail) and
// runs and look-aheads are scanned in tight loops or at memchr speed.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include <cstring>
#include <string_view>
#include <utility>

namespace nianbao::grammar {

// pegtl::lit<Cs...> without its call to memcmp.
template <char... Cs>
struct lit {
    using rule_t = lit;
    using subs_t = tao::pegtl::empty_list;
    static constexpr char bytes[] = {Cs...};
    static constexpr std::string_view text{bytes, sizeof...(Cs)};
    template <int Eol>
    static constexpr bool can_match_eol = ((Cs == Eol) || ...);

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept(noexcept(in.size(0))) {
        constexpr std::size_t size = sizeof...(Cs);
        if (in.size(size) < size) return false;
        const char* p = in.current();
        const bool equal = [p]<std::size_t... I>(std::index_sequence<I...>) {
            return ((p[I] == Cs) && ...);
        }(std::make_index_sequence<size>{});
        if (!equal) return false;
        tao::pegtl::internal::bump_help<lit>(in, size);
        return true;
    }
};

// plus<not_one<Stops...>>: one or more bytes, up to the first of Stops.
template <char... Stops>
struct bytes_until {
    using rule_t = bytes_until;
    using subs_t = tao::pegtl::empty_list;
    template <int Eol>
    static constexpr bool can_match_eol = ((Stops != Eol) && ...);

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept(noexcept(in.size(0))) {
        const char* begin = in.current();
        const char* end = in.end();  // memory inputs only, as everywhere in nianbao
        const char* p = begin;
        while (p != end && ((*p != Stops) && ...)) ++p;
        if (p == begin) return false;
        tao::pegtl::internal::bump_help<bytes_until>(in, static_cast<std::size_t>(p - begin));
        return true;
    }
};

// The rest of the current line, without its line end.
template <typename ParseInput>
[[nodiscard]] std::string_view rest_of_current_line(const ParseInput& in) noexcept {
    const char* begin = in.current();
    const auto size = static_cast<std::size_t>(in.end() - begin);
    const char* end = static_cast<const char*>(std::memchr(begin, '\n', size));
    if (!end) end = in.end();
    // A lone CR also ends a line; it is rare, so look for it only up to the LF.
    if (const void* cr = std::memchr(begin, '\r', static_cast<std::size_t>(end - begin)))
        end = static_cast<const char*>(cr);
    return {begin, static_cast<std::size_t>(end - begin)};
}

// Succeeds, consuming nothing, when one of the literals (lit<…>) occurs
// before the line end; the line end is found once for all of them.
template <typename... Literals>
struct line_contains_any {
    using rule_t = line_contains_any;
    using subs_t = tao::pegtl::empty_list;

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept {
        const std::string_view line = rest_of_current_line(in);
        return ((line.find(Literals::text) != std::string_view::npos) || ...);
    }
};

// Succeeds, consuming nothing, when the bytes occur before the line end.
template <char... Bytes>
struct line_contains : line_contains_any<lit<Bytes...>> {};

}  // namespace nianbao::grammar

// A literal in the grammar's source: NIANBAO_LIT("主动公开") is lit<'\xE4', …>.
#define NIANBAO_LIT(x) TAO_PEGTL_INTERNAL_STRING(::nianbao::grammar::lit, x)

template <typename Name, char... Cs>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::lit<Cs...>> : analyze_any_traits<> {};
template <typename Name, char... Stops>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::bytes_until<Stops...>> : analyze_any_traits<> {};
template <typename Name, typename... Literals>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::line_contains_any<Literals...>> : analyze_opt_traits<> {};
