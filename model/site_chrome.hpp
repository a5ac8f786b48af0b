// What a crawler or a web site puts around a report (W2, docs/forms.md#w2):
// metadata lines (`标题:`, `发布时间:` …), dividers (`==== 正文 ====`) and a
// breadcrumb with its toolbar (`当前位置：首页 > … 微信 微博 … 相关链接： -->`).
// The preamble is built without them; they are kept apart for what they tell
// (title, publication date: inferred_metadata).
#pragma once

#include <cstddef>
#include <string_view>

namespace nianbao {

// `标题: …`, `发布时间：…`: a line that is one metadata field of a crawler's
// record or a page's header.
[[nodiscard]] bool is_metadata_line(std::string_view line);

// `==== 正文 ====`, a run of `=` or `-`, or `正文` alone.
[[nodiscard]] bool is_divider_line(std::string_view line);

// The length of the breadcrumb and toolbar a line starts with (`当前位置：` up to
// the end of its last toolbar word or `-->`, no sentence in between), or 0.
[[nodiscard]] std::size_t chrome_prefix_length(std::string_view line);

}  // namespace nianbao
