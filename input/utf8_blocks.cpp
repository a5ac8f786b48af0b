// The lookup algorithm of Keiser and Lemire, "Validating UTF-8 in less than
// one instruction per byte" (Software: Practice and Experience, 2021): three
// table lookups classify each pair of adjacent bytes by the errors the pair
// could belong to; a byte is in error where all three agree. The second and
// third continuation bytes of three- and four-byte sequences are checked
// against the lead two and three bytes back.
#include "input/utf8_blocks.hpp"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define NIANBAO_UTF8_BLOCKS 1
#endif

namespace nianbao {

#if defined(NIANBAO_UTF8_BLOCKS)

namespace {

// What a pair (previous byte, this byte) may be wrong by, one bit each.
constexpr std::uint8_t too_short = 1 << 0;   // a lead not followed by a continuation
constexpr std::uint8_t too_long = 1 << 1;    // a continuation after ASCII
constexpr std::uint8_t overlong_3 = 1 << 2;  // E0 80…9F
constexpr std::uint8_t too_large = 1 << 3;   // F4 90…BF, F5…FF
constexpr std::uint8_t surrogate = 1 << 4;   // ED A0…BF
constexpr std::uint8_t overlong_2 = 1 << 5;  // C0, C1
constexpr std::uint8_t too_large_1000 = 1 << 6;
constexpr std::uint8_t overlong_4 = 1 << 6;  // F0 80…8F
constexpr std::uint8_t two_continuations = 1 << 7;
constexpr std::uint8_t carry = too_short | too_long | two_continuations;

#define NIANBAO_BYTES(...) _mm_setr_epi8(__VA_ARGS__)

__attribute__((target("ssse3"))) inline __m128i shift_right_4(__m128i bytes) {
    return _mm_and_si128(_mm_srli_epi16(bytes, 4), _mm_set1_epi8(0x0F));
}

// The errors the pair (prev1, input) may belong to, by its three nibbles.
__attribute__((target("ssse3"))) inline __m128i special_cases(__m128i input, __m128i prev1) {
    const auto c = [](std::uint8_t bits) { return static_cast<char>(bits); };
    const __m128i byte_1_high = _mm_shuffle_epi8(
        NIANBAO_BYTES(c(too_long), c(too_long), c(too_long), c(too_long), c(too_long), c(too_long), c(too_long),
                      c(too_long), c(two_continuations), c(two_continuations), c(two_continuations),
                      c(two_continuations), c(too_short | overlong_2), c(too_short),
                      c(too_short | overlong_3 | surrogate), c(too_short | too_large | too_large_1000 | overlong_4)),
        shift_right_4(prev1));
    const __m128i byte_1_low = _mm_shuffle_epi8(
        NIANBAO_BYTES(c(carry | overlong_3 | overlong_2 | overlong_4), c(carry | overlong_2), c(carry), c(carry),
                      c(carry | too_large), c(carry | too_large | too_large_1000),
                      c(carry | too_large | too_large_1000), c(carry | too_large | too_large_1000),
                      c(carry | too_large | too_large_1000), c(carry | too_large | too_large_1000),
                      c(carry | too_large | too_large_1000), c(carry | too_large | too_large_1000),
                      c(carry | too_large | too_large_1000), c(carry | too_large | too_large_1000 | surrogate),
                      c(carry | too_large | too_large_1000), c(carry | too_large | too_large_1000)),
        _mm_and_si128(prev1, _mm_set1_epi8(0x0F)));
    const __m128i byte_2_high = _mm_shuffle_epi8(
        NIANBAO_BYTES(c(too_short), c(too_short), c(too_short), c(too_short), c(too_short), c(too_short),
                      c(too_short), c(too_short),
                      c(too_long | overlong_2 | two_continuations | overlong_3 | too_large_1000 | overlong_4),
                      c(too_long | overlong_2 | two_continuations | overlong_3 | too_large),
                      c(too_long | overlong_2 | two_continuations | surrogate | too_large),
                      c(too_long | overlong_2 | two_continuations | surrogate | too_large), c(too_short),
                      c(too_short), c(too_short), c(too_short)),
        shift_right_4(input));
    return _mm_and_si128(_mm_and_si128(byte_1_high, byte_1_low), byte_2_high);
}

// Non-zero where the block is not well-formed given the block before it.
__attribute__((target("ssse3"))) inline __m128i block_errors(__m128i input, __m128i previous) {
    const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
    const __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
    const __m128i prev3 = _mm_alignr_epi8(input, previous, 13);
    // Bit 7 set where the byte must be the second or third continuation: two
    // bytes after a lead of three or more, three after a lead of four.
    const __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    const __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    const __m128i must_continue = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(static_cast<char>(0x80)));
    return _mm_xor_si128(must_continue, special_cases(input, prev1));
}

// Non-zero when the block ends inside a sequence: a lead of four in its last
// three bytes, of three or more in its last two, of two or more in its last.
__attribute__((target("ssse3"))) inline __m128i ends_inside(__m128i input) {
    const __m128i max = NIANBAO_BYTES(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, static_cast<char>(0xF0 - 1),
                                      static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));
    return _mm_subs_epu8(input, max);
}

__attribute__((target("ssse3"))) bool valid_ssse3(std::string_view text) {
    const char* p = text.data();
    const char* const end = p + text.size();
    __m128i previous = _mm_setzero_si128();
    __m128i errors = _mm_setzero_si128();
    __m128i incomplete = _mm_setzero_si128();
    const auto check = [&](__m128i input) {
        if (_mm_movemask_epi8(input) == 0) {
            errors = _mm_or_si128(errors, incomplete);  // ASCII may not follow an unfinished sequence
        } else {
            errors = _mm_or_si128(errors, block_errors(input, previous));
            incomplete = ends_inside(input);
        }
        previous = input;
    };
    for (; end - p >= 16; p += 16) check(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    if (p < end) {
        // The rest padded with NUL: ASCII, which no sequence may end at.
        char last[16] = {};
        std::memcpy(last, p, static_cast<std::size_t>(end - p));
        check(_mm_loadu_si128(reinterpret_cast<const __m128i*>(last)));
    }
    errors = _mm_or_si128(errors, incomplete);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) == 0xFFFF;
}

}  // namespace

std::optional<bool> utf8_valid_by_blocks(std::string_view text) {
    static const bool supported = __builtin_cpu_supports("ssse3");
    if (!supported) return std::nullopt;
    return valid_ssse3(text);
}

#else

std::optional<bool> utf8_valid_by_blocks(std::string_view) { return std::nullopt; }

#endif

}  // namespace nianbao
