#include "input/transcode.hpp"

#include <iconv.h>

#include <cerrno>

#include <fmt/format.h>

namespace nianbao {

namespace {

class Converter {
public:
    explicit Converter(const std::string& from) : cd_(::iconv_open("UTF-8", from.c_str())) {}
    ~Converter() {
        if (valid()) ::iconv_close(cd_);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    [[nodiscard]] bool valid() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    [[nodiscard]] iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

}  // namespace

bool encoding_known(const std::string& encoding) { return Converter(encoding).valid(); }

std::optional<TranscodeFailure> transcode_to_utf8(std::string_view bytes, const std::string& encoding,
                                                  std::string& out) {
    Converter converter(encoding);
    if (!converter.valid()) return TranscodeFailure{fmt::format("unknown encoding '{}'", encoding), 0};
    out.assign(bytes.size() * 3 / 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; the input is not written
    std::size_t in_left = bytes.size();
    std::size_t written = 0;
    while (in_left > 0) {
        char* out_ptr = out.data() + written;
        std::size_t out_left = out.size() - written;
        const std::size_t result = ::iconv(converter.get(), &in, &in_left, &out_ptr, &out_left);
        written = out.size() - out_left;
        if (result != static_cast<std::size_t>(-1)) break;
        const auto offset = static_cast<std::size_t>(in - bytes.data());
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        out.resize(written);
        const auto byte = static_cast<unsigned char>(bytes[offset]);
        if (errno == EINVAL)
            return TranscodeFailure{fmt::format("not valid {} text (incomplete character at the end)", encoding),
                                    offset};
        return TranscodeFailure{fmt::format("not valid {} text (byte 0x{:02X})", encoding, byte), offset};
    }
    out.resize(written);
    return std::nullopt;
}

}  // namespace nianbao
