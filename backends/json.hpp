// JSON backend: the model of OUTPUT.md §2 (`"schema": "nianbao/1"`).
#pragma once

#include "../compiler/model.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace nianbao {

struct JsonOptions {
    Lang lang = Lang::zh;
    bool pretty = true;  // false: one line, for JSON Lines
};

[[nodiscard]] std::string render_json(const Report& report, const JsonOptions& options);

// The entry of an input that could not be compiled at all (JSON Lines batches).
[[nodiscard]] std::string render_json_failure(const std::string& path, const std::string& reason,
                                              std::optional<std::size_t> offset, const JsonOptions& options);

}  // namespace nianbao
