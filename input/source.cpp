#include "input/source.hpp"

#include "input/read_input.hpp"
#include "input/utf8.hpp"

#include <nettle/sha2.h>

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace nianbao {

namespace {

std::string format_error(const std::string& path, const std::string& reason,
                         std::optional<std::size_t> offset) {
    if (offset) return fmt::format("{}: byte offset {}: {}", path, *offset, reason);
    return fmt::format("{}: {}", path, reason);
}

// The SHA-256 of `bytes`, in hexadecimal.
std::string hex_sha256(std::string_view bytes) {
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
    static constexpr char hex_digits[] = "0123456789abcdef";
    std::string hex(2 * SHA256_DIGEST_SIZE, '0');
    for (std::size_t i = 0; i < SHA256_DIGEST_SIZE; ++i) {
        hex[2 * i] = hex_digits[digest[i] >> 4];
        hex[2 * i + 1] = hex_digits[digest[i] & 0xF];
    }
    return hex;
}

}  // namespace

InputError text_too_large(const std::string& path, std::size_t size, std::size_t limit) {
    return InputError(InputError::Kind::not_text, path,
                      fmt::format("the text is {} bytes, more than the text size limit of {} (raise it with "
                                  "--max-text-size)",
                                  size, describe_size(std::min(limit, max_text_bytes - 1))));
}

InputError::InputError(Kind kind, std::string path, std::string reason,
                       std::optional<std::size_t> offset)
    : std::runtime_error(format_error(path, reason, offset)),
      kind_(kind),
      path_(std::move(path)),
      reason_(std::move(reason)),
      offset_(offset) {}

Source Source::from_bytes(std::string path, std::string bytes, const ReadOptions& options) {
    Source source;
    source.original_size_ = bytes.size();
    if (bytes.size() > options.limits.input_bytes)
        throw InputError(InputError::Kind::not_text, path,
                         fmt::format("the input is {} bytes, more than the input size limit of {} (raise it "
                                     "with --max-input-size)",
                                     bytes.size(), describe_size(options.limits.input_bytes)),
                         options.limits.input_bytes);
    source.sha256_ = hex_sha256(bytes);
    DocumentText document = read_document(path, std::move(bytes), options);
    // Every later phase relies on UTF-8; text inputs were validated when decoded.
    if (document.kind != InputKind::text)
        if (const auto bad = find_invalid_utf8(document.text))
            throw InputError(InputError::Kind::not_text, path,
                             fmt::format("the text read from the {} is not valid UTF-8 at byte {} of that text",
                                         input_kind_name(document.kind), *bad));
    source.simplification_ = simplify_traditional(document);
    source.path_ = std::move(path);
    source.encoding_ = std::move(document.encoding);
    source.kind_ = document.kind;
    source.origins_ = std::move(document.origins);
    source.buffer_ = std::move(document.text);
    if (source.buffer_.empty())
        throw InputError(InputError::Kind::not_text, source.path_, "the file is empty: there is no report text");
    if (source.buffer_.size() > std::min(options.limits.text_bytes, max_text_bytes - 1))
        throw text_too_large(source.path_, source.buffer_.size(), options.limits.text_bytes);
    source.text_size_ = source.buffer_.size();
    if (source.buffer_.back() != '\n' && source.buffer_.back() != '\r') source.buffer_.push_back('\n');
    source.index_lines();
    return source;
}

Source Source::from_file(const std::string& path, const ReadOptions& options) {
    return from_bytes(path, read_input_file(path, options.limits.input_bytes), options);
}

// The start of every line: after `\n`, and after a `\r` that no `\n`
// follows; none at the end of the text.
void Source::index_lines() {
    const std::string_view text = buffer_;
    line_starts_.assign(1, 0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n ends the line
        if (i + 1 < text.size()) line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
}

std::size_t Source::line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin()) - 1;
}

// Columns are counted from the line start, or on from the last column asked
// on the same line: a line of crawler text holds a whole report, and its
// cells are asked for one after the other.
std::size_t Source::column_of(std::size_t line, std::size_t offset) const {
    const std::size_t end = std::min(offset, buffer_.size());
    std::size_t from = line_starts_[line];
    std::size_t column = 1;
    if (last_column_.line == line && last_column_.offset <= end && last_column_.offset >= from) {
        from = last_column_.offset;
        column = last_column_.column;
    }
    column += code_point_count(std::string_view(buffer_).substr(from, end - from));
    last_column_ = {line, end, column};
    return column;
}

Span Source::span(ByteRange range) const {
    Span span;
    span.offset = std::min(range.offset(), text_size_);
    span.length = std::min(range.length(), text_size_ - span.offset);
    const std::size_t begin_line = line_of(span.offset);
    span.line = begin_line + 1;
    span.column = column_of(begin_line, span.offset);
    const std::size_t end = span.offset + span.length;
    const std::size_t end_line = line_of(end);
    span.end_line = end_line + 1;
    span.end_column = column_of(end_line, end);
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
