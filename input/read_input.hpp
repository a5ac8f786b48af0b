// Reading an input's bytes from a path or standard input, never more than a
// limit: a regular file larger than the limit is refused before anything is
// read, and a stream (pipe, FIFO, device, standard input) as soon as it has
// delivered one byte too many, so memory stays bounded whatever the input.
#pragma once

#include <cstddef>
#include <string>

namespace nianbao {

// Path "-" reads standard input. Throws InputError: `unreadable` when the
// path cannot be opened or read (with the system's reason), `not_text` when
// the input is larger than `limit` bytes. One byte is reserved beyond the
// content for the line end the parser may append.
[[nodiscard]] std::string read_input_file(const std::string& path, std::size_t limit);

}  // namespace nianbao
