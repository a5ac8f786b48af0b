#include "input/zip_reader.hpp"

#include "input/source.hpp"

#include <zip.h>

#include <memory>
#include <string>

#include <fmt/format.h>

namespace nianbao::frontends {

ZipArchive::ZipArchive(const std::string& path, std::string_view bytes) : path_(path) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive_) zip_source_free(source);
    }
    if (!archive_) {
        const std::string reason = fmt::format("not a readable ZIP archive (.docx): {}", zip_error_strerror(&error));
        zip_error_fini(&error);
        throw InputError(InputError::Kind::not_text, path, reason);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t limit) const {
    const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    const auto too_large = [&] {
        return InputError(InputError::Kind::not_text, path_,
                          fmt::format("{} is larger than {} uncompressed, the text size limit; refusing to "
                                      "unpack it (a damaged or malicious archive; raise the limit with "
                                      "--max-text-size)",
                                      name, describe_size(limit)));
    };
    if (zip_stat_index(archive_, entry, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > limit)
        throw too_large();
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive_, entry, 0), zip_fclose);
    if (!file)
        throw InputError(InputError::Kind::not_text, path_,
                         fmt::format("cannot open {} in the archive: {}", name, zip_strerror(archive_)));
    // The size in the archive's directory may lie: the limit is enforced on
    // what is actually decompressed.
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            throw InputError(InputError::Kind::not_text, path_,
                             fmt::format("cannot decompress {}: {}", name, zip_file_strerror(file.get())));
        if (n == 0) break;
        if (content.size() + static_cast<std::size_t>(n) > limit) throw too_large();
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
}

}  // namespace nianbao::frontends
