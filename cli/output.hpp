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

// Throws OutputError naming the path and the reason.
void write_file_atomically(const std::string& path, std::string_view content);

// Creates the directory (and parents) if needed; throws OutputError.
void ensure_directory(const std::string& path);

}  // namespace nianbao::cli
