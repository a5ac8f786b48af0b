#include "input/source.hpp"

#include "input/decode.hpp"
#include "input/read_input.hpp"

#include <nettle/sha2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <future>
#include <iterator>
#include <memory>

#include <fmt/format.h>

namespace nianbao {

namespace {

std::string format_error(const std::string& path, const std::string& reason,
                         std::optional<std::size_t> offset) {
    if (offset) return fmt::format("{}: byte offset {}: {}", path, *offset, reason);
    return fmt::format("{}: {}", path, reason);
}

// The SHA-256 of `prefix` followed by `bytes`, in hexadecimal.
std::string hex_sha256(std::string_view bytes, std::string_view prefix = {}) {
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, prefix.size(), reinterpret_cast<const std::uint8_t*>(prefix.data()));
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
    static std::atomic<std::uint64_t> next_id{1};
    Source source;
    source.id_ = next_id++;
    source.original_size_ = bytes.size();
    if (bytes.size() > options.limits.input_bytes)
        throw InputError(InputError::Kind::not_text, path,
                         fmt::format("the input is {} bytes, more than the input size limit of {} (raise it "
                                     "with --max-input-size)",
                                     bytes.size(), describe_size(options.limits.input_bytes)),
                         options.limits.input_bytes);
    DocumentText document = read_document(path, bytes, options);
    if (!document.took_bytes) source.sha256_ = hex_sha256(bytes);
    bytes = std::string();  // what the front-end left of the input is not needed any more
    source.path_ = std::move(path);
    source.encoding_ = std::move(document.encoding);
    source.kind_ = document.kind;
    source.origins_ = std::move(document.origins);
    source.buffer_ = std::move(document.text);
    // Every later phase relies on UTF-8; text inputs were validated when decoded.
    if (source.kind_ != InputKind::text)
        if (const auto bad = find_invalid_utf8(source.buffer_, options.threads))
            throw InputError(InputError::Kind::not_text, source.path_,
                             fmt::format("the text read from the {} is not valid UTF-8 at byte {} of that text",
                                         input_kind_name(source.kind_), *bad));
    if (source.buffer_.empty())
        throw InputError(InputError::Kind::not_text, source.path_, "the file is empty: there is no report text");
    if (source.buffer_.size() > std::min(options.limits.text_bytes, max_text_bytes - 1))
        throw text_too_large(source.path_, source.buffer_.size(), options.limits.text_bytes);
    source.text_size_ = source.buffer_.size();
    if (source.buffer_.back() != '\n' && source.buffer_.back() != '\r') source.buffer_.push_back('\n');
    if (document.took_bytes) {
        // The input is the text, which is not written to any more: a large
        // one is hashed when first asked, by the thread that asks (compile()
        // has a thread of the parse ask). The view stays valid when the
        // source moves (a large text is never stored inside the string).
        const std::string_view text = source.text();
        constexpr std::size_t aside_min = 1024 * 1024;
        if (options.threads > 1 && text.size() >= aside_min)
            source.pending_sha256_ = std::async(std::launch::deferred, hex_sha256, text, std::move(document.prefix));
        else
            source.sha256_ = hex_sha256(text, document.prefix);
    }
    source.index_lines(options.threads);
    return source;
}

const std::string& Source::sha256() const {
    if (pending_sha256_.valid()) sha256_ = pending_sha256_.get();
    return sha256_;
}

Source Source::from_file(const std::string& path, const ReadOptions& options) {
    return from_bytes(path, read_input_file(path, options.limits.input_bytes), options);
}

namespace {

// The starts of the lines that follow a line end in text[begin, end): after
// `\n`, and after a `\r` that no `\n` follows; none at the end of the text.
// Looks past `end` for the `\n` of a CRLF, so halves give the same starts.
// Positions after each LF in text[begin, end), 16 bytes compared at a time
// where SSE2 is there (most lines are short: a call to memchr per line costs
// more than the search).
void lf_line_starts(std::string_view text, std::size_t begin, std::size_t end, std::vector<std::uint32_t>& starts) {
    const auto add = [&](std::size_t lf) {
        if (lf + 1 < text.size()) starts.push_back(static_cast<std::uint32_t>(lf + 1));
    };
    std::size_t i = begin;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    for (; i + 16 <= end; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, lf))); mask != 0;
             mask &= mask - 1)
            add(i + static_cast<std::size_t>(__builtin_ctz(mask)));
    }
#endif
    for (; i < end; ++i)
        if (text[i] == '\n') add(i);
}

std::vector<std::uint32_t> line_starts_in(std::string_view text, std::size_t begin, std::size_t end, bool has_cr) {
    std::vector<std::uint32_t> starts;
    starts.reserve((end - begin) / 32 + 16);
    if (!has_cr) {
        lf_line_starts(text, begin, end, starts);
        return starts;
    }
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n ends the line
        if (i + 1 < text.size()) starts.push_back(static_cast<std::uint32_t>(i + 1));
    }
    return starts;
}

}  // namespace

void Source::index_lines(unsigned threads) {
    constexpr std::size_t parallel_min = 4 * 1024 * 1024;
    const std::string_view text = buffer_;
    const bool has_cr = text.find('\r') != std::string_view::npos;
    std::vector<std::uint32_t> first, second;
    if (threads > 1 && text.size() >= parallel_min) {
        auto later = std::async(std::launch::async, line_starts_in, text, text.size() / 2, text.size(), has_cr);
        first = line_starts_in(text, 0, text.size() / 2, has_cr);
        second = later.get();
    } else {
        first = line_starts_in(text, 0, text.size(), has_cr);
    }
    line_starts_.clear();
    line_starts_.reserve(1 + first.size() + second.size());
    line_starts_.push_back(0);
    line_starts_.insert(line_starts_.end(), first.begin(), first.end());
    line_starts_.insert(line_starts_.end(), second.begin(), second.end());
}

std::size_t Source::line_of(std::size_t offset) const {
    // Spans are mostly asked for in increasing order: start at the line of the
    // previous answer. Per thread, because parts of one source are built side
    // by side; it is only a hint, checked before use.
    thread_local std::size_t last_line_ = 0;
    const std::size_t count = line_starts_.size();
    std::size_t line = last_line_ < count && line_starts_[last_line_] <= offset ? last_line_ : 0;
    // Forward from the hint in growing steps, then a binary search between the
    // last two: a jump of a few lines stays within a few cache lines of the
    // index, where a search of the whole rest would not.
    std::size_t step = 1;
    while (line + step < count && line_starts_[line + step] <= offset) {
        line += step;
        step *= 2;
    }
    const auto from = line_starts_.begin() + static_cast<std::ptrdiff_t>(line);
    const auto to = line_starts_.begin() + static_cast<std::ptrdiff_t>(std::min(line + step, count));
    return last_line_ = static_cast<std::size_t>(std::upper_bound(from, to, offset) - line_starts_.begin()) - 1;
}

namespace {

// Code points in [begin, end) = bytes − UTF-8 continuation bytes (10xxxxxx),
// counted sixteen bytes at a time (SSE2) or eight.
std::size_t code_points(const char* begin, const char* end) {
    std::size_t continuation = 0;
    const char* p = begin;
#if defined(__SSE2__)
    // As signed bytes, continuation bytes are those below −64. Each block
    // subtracts −1 per continuation byte from byte counters, which are summed
    // before they can overflow (255 blocks).
    const __m128i below = _mm_set1_epi8(-64);
    while (end - p >= 16) {
        __m128i counts = _mm_setzero_si128();
        for (int blocks = 0; blocks < 255 && end - p >= 16; ++blocks, p += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(bytes, below));
        }
        const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        continuation += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                        static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        // One bit per continuation byte, moved to the byte's low bit and summed
        // by multiplication (no popcount instruction needed).
        const std::uint64_t marks = ((word & ~(word << 1)) & 0x8080808080808080ULL) >> 7;
        continuation += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
    }
    for (; p < end; ++p)
        if ((static_cast<unsigned char>(*p) & 0xC0) == 0x80) ++continuation;
    return static_cast<std::size_t>(end - begin) - continuation;
}

}  // namespace

namespace {

// The last column answered on this thread. Spans of the cells of one row come
// one after the other on the same line: counting goes on from there instead of
// from the line start. Per thread (parts of one source are built side by side),
// checked before use.
struct ColumnMemo {
    std::uint64_t source = 0;
    std::size_t line = 0, offset = 0, column = 0;
};
thread_local ColumnMemo column_memo;

}  // namespace

std::size_t Source::column_of(std::size_t line, std::size_t offset) const {
    const std::size_t end = std::min(offset, buffer_.size());
    std::size_t from = line_starts_[line];
    std::size_t column = 1;
    if (column_memo.source == id_ && column_memo.line == line && column_memo.offset <= end) {
        from = column_memo.offset;
        column = column_memo.column;
    }
    column += code_points(buffer_.data() + from, buffer_.data() + end);
    column_memo = {id_, line, end, column};
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
    // Most spans (cells, lines) end on the line they begin on: the end column
    // counts on from the begin column. An end at the next line's start is on
    // that line.
    if (begin_line + 1 >= line_starts_.size() || end < line_starts_[begin_line + 1]) {
        span.end_line = span.line;
        span.end_column = span.column + code_points(buffer_.data() + span.offset, buffer_.data() + end);
        column_memo = {id_, begin_line, end, span.end_column};
        return span;
    }
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
