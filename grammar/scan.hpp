// Look-ahead over the rest of the current line at memchr speed. Most lines are
// prose; the table-row alternatives first ask whether their separator occurs on
// the line at all, instead of walking it byte by byte to find out.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include <cstring>
#include <string_view>

namespace nianbao::grammar {

// Succeeds, consuming nothing, when the bytes occur before the line end.
template <char... Bytes>
struct line_contains {
    using rule_t = line_contains;
    using subs_t = tao::pegtl::empty_list;

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept {
        static constexpr char needle[] = {Bytes...};
        const char* begin = in.current();
        const auto size = static_cast<std::size_t>(in.end() - begin);
        const char* end = static_cast<const char*>(std::memchr(begin, '\n', size));
        if (!end) end = in.end();
        // A lone CR also ends a line; it is rare, so look for it only up to the LF.
        if (const void* cr = std::memchr(begin, '\r', static_cast<std::size_t>(end - begin)))
            end = static_cast<const char*>(cr);
        const std::string_view line(begin, static_cast<std::size_t>(end - begin));
        return line.find(std::string_view(needle, sizeof...(Bytes))) != std::string_view::npos;
    }
};

}  // namespace nianbao::grammar

template <typename Name, char... Bytes>
struct tao::pegtl::analyze_traits<Name, nianbao::grammar::line_contains<Bytes...>> : analyze_opt_traits<> {};
