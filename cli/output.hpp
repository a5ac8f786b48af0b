// Writing outputs atomically: a temporary file beside the target, renamed
// over it once complete, so an interrupted run never leaves half a file.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace nianbao::cli {

class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file written in pieces and put in place whole by commit(); destroyed
// without commit, it leaves the target as it was. Throws OutputError.
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    void write(std::string_view content);
    void commit();

private:
    std::string path_;
    std::string temp_;
    int fd_ = -1;
};

// Throws OutputError naming the path and the reason.
void write_file_atomically(const std::string& path, std::string_view content);

// Creates the directory (and parents) if needed; throws OutputError.
void ensure_directory(const std::string& path);

}  // namespace nianbao::cli
