// The label vocabularies of T2, T3 and T4 (docs/tables.md), built once from
// layouts.hpp, with the tags the table builders dispatch on.
#pragma once

#include "model/vocabulary.hpp"

#include <string_view>

namespace nianbao {

namespace tag {
// T2
inline constexpr std::string_view block = "#BLOCK";       // 第二十条第（…）项
inline constexpr std::string_view block_9 = "#BLOCK9";    // 第二十条第（九）项 (F2019 only)
inline constexpr std::string_view content = "#CONTENT";   // 信息内容
inline constexpr std::string_view column = "#COLUMN";     // a T2 column header
inline constexpr std::string_view extra = "#EXTRA";       // known local extra row (P-EXTRA-ROW)
// T3 groups (context only; `OTHER` is a group in F2021 and a row in F2019)
inline constexpr std::string_view results = "#RESULTS";
inline constexpr std::string_view deny = "#DENY";
inline constexpr std::string_view unable = "#UNABLE";
inline constexpr std::string_view reject = "#REJECT";
// headers
inline constexpr std::string_view header = "#HEADER";
}  // namespace tag

struct TableVocabularies {
    Vocabulary t2;         // block titles, 信息内容, column headers, row labels → row keys
    Vocabulary t3_rows;    // row labels → row keys, group labels → group tags
    Vocabulary t3_header;  // corner text, 申请人情况, column labels
    Vocabulary t4_header;  // 行政复议 … 总计
};

[[nodiscard]] const TableVocabularies& table_vocabularies();

[[nodiscard]] bool is_group_tag(std::string_view tag);

}  // namespace nianbao
