// The grammar of a government information-disclosure annual report.
// Rules only: actions live in grammar/actions.hpp, messages in errors.hpp.
#pragma once

#include "grammar/chars.hpp"     // IWYU pragma: export
#include "grammar/numbers.hpp"   // IWYU pragma: export
#include "grammar/headings.hpp"  // IWYU pragma: export
#include "grammar/cells.hpp"     // IWYU pragma: export
#include "grammar/tables.hpp"    // IWYU pragma: export
#include "grammar/skeleton.hpp"  // IWYU pragma: export
#include "grammar/errors.hpp"    // IWYU pragma: export
