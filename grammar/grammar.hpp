// The grammar of a government information-disclosure annual report.
// Rules only: actions live in compiler/parse_actions.hpp, messages in errors.hpp.
#pragma once

#include "chars.hpp"     // IWYU pragma: export
#include "numbers.hpp"   // IWYU pragma: export
#include "headings.hpp"  // IWYU pragma: export
#include "cells.hpp"     // IWYU pragma: export
#include "tables.hpp"    // IWYU pragma: export
#include "skeleton.hpp"  // IWYU pragma: export
#include "errors.hpp"    // IWYU pragma: export
