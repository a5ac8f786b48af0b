// Where a command's output goes (OUTPUT.md §1): standard output, one file
// (`-o FILE`, streamed to a temporary file and put in place at the end) or a
// directory with one file per input (`-o DIR/`, each put in place as soon as
// it is ready). Nothing is held in memory beyond one input's output.
#pragma once

#include "cli/inputs.hpp"
#include "cli/output.hpp"

#include <functional>
#include <memory>
#include <string_view>

#include <optional>
#include <string>

namespace nianbao::cli {

class OutputTarget {
public:
    // `extension` of the per-input files in directory mode, e.g. ".json".
    OutputTarget(const std::optional<std::string>& output, std::string extension);

    [[nodiscard]] bool per_input_files() const { return mode_ == Mode::directory; }
    [[nodiscard]] const std::string& directory() const { return path_; }

    // Directory mode: the input's own file. Otherwise appended to the stream.
    void write(const Input& input, std::string_view content);
    // The same, for content produced in pieces by `produce(sink)`.
    void write_pieces(const Input& input, const std::function<void(const std::function<void(std::string_view)>&)>& produce);
    // Appended to the stream, or written as a named file in directory mode.
    void write_named(const std::string& name, std::string_view content);
    // Writes the single output file, if anything was written to it (a failed
    // single input leaves no file behind). Throws OutputError.
    void finish();

private:
    enum class Mode { standard_output, file, directory };
    Mode mode_ = Mode::standard_output;
    std::string path_;
    std::string extension_;
    std::unique_ptr<AtomicFile> file_;  // the single output file, once written to
};

}  // namespace nianbao::cli
