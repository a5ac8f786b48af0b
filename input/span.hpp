// Source positions as OUTPUT.md §2 promises them: 1-based lines, 1-based
// columns in Unicode code points, byte offset and length in the decoded text.
#pragma once

#include <cstddef>

namespace nianbao {

struct Span {
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t end_line = 0;
    std::size_t end_column = 0;
    std::size_t offset = 0;
    std::size_t length = 0;

    [[nodiscard]] bool known() const { return line != 0; }
};

}  // namespace nianbao
