// JSON backend: the model of OUTPUT.md §2 (`"schema": "nianbao/1"`).
#pragma once

#include "model/model.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct JsonOptions {
    Lang lang = Lang::zh;
    bool pretty = true;  // false: one line, for JSON Lines
};

// Receives the output in pieces of a few tens of KB, in order.
using TextSink = std::function<void(std::string_view)>;

// Streams the model to `out`: a large report never sits in memory as text.
void render_json(const Report& report, const JsonOptions& options, const TextSink& out);
[[nodiscard]] std::string render_json(const Report& report, const JsonOptions& options);

// The entry of an input that could not be compiled at all (JSON Lines batches).
[[nodiscard]] std::string render_json_failure(const std::string& path, const std::string& reason,
                                              std::optional<std::size_t> offset, const JsonOptions& options);

}  // namespace nianbao
