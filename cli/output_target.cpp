#include "cli/output_target.hpp"

#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <iostream>

namespace nianbao::cli {

namespace fs = std::filesystem;

namespace {

// A large piece goes to standard output in one write(2): through std::cout it
// would be cut into stdio buffers of a few KB, a system call each. A failed
// write marks std::cout failed, as writing through it would.
void write_standard_output(std::string_view content) {
    constexpr std::size_t direct = 16 * 1024;
    if (content.size() < direct || !std::cout) {
        std::cout << content;
        return;
    }
    std::cout.flush();
    while (!content.empty()) {
        const ssize_t written = ::write(STDOUT_FILENO, content.data(), content.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            std::cout.setstate(std::ios::badbit);
            return;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
}

}  // namespace

OutputTarget::OutputTarget(const std::optional<std::string>& output, std::string extension)
    : extension_(std::move(extension)) {
    if (!output) return;
    path_ = *output;
    std::error_code error;
    mode_ = path_.ends_with('/') || fs::is_directory(path_, error) ? Mode::directory : Mode::file;
    if (mode_ == Mode::directory) ensure_directory(path_);
}

void OutputTarget::write(const Input& input, std::string_view content) {
    write_pieces(input, [&](const auto& sink) { sink(content); });
}

void OutputTarget::write_pieces(const Input& input,
                                const std::function<void(const std::function<void(std::string_view)>&)>& produce) {
    if (mode_ != Mode::directory) {
        produce([&](std::string_view piece) { write_named({}, piece); });
        return;
    }
    fs::path target = fs::path(path_) / input.output_rel;
    target += extension_;
    ensure_directory(target.parent_path().string());
    AtomicFile file(target.string());
    produce([&](std::string_view piece) { file.write(piece); });
    file.commit();
}

void OutputTarget::write_named(const std::string& name, std::string_view content) {
    switch (mode_) {
        case Mode::standard_output: write_standard_output(content); break;
        case Mode::file:
            if (!file_) file_ = std::make_unique<AtomicFile>(path_);
            file_->write(content);
            break;
        case Mode::directory: write_file_atomically((fs::path(path_) / name).string(), content); break;
    }
}

void OutputTarget::finish() {
    std::cout.flush();
    if (file_) file_->commit();
}

}  // namespace nianbao::cli
