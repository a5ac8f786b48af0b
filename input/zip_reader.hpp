// Reading one member of a ZIP archive (libzip) with
// a cap on its uncompressed size, so a crafted archive (a "zip bomb") fails
// with a clear message instead of exhausting memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's archive handle

namespace nianbao::frontends {

class ZipArchive {
public:
    // Throws InputError naming `path` when `bytes` are not a readable ZIP archive.
    ZipArchive(const std::string& path, std::string_view bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The member's content; nullopt when the archive has no such member.
    // Throws InputError when it is larger than `limit` once uncompressed or
    // cannot be decompressed.
    [[nodiscard]] std::optional<std::string> read(const std::string& name, std::size_t limit) const;

private:
    std::string path_;
    ::zip* archive_ = nullptr;
};

}  // namespace nianbao::frontends
