// libzip, with the cryptography library it links, takes longer to load than a
// small report takes to compile, and only Word input needs it: it is loaded
// the first time a .docx is read (dlopen), and its functions looked up then.
#include "input/zip_reader.hpp"

#include "input/source.hpp"

#include <dlfcn.h>
#include <zip.h>

#include <memory>
#include <string>

#include <fmt/format.h>

namespace nianbao::frontends {

namespace {

// The libzip functions the reader calls, listed once for the table and for
// the lookup.
#define NIANBAO_LIBZIP_FUNCTIONS(X)                                                                       \
    X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_source_buffer_create) X(zip_source_free) \
    X(zip_open_from_source) X(zip_discard) X(zip_name_locate) X(zip_stat_init) X(zip_stat_index)         \
    X(zip_fopen_index) X(zip_fclose) X(zip_fread) X(zip_strerror) X(zip_file_strerror)

// Those functions, by the same names.
struct Libzip {
    std::string error;  // why it could not be loaded; empty when it was
#define NIANBAO_LIBZIP_FIELD(name) decltype(&::name) name = nullptr;
    NIANBAO_LIBZIP_FUNCTIONS(NIANBAO_LIBZIP_FIELD)
#undef NIANBAO_LIBZIP_FIELD
};

template <typename Function>
void look_up(void* handle, const char* name, Function& function, std::string& error) {
    function = reinterpret_cast<Function>(::dlsym(handle, name));
    if (!function && error.empty()) error = fmt::format("{} has no {}", NIANBAO_LIBZIP, name);
}

// Where the build found libzip, then by its name alone (the system's search path).
const Libzip& libzip() {
    static const Libzip loaded = [] {
        Libzip z;
        void* handle = nullptr;
        for (const char* name : {NIANBAO_LIBZIP, NIANBAO_LIBZIP_SONAME})
            if ((handle = ::dlopen(name, RTLD_NOW | RTLD_LOCAL))) break;
        if (!handle) {
            const char* why = ::dlerror();
            z.error = fmt::format("{} could not be loaded: {}", NIANBAO_LIBZIP_SONAME, why ? why : "?");
            return z;
        }
#define NIANBAO_LIBZIP_LOOK_UP(name) look_up(handle, #name, z.name, z.error);
        NIANBAO_LIBZIP_FUNCTIONS(NIANBAO_LIBZIP_LOOK_UP)
#undef NIANBAO_LIBZIP_LOOK_UP
        return z;
    }();
    return loaded;
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path, std::string_view bytes) : path_(path) {
    const Libzip& z = libzip();
    if (!z.error.empty())
        throw InputError(InputError::Kind::not_text, path, fmt::format("Word (.docx) input is not available: {}", z.error));
    zip_error_t error;
    z.zip_error_init(&error);
    zip_source_t* source = z.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        archive_ = z.zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive_) z.zip_source_free(source);
    }
    if (!archive_) {
        const std::string reason = fmt::format("not a readable ZIP archive (.docx): {}", z.zip_error_strerror(&error));
        z.zip_error_fini(&error);
        throw InputError(InputError::Kind::not_text, path, reason);
    }
    z.zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (archive_) libzip().zip_discard(archive_);
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t limit) const {
    const Libzip& z = libzip();
    const zip_int64_t index = z.zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    z.zip_stat_init(&stat);
    const auto too_large = [&] {
        return InputError(InputError::Kind::not_text, path_,
                          fmt::format("{} is larger than {} uncompressed, the text size limit; refusing to "
                                      "unpack it (a damaged or malicious archive; raise the limit with "
                                      "--max-text-size)",
                                      name, describe_size(limit)));
    };
    if (z.zip_stat_index(archive_, entry, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > limit)
        throw too_large();
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(z.zip_fopen_index(archive_, entry, 0), z.zip_fclose);
    if (!file)
        throw InputError(InputError::Kind::not_text, path_,
                         fmt::format("cannot open {} in the archive: {}", name, z.zip_strerror(archive_)));
    // The size in the archive's directory may lie: the limit is enforced on
    // what is actually decompressed.
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t n = z.zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            throw InputError(InputError::Kind::not_text, path_,
                             fmt::format("cannot decompress {}: {}", name, z.zip_file_strerror(file.get())));
        if (n == 0) break;
        if (content.size() + static_cast<std::size_t>(n) > limit) throw too_large();
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
}

}  // namespace nianbao::frontends
