#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include <fmt/format.h>

namespace nianbao::cli {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
    throw OutputError(fmt::format("{}: cannot {}: {}", path, what, std::strerror(error)));
}

}  // namespace

void ensure_directory(const std::string& path) {
    std::error_code error;
    fs::create_directories(path, error);
    if (error) throw OutputError(fmt::format("{}: cannot create directory: {}", path, error.message()));
    if (!fs::is_directory(path, error)) throw OutputError(fmt::format("{}: not a directory", path));
}

void write_file_atomically(const std::string& path, std::string_view content) {
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp_name = ".";
    temp_name += target.filename().string();
    temp_name += ".XXXXXX";
    std::string temp = (directory / temp_name).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) fail(path, "create a temporary file", errno);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail(path, "write", error);
        }
        written += static_cast<std::size_t>(n);
    }
    // The file is readable like any file the user creates (mkstemp makes it 0600).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    // No fsync: the rename already guarantees that readers see either the old
    // file or the whole new one, and a sync per file would dominate batches.
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, "write", error);
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, "replace", error);
    }
}

}  // namespace nianbao::cli
