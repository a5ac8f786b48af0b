#include "input/read_input.hpp"

#include "input/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace nianbao {

namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd, bool owned) : fd_(fd), owned_(owned) {}
    ~FileDescriptor() {
        if (owned_ && fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    [[nodiscard]] int get() const { return fd_; }

private:
    int fd_;
    bool owned_;
};

[[noreturn]] void fail_unreadable(const std::string& path, int error) {
    throw InputError(InputError::Kind::unreadable, path, std::strerror(error));
}

// One read(2) into data[0, size), retried when a signal interrupts it; 0 at
// the end of the input.
std::size_t read_some(int fd, const std::string& path, char* data, std::size_t size) {
    for (;;) {
        const ssize_t n = ::read(fd, data, size);
        if (n >= 0) return static_cast<std::size_t>(n);
        if (errno != EINTR) fail_unreadable(path, errno);
    }
}

// `size`: of a regular file; a stream is refused as it passes the limit.
[[noreturn]] void fail_too_large(const std::string& path, std::size_t limit, std::optional<std::size_t> size) {
    const std::string what =
        size ? fmt::format("the file is {} bytes, more than", *size) : std::string("the input is larger than");
    throw InputError(InputError::Kind::not_text, path,
                     fmt::format("{} the input size limit of {} (raise it with --max-input-size)", what,
                                 describe_size(limit)),
                     limit);
}

// Appends what `fd` delivers until its end; refuses the input once it holds
// more than `limit` bytes. Read in blocks and joined once at the end, so a
// refused stream never costs more than the limit.
void read_all(int fd, const std::string& path, std::size_t limit, std::string& bytes) {
    constexpr std::size_t block_size = 1 << 20;
    std::vector<std::string> blocks;
    std::size_t total = bytes.size();
    for (;;) {
        std::string block(block_size, '\0');
        std::size_t used = 0;
        while (used < block.size()) {
            const std::size_t n = read_some(fd, path, block.data() + used, block.size() - used);
            if (n == 0) break;
            used += n;
            if (total + used > limit) fail_too_large(path, limit, std::nullopt);
        }
        block.resize(used);
        total += used;
        if (used > 0) blocks.push_back(std::move(block));
        if (used < block_size) break;
    }
    bytes.reserve(total + 1);
    for (const auto& block : blocks) bytes += block;
}

// A regular file of `size` bytes in one allocation, with a byte spare for
// the final line end the parser may append; what it holds beyond `size` (it
// grew while being read) is read as a stream.
std::string read_regular_file(int fd, const std::string& path, std::size_t size, std::size_t limit) {
    if (size > limit) fail_too_large(path, limit, size);
    std::string bytes;
    bytes.reserve(size + 1);
    bytes.resize(size);
    std::size_t used = 0;
    while (used < size) {
        const std::size_t n = read_some(fd, path, bytes.data() + used, size - used);
        if (n == 0) break;
        used += n;
    }
    bytes.resize(used);
    char probe = 0;
    if (read_some(fd, path, &probe, 1) == 0) return bytes;
    bytes.push_back(probe);
    if (bytes.size() > limit) fail_too_large(path, limit, std::nullopt);
    read_all(fd, path, limit, bytes);
    return bytes;
}

}  // namespace

std::string read_input_file(const std::string& path, std::size_t limit) {
    const bool standard_input = path == "-";
    const FileDescriptor fd(standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC),
                            !standard_input);
    if (fd.get() < 0) fail_unreadable(path, errno);
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0) fail_unreadable(path, errno);
    if (S_ISDIR(status.st_mode)) fail_unreadable(path, EISDIR);
    if (S_ISREG(status.st_mode)) return read_regular_file(fd.get(), path, static_cast<std::size_t>(status.st_size), limit);
    std::string bytes;
    read_all(fd.get(), path, limit, bytes);
    return bytes;
}

}  // namespace nianbao
