// What kind of body wrote the report, guessed from the agency name of the
// title (docs/rules.md#s1-gov-assess, §5.4 T2-RULES-AUTHORITY, §5.8
// Y-DEADLINE). A heuristic on the name only: rules built on it are WARN/INFO.
#pragma once

#include <string_view>

namespace nianbao {

struct AgencyKind {
    // A people's government's own report: `…人民政府`, or a bare place name
    // (`上海市`, `XX县`) without a department suffix.
    bool government = false;
    // A government's general office (`…人民政府办公厅/办公室`), which reports as
    // a department and commonly lists its government's 规章.
    bool government_office = false;
    // A department with a local place prefix (`焦作市卫生健康委员会`).
    bool local_department = false;
    // A county/district/township/street-level government, which makes no 规章.
    bool lower_government = false;
};

[[nodiscard]] AgencyKind classify_agency(std::string_view agency);

// How the report speaks of its agency when it never names it (a cut copy):
// `我镇`, `本乡`, `我街道`, `我县` … — an agency of county level or below,
// which makes no 规章 — or nothing. (`我区`, `我市` are left out: a 区 may be a
// new area or zone, a 市 may make 规章.)
[[nodiscard]] std::string_view lower_level_self_reference(std::string_view prose);

}  // namespace nianbao
