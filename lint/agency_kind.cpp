#include "lint/agency_kind.hpp"

#include <algorithm>
#include <initializer_list>

namespace nianbao {

namespace {

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return text.ends_with(e); });
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view p) { return text.find(p) != std::string_view::npos; });
}


}  // namespace

AgencyKind classify_agency(std::string_view agency) {
    AgencyKind kind;
    if (agency.empty()) return kind;
    kind.government_office = ends_with_any(agency, {"办公厅", "办公室"}) && contains_any(agency, {"政府"});
    const bool department =
        !kind.government_office &&
        ends_with_any(agency, {"局", "委", "委员会", "厅", "中心", "院", "办", "办公室", "署", "部", "所", "站",
                               "队", "馆", "会", "处", "办事处", "公司", "集团"});
    const bool bare_place = !department && !kind.government_office &&
                            ends_with_any(agency, {"省", "市", "县", "区", "镇", "乡", "自治州", "自治县", "旗", "盟"});
    kind.government = agency.ends_with("人民政府") || bare_place;
    if (kind.government) {
        std::string_view place = agency;
        if (place.ends_with("人民政府")) place.remove_suffix(std::string_view("人民政府").size());
        kind.lower_government = ends_with_any(place, {"县", "区", "镇", "乡", "旗", "街道"});
    }
    if (agency.ends_with("街道办事处")) kind.lower_government = true;
    kind.local_department = department && !kind.lower_government &&
                            contains_any(agency, {"省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"});
    return kind;
}

std::string_view lower_level_self_reference(std::string_view prose) {
    for (const std::string_view word : {"我镇", "本镇", "我乡", "本乡", "我街道", "本街道", "我县", "本县"})
        if (prose.find(word) != std::string_view::npos) return word;
    return {};
}

}  // namespace nianbao
