#include "cli/output.hpp"

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

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    const fs::path target(path_);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string name = ".";
    name += target.filename().string();
    name += ".XXXXXX";
    temp_ = (directory / name).string();
    fd_ = ::mkstemp(temp_.data());
    if (fd_ < 0) {
        // The user named the output, not a temporary file: say why that
        // output cannot be written, and that the file beside it is ours.
        const int error = errno;
        throw OutputError(fmt::format("{}: cannot write the output: no new file can be created in {} ({}); the output "
                                      "is written to a temporary file beside it, then renamed",
                                      path_, directory.string(), std::strerror(error)));
    }
    // Readable like any file the user creates (mkstemp makes it 0600).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
}

AtomicFile::~AtomicFile() {
    if (fd_ < 0) return;
    ::close(fd_);
    ::unlink(temp_.c_str());
}

void AtomicFile::write(std::string_view content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd_, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(path_, "write", errno);
        }
        written += static_cast<std::size_t>(n);
    }
}

void AtomicFile::commit() {
    // No fsync: the rename already guarantees that readers see either the old
    // file or the whole new one, and a sync per file would dominate batches.
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp_.c_str());
        fail(path_, "write", error);
    }
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp_.c_str());
        fail(path_, "replace", error);
    }
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

void ensure_directory(const std::string& path) {
    std::error_code error;
    fs::create_directories(path, error);
    if (error) throw OutputError(fmt::format("{}: cannot create directory: {}", path, error.message()));
    if (!fs::is_directory(path, error)) throw OutputError(fmt::format("{}: not a directory", path));
}

}  // namespace nianbao::cli
