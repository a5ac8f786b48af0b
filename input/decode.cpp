#include "input/decode.hpp"

#include "input/transcode.hpp"
#include "input/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

namespace nianbao {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view utf16le_bom = "\xFF\xFE";
constexpr std::string_view utf16be_bom = "\xFE\xFF";
constexpr std::size_t mostly_utf8_ratio = 10;

struct Utf8Census {
    std::size_t multibyte = 0;  // well-formed sequences of two bytes or more
    std::size_t invalid = 0;    // bytes that start no well-formed sequence
};

Utf8Census count_utf8(std::string_view text) {
    Utf8Census census;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = well_formed_length(text, i);
        if (length == 0) {
            ++census.invalid;
            ++i;
        } else {
            census.multibyte += length > 1 ? 1 : 0;
            i += length;
        }
    }
    return census;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// iconv name for a canonical encoding name.
std::string iconv_name(const std::string& canonical) {
    if (canonical == "gb18030") return "GB18030";
    if (canonical == "utf-16le") return "UTF-16LE";
    if (canonical == "utf-16be") return "UTF-16BE";
    return canonical;
}

// A UTF-16 code unit U+0000 means binary data, as a NUL byte does in the
// byte-oriented encodings.
std::optional<std::size_t> find_utf16_nul(std::string_view body) {
    for (std::size_t i = 0; i + 1 < body.size(); i += 2)
        if (body[i] == '\0' && body[i + 1] == '\0') return i;
    return std::nullopt;
}

// Whether text[at…] is the start of a multi-byte sequence cut off by the end
// of the text: a file truncated in the middle of a character.
bool cut_off_sequence(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
    if (length == 0 || text.size() - at >= length) return false;
    for (std::size_t i = at + 1; i < text.size(); ++i)
        if (!is_continuation_byte(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

std::optional<DecodeFailure> check_utf8(std::string_view body, std::size_t skipped) {
    if (const auto bad = find_invalid_utf8(body)) {
        const auto byte = static_cast<unsigned char>(body[*bad]);
        if (cut_off_sequence(body, *bad))
            return DecodeFailure{fmt::format("not valid UTF-8 text: the file ends inside a character (byte 0x{:02X}); "
                                             "was it cut off?",
                                             byte),
                                 skipped + *bad};
        return DecodeFailure{fmt::format("not valid UTF-8 text (byte 0x{:02X})", byte), skipped + *bad};
    }
    return std::nullopt;
}

// Decodes body (the bytes after `skipped` BOM bytes) with one known encoding
// into `text`; UTF-8 is only checked (`verbatim`: the bytes are the text).
std::optional<DecodeFailure> decode_as(std::string_view body, std::size_t skipped, const std::string& encoding,
                                       std::string& text, bool& verbatim) {
    if (encoding == "utf-8") {
        if (auto failure = check_utf8(body, skipped)) return failure;
        // NUL is valid UTF-8, but no text holds it: a byte-order mark does not
        // make binary data text.
        if (const void* nul = std::memchr(body.data(), '\0', body.size()))
            return DecodeFailure{"binary data, not a text report",
                                 skipped + static_cast<std::size_t>(static_cast<const char*>(nul) - body.data())};
        verbatim = true;
        return std::nullopt;
    }
    const bool utf16 = encoding.starts_with("utf-16");
    if (utf16) {
        if (const auto nul = find_utf16_nul(body)) return DecodeFailure{"binary data, not a text report", skipped + *nul};
    } else if (const void* nul = std::memchr(body.data(), '\0', body.size())) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - body.data());
        return DecodeFailure{"binary data, not a text report", skipped + at};
    }
    if (auto failure = transcode_to_utf8(body, iconv_name(encoding), text))
        return DecodeFailure{fmt::format("{} (as {})", failure->reason, encoding), skipped + failure->offset};
    return std::nullopt;
}

std::optional<DecodeFailure> detect_and_decode(std::string_view body, std::size_t skipped, Decoded& out,
                                               bool& verbatim) {
    const auto bad = find_invalid_utf8(body);
    if (const void* nul = std::memchr(body.data(), '\0', body.size())) {
        // Binary: point at the first byte that cannot be text, NUL or not.
        const auto nul_at = static_cast<std::size_t>(static_cast<const char*>(nul) - body.data());
        return DecodeFailure{"binary data, not a text report", skipped + std::min(nul_at, bad.value_or(nul_at))};
    }
    if (!bad) {
        verbatim = true;
        out.encoding = "utf-8";
        return std::nullopt;
    }
    auto utf8_failure = check_utf8(body, skipped);
    const Utf8Census census = count_utf8(body);
    if (census.multibyte >= mostly_utf8_ratio * census.invalid) return utf8_failure;
    if (!decode_as(body, skipped, "gb18030", out.text, verbatim)) {
        out.encoding = "gb18030";
        return std::nullopt;
    }
    utf8_failure->reason += ", nor GB18030 text (use --encoding to name the encoding)";
    return utf8_failure;
}

}  // namespace

std::string canonical_encoding(std::string_view label) {
    std::string name = lower(label);
    if (name == "utf8") return "utf-8";
    if (name == "gb2312" || name == "gbk" || name == "cp936" || name == "x-gbk" || name == "gb_2312-80" ||
        name == "euc-cn" || name == "csgb2312" || name == "gb18030")
        return "gb18030";
    if (name == "utf16le") return "utf-16le";
    if (name == "utf16be") return "utf-16be";
    return name;
}

std::optional<DecodeFailure> decode_text(std::string&& bytes, Decoded& out, const DecodeOptions& options) {
    const std::string_view all(bytes);
    std::size_t skipped = 0;
    std::string encoding;
    if (all.starts_with(utf8_bom)) {
        skipped = utf8_bom.size();
        encoding = "utf-8";
    } else if (all.starts_with(utf16le_bom)) {
        skipped = utf16le_bom.size();
        encoding = "utf-16le";
    } else if (all.starts_with(utf16be_bom)) {
        skipped = utf16be_bom.size();
        encoding = "utf-16be";
    }
    if (options.forced) {
        encoding = canonical_encoding(*options.forced);
        // A forced UTF-16 without LE/BE follows the byte-order mark, big-endian without one.
        if (encoding == "utf-16") encoding = all.starts_with(utf16le_bom) ? "utf-16le" : "utf-16be";
        skipped = 0;
        if (encoding == "utf-8" && all.starts_with(utf8_bom)) skipped = utf8_bom.size();
        if (encoding == "utf-16le" && all.starts_with(utf16le_bom)) skipped = utf16le_bom.size();
        if (encoding == "utf-16be" && all.starts_with(utf16be_bom)) skipped = utf16be_bom.size();
    }
    const std::string_view body = all.substr(skipped);
    std::optional<DecodeFailure> failure;
    bool verbatim = false;
    if (!encoding.empty()) {
        failure = decode_as(body, skipped, encoding, out.text, verbatim);
        out.encoding = encoding;
    } else {
        bool done = false;
        if (options.declared) {
            const std::string declared = canonical_encoding(*options.declared);
            if (encoding_known(iconv_name(declared)) && !decode_as(body, skipped, declared, out.text, verbatim)) {
                out.encoding = declared;
                done = true;
            }
        }
        if (!done) failure = detect_and_decode(body, skipped, out, verbatim);
    }
    if (failure) return failure;
    if (verbatim) {
        // The bytes are the text: taken over, not copied (an input may be
        // hundreds of MB).
        out.text = std::move(bytes);
        out.text.erase(0, skipped);
    }
    if (out.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
        return DecodeFailure{"the file is empty: there is no report text", std::nullopt};
    if (trim_spaces(out.text).empty())
        return DecodeFailure{"the file holds only white space (such as NBSP or U+3000): there is no report text",
                             std::nullopt};
    return std::nullopt;
}

}  // namespace nianbao
