#include "source.hpp"

#include "decode.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

namespace nianbao {

namespace {

std::string format_error(const std::string& path, const std::string& reason,
                         std::optional<std::size_t> offset) {
    if (offset) return fmt::format("{}: byte offset {}: {}", path, *offset, reason);
    return fmt::format("{}: {}", path, reason);
}

std::string hex_sha256(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) fmt::format_to(std::back_inserter(hex), "{:02x}", digest[i]);
    return hex;
}

std::string read_stream(std::istream& in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

}  // namespace

InputError::InputError(Kind kind, std::string path, std::string reason,
                       std::optional<std::size_t> offset)
    : std::runtime_error(format_error(path, reason, offset)),
      kind_(kind),
      path_(std::move(path)),
      reason_(std::move(reason)),
      offset_(offset) {}

Source Source::from_bytes(std::string path, std::string bytes) {
    Source source;
    source.original_size_ = bytes.size();
    source.sha256_ = hex_sha256(bytes);
    Decoded decoded;
    if (auto failure = decode_text(std::move(bytes), decoded))
        throw InputError(InputError::Kind::not_text, path, failure->reason, failure->offset);
    source.path_ = std::move(path);
    source.encoding_ = std::move(decoded.encoding);
    source.buffer_ = std::move(decoded.text);
    source.text_size_ = source.buffer_.size();
    if (source.buffer_.back() != '\n' && source.buffer_.back() != '\r') source.buffer_.push_back('\n');
    source.index_lines();
    return source;
}

Source Source::from_file(const std::string& path) {
    if (path == "-") return from_bytes("-", read_stream(std::cin));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(InputError::Kind::unreadable, path, std::strerror(errno));
    std::string bytes = read_stream(in);
    if (in.bad()) throw InputError(InputError::Kind::unreadable, path, "read error");
    return from_bytes(path, std::move(bytes));
}

void Source::index_lines() {
    line_starts_.clear();
    line_starts_.push_back(0);
    const std::string_view text = buffer_;
    const bool has_cr = text.find('\r') != std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!has_cr) {
            const void* nl = std::memchr(text.data() + i, '\n', text.size() - i);
            if (!nl) break;
            i = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
        }
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (text[i] == '\n' || text[i] == '\r') {
            if (i + 1 < text.size()) line_starts_.push_back(i + 1);
        }
    }
}

std::size_t Source::line_of(std::size_t offset) const {
    // Spans are mostly asked for in increasing order: start at the line of the
    // previous answer. Per thread, because parts of one source are built side
    // by side; it is only a hint, checked before use.
    thread_local std::size_t last_line_ = 0;
    const std::size_t count = line_starts_.size();
    std::size_t line = last_line_ < count && line_starts_[last_line_] <= offset ? last_line_ : 0;
    // A few steps forward from the hint, then a binary search for long jumps.
    for (int step = 0; step < 8; ++step) {
        if (line + 1 >= count || line_starts_[line + 1] > offset) return last_line_ = line;
        ++line;
    }
    const auto it = std::upper_bound(line_starts_.begin() + static_cast<std::ptrdiff_t>(line), line_starts_.end(),
                                     offset);
    return last_line_ = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
}

// Code points = bytes − UTF-8 continuation bytes (10xxxxxx), counted eight
// bytes at a time: spans are computed for every cell and line.
std::size_t Source::column_of(std::size_t line, std::size_t offset) const {
    const std::size_t begin = line_starts_[line];
    const std::size_t end = std::min(offset, buffer_.size());
    std::size_t continuation = 0;
    std::size_t i = begin;
    for (; i + 8 <= end; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, buffer_.data() + i, 8);
        // One bit per continuation byte, moved to the byte's low bit and summed
        // by multiplication (no popcount instruction needed).
        const std::uint64_t marks = ((word & ~(word << 1)) & 0x8080808080808080ULL) >> 7;
        continuation += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
    }
    for (; i < end; ++i)
        if ((static_cast<unsigned char>(buffer_[i]) & 0xC0) == 0x80) ++continuation;
    return end - begin - continuation + 1;
}

Span Source::span(ByteRange range) const {
    Span span;
    span.offset = std::min(range.offset, text_size_);
    span.length = std::min(range.length, text_size_ - span.offset);
    const std::size_t begin_line = line_of(span.offset);
    const std::size_t end_line = line_of(span.offset + span.length);
    span.line = begin_line + 1;
    span.column = column_of(begin_line, span.offset);
    span.end_line = end_line + 1;
    span.end_column = column_of(end_line, span.offset + span.length);
    return span;
}

std::string_view Source::line(std::size_t number) const {
    if (number == 0 || number > line_starts_.size()) return {};
    const std::size_t begin = line_starts_[number - 1];
    std::size_t end = number < line_starts_.size() ? line_starts_[number] : buffer_.size();
    while (end > begin && (buffer_[end - 1] == '\n' || buffer_[end - 1] == '\r')) --end;
    return std::string_view(buffer_).substr(begin, std::min(end, text_size_) - std::min(begin, text_size_));
}

}  // namespace nianbao
