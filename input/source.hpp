// One input, decoded: the UTF-8 text every later phase reads, the facts about
// the original bytes, and the line index that turns byte offsets into spans.
#pragma once

#include "input/frontend.hpp"
#include "input/span.hpp"
#include "input/traditional.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// An input that cannot be compiled at all. `unreadable`: the path cannot be
// read (exit code 2); `not_text`: it was read but holds no report text (1).
class InputError : public std::runtime_error {
public:
    enum class Kind { unreadable, not_text };
    InputError(Kind kind, std::string path, std::string reason,
               std::optional<std::size_t> offset = {});
    [[nodiscard]] Kind kind() const { return kind_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] const std::string& reason() const { return reason_; }
    [[nodiscard]] std::optional<std::size_t> offset() const { return offset_; }

private:
    Kind kind_;
    std::string path_;
    std::string reason_;
    std::optional<std::size_t> offset_;
};

// The error of a decoded or unpacked text larger than `limit`
// (InputLimits::text_bytes).
[[nodiscard]] InputError text_too_large(const std::string& path, std::size_t size, std::size_t limit);

// Offsets into a text are kept in 32 bits (the line index is a large part
// of a big input's memory), so a text must be smaller than 4 GiB.
inline constexpr std::size_t max_text_bytes = 0xFFFFFFF0u;

class Source {
public:
    // Reads `bytes` through the front-end their content calls for (text, web
    // page, .docx, PDF; see frontends/frontend.hpp); throws InputError when
    // they hold no report text.
    static Source from_bytes(std::string path, std::string bytes, const ReadOptions& options = {});
    // Path "-" reads standard input.
    static Source from_file(const std::string& path, const ReadOptions& options = {});

    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] std::string_view text() const { return {buffer_.data(), text_size_}; }
    // The text with a line end guaranteed at its end, as the grammar wants it.
    [[nodiscard]] std::string_view parse_text() const { return buffer_; }
    [[nodiscard]] const std::string& encoding() const { return encoding_; }
    [[nodiscard]] std::size_t original_size() const { return original_size_; }
    // Of the input bytes.
    [[nodiscard]] const std::string& sha256() const { return sha256_; }
    [[nodiscard]] InputKind kind() const { return kind_; }
    // Where the decoded text came from in the original file (empty for text).
    [[nodiscard]] const OriginMap& origins() const { return origins_; }
    // Whether the text was converted from traditional characters (W5).
    [[nodiscard]] const Simplification& simplification() const { return simplification_; }

    [[nodiscard]] Span span(ByteRange range) const;
    [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
    // The text of a 1-based line, without its line end.
    [[nodiscard]] std::string_view line(std::size_t number) const;
    // The text of the line that holds byte `offset`, without its line end.
    [[nodiscard]] std::string_view line_at(std::size_t offset) const { return line(line_of(offset) + 1); }

private:
    Source() = default;
    void index_lines();
    [[nodiscard]] std::size_t line_of(std::size_t offset) const;   // 0-based
    [[nodiscard]] std::size_t column_of(std::size_t line, std::size_t offset) const;

    std::string path_;
    std::string buffer_;
    std::size_t text_size_ = 0;
    std::string encoding_;
    std::size_t original_size_ = 0;
    std::string sha256_;
    InputKind kind_ = InputKind::text;
    OriginMap origins_;
    Simplification simplification_;
    std::vector<std::uint32_t> line_starts_;  // texts are capped below 4 GiB (from_bytes)
    struct ColumnMemo {
        std::size_t line = SIZE_MAX, offset = 0, column = 0;
    };
    mutable ColumnMemo last_column_;  // a source is read by one thread
};

}  // namespace nianbao
