#pragma once

namespace nianbao {
inline constexpr const char* version = "0.1.0";
}  // namespace nianbao
