#include "stored_zip.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace nianbao::fuzz {

namespace {

std::uint32_t crc32(std::string_view bytes) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char byte : bytes) crc = table[(crc ^ static_cast<unsigned char>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(std::string& out, std::uint32_t value) {
    out.push_back(static_cast<char>(value & 0xFF));
    out.push_back(static_cast<char>((value >> 8) & 0xFF));
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// The fields local and central headers share: version needed … name length.
void common_fields(std::string& out, std::uint32_t crc, std::uint32_t size, std::size_t name_size) {
    put16(out, 20);      // version needed: 2.0
    put16(out, 0);       // flags
    put16(out, 0);       // method: stored
    put16(out, 0);       // time
    put16(out, 0x21);    // date: 1980-01-01
    put32(out, crc);
    put32(out, size);    // compressed
    put32(out, size);    // uncompressed
    put16(out, static_cast<std::uint32_t>(name_size));
    put16(out, 0);       // extra field length
}

}  // namespace

std::string stored_docx(const std::string& document_xml) {
    constexpr std::string_view name = "word/document.xml";
    const std::uint32_t crc = crc32(document_xml);
    const auto size = static_cast<std::uint32_t>(document_xml.size());
    std::string out;
    put32(out, 0x04034B50);  // local file header
    common_fields(out, crc, size, name.size());
    out += name;
    out += document_xml;
    const auto directory = static_cast<std::uint32_t>(out.size());
    put32(out, 0x02014B50);  // central directory header
    put16(out, 20);          // version made by
    common_fields(out, crc, size, name.size());
    put16(out, 0);  // comment length
    put16(out, 0);  // disk number
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, 0);  // offset of the local header
    out += name;
    const auto directory_size = static_cast<std::uint32_t>(out.size()) - directory;
    put32(out, 0x06054B50);  // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, 1);
    put16(out, 1);
    put32(out, directory_size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

}  // namespace nianbao::fuzz
