#include "cli/inputs.hpp"

#include <algorithm>
#include <set>
#include <system_error>

namespace nianbao::cli {

namespace fs = std::filesystem;

bool is_report_file(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".txt" || extension == ".text" || extension == ".html" || extension == ".htm" ||
           extension == ".docx" || extension == ".pdf";
}

namespace {

void add_directory(const fs::path& root, InputList& list) {
    std::error_code error;
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error) {
        list.problems.push_back({root.string(), error.message()});
        return;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            list.problems.push_back({it->path().string(), error.message()});
            break;
        }
        std::error_code type_error;
        if (it->is_regular_file(type_error) && is_report_file(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        list.inputs.push_back({file.string(), fs::relative(file, root, error).replace_extension()});
}

// Two inputs with the same output name get `-2`, `-3` … appended, in input order.
void make_output_names_unique(std::vector<Input>& inputs) {
    std::set<fs::path> taken;
    for (auto& input : inputs) {
        fs::path name = input.output_rel;
        for (int n = 2; taken.contains(name); ++n) name = input.output_rel.string() + "-" + std::to_string(n);
        taken.insert(name);
        input.output_rel = name;
    }
}

}  // namespace

InputList expand_inputs(const std::vector<std::string>& arguments) {
    InputList list;
    for (const auto& argument : arguments) {
        if (argument == "-") {
            list.inputs.push_back({"-", "stdin"});
            continue;
        }
        std::error_code error;
        const fs::file_status status = fs::status(argument, error);
        if (error || !fs::exists(status)) {
            list.problems.push_back({argument, error ? error.message() : "no such file or directory"});
        } else if (fs::is_directory(status)) {
            add_directory(argument, list);
        } else {
            list.inputs.push_back({argument, fs::path(argument).stem()});
        }
    }
    make_output_names_unique(list.inputs);
    return list;
}

}  // namespace nianbao::cli
