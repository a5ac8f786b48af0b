#include "decode.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

namespace nianbao {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

[[nodiscard]] bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence at `p`, or 0 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(const unsigned char* p, const unsigned char* end) {
    const unsigned char lead = p[0];
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char min2 = 0x80, max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min2 = 0xA0;
        if (lead == 0xED) max2 = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min2 = 0x90;
        if (lead == 0xF4) max2 = 0x8F;
    } else {
        return 0;
    }
    if (static_cast<std::size_t>(end - p) < length) return 0;
    if (p[1] < min2 || p[1] > max2) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!is_continuation(p[i])) return 0;
    return length;
}

bool looks_like_utf16(std::string_view bytes) {
    return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = begin + text.size();
    const auto* p = begin;
    while (p < end) {
        // ASCII runs dominate even Chinese reports (digits, TABs, newlines).
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL) break;
            p += 8;
        }
        if (p >= end) break;
        const std::size_t length = sequence_length(p, end);
        if (length == 0) return static_cast<std::size_t>(p - begin);
        p += length;
    }
    return std::nullopt;
}

std::optional<DecodeFailure> decode_text(std::string bytes, Decoded& out) {
    if (looks_like_utf16(bytes))
        return DecodeFailure{"UTF-16 text is not supported; convert it to UTF-8 first", 0};
    std::size_t skipped = 0;
    if (std::string_view(bytes).starts_with(utf8_bom)) skipped = utf8_bom.size();
    const std::string_view body(bytes.data() + skipped, bytes.size() - skipped);
    const auto bad = find_invalid_utf8(body);
    if (const void* nul = std::memchr(body.data(), '\0', body.size())) {
        // Binary: point at the first byte that cannot be text, NUL or not.
        const auto nul_at = static_cast<std::size_t>(static_cast<const char*>(nul) - body.data());
        return DecodeFailure{"binary data, not a text report", skipped + std::min(nul_at, bad.value_or(nul_at))};
    }
    if (bad) {
        const auto byte = static_cast<unsigned char>(body[*bad]);
        return DecodeFailure{fmt::format("not valid UTF-8 text (byte 0x{:02X})", byte), skipped + *bad};
    }
    if (body.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return DecodeFailure{"the file is empty: there is no report text", std::nullopt};
    if (skipped) bytes.erase(0, skipped);
    out.text = std::move(bytes);
    out.encoding = "utf-8";
    return std::nullopt;
}

}  // namespace nianbao
