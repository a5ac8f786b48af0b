#include "model/layouts.hpp"

namespace nianbao {

std::string_view layout_name(Layout layout) {
    return layout == Layout::F2019 ? "F2019" : "F2021";
}

namespace {

// --- T2, F2021 (§2.1) ---------------------------------------------------------------
constexpr T2Field f21_documents[] = {
    {"made", "本年制发件数", ValueKind::count, "", ""},
    {"repealed", "本年废止件数", ValueKind::count, "", ""},
    {"valid", "现行有效件数", ValueKind::count, "", ""},
};
constexpr T2Field f21_decisions[] = {
    {"decisions", "本年处理决定数量", ValueKind::count, "", ""},
};
constexpr T2Field f21_fee[] = {
    {"amount_wan", "本年收费金额（单位：万元）", ValueKind::amount, "万元", ""},
};
constexpr T2RowSpec t2_f2021[] = {
    {"RULES", "规章", "第二十条第（一）项", f21_documents},
    {"NORMDOC", "行政规范性文件", "第二十条第（一）项", f21_documents},
    {"LICENSE", "行政许可", "第二十条第（五）项", f21_decisions},
    {"PENALTY", "行政处罚", "第二十条第（六）项", f21_decisions},
    {"COERCION", "行政强制", "第二十条第（六）项", f21_decisions},
    {"ADMINFEE", "行政事业性收费", "第二十条第（八）项", f21_fee},
};

// --- T2, F2019 (§2.2) ---------------------------------------------------------------
constexpr T2Field f19_documents[] = {
    {"new_made", "本年新制作数量", ValueKind::count, "", ""},
    {"new_published", "本年新公开数量", ValueKind::count, "", ""},
    {"total_published", "对外公开总数量", ValueKind::count, "", ""},
};
constexpr T2Field f19_items[] = {
    {"prev_items", "上一年项目数量", ValueKind::count, "", ""},
    {"delta", "本年增/减", ValueKind::signed_count, "", ""},
    {"decisions", "处理决定数量", ValueKind::count, "", ""},
};
constexpr T2Field f19_fee_items[] = {
    {"prev_items", "上一年项目数量", ValueKind::count, "", ""},
    {"delta", "本年增/减", ValueKind::signed_count, "", ""},
};
constexpr T2Field f19_procurement[] = {
    {"projects", "采购项目数量", ValueKind::count, "", ""},
    {"amount", "采购总金额", ValueKind::amount, "", "amount_unit"},
};
constexpr T2RowSpec t2_f2019[] = {
    {"RULES", "规章", "第二十条第（一）项", f19_documents},
    {"NORMDOC", "规范性文件", "第二十条第（一）项", f19_documents},
    {"LICENSE", "行政许可", "第二十条第（五）项", f19_items},
    {"OTHERSVC", "其他对外管理服务事项", "第二十条第（五）项", f19_items},
    {"PENALTY", "行政处罚", "第二十条第（六）项", f19_items},
    {"COERCION", "行政强制", "第二十条第（六）项", f19_items},
    {"ADMINFEE", "行政事业性收费", "第二十条第（八）项", f19_fee_items},
    {"PROCURE", "政府集中采购", "第二十条第（九）项", f19_procurement},
};

// Normalised forms (full-width brackets folded, as the matcher sees them).
constexpr std::string_view f2019_tokens[] = {
    "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
    "本年增/减",     "其他对外管理服务事项", "第二十条第(九)项", "政府集中采购",
};
constexpr std::string_view f2021_tokens[] = {
    "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
};

// --- T3 (§3) -------------------------------------------------------------------------
constexpr T3Column t3_cols[t3_column_count] = {
    {"NP", "自然人"},           {"BIZ", "商业企业"},      {"RES", "科研机构"},
    {"NGO", "社会公益组织"},    {"LAW", "法律服务机构"},  {"ORG_OTHER", "其他"},
    {"SUM", "总计"},
};

constexpr std::string_view results = "三、本年度办理结果";
constexpr std::string_view deny = "（三）不予公开";
constexpr std::string_view unable = "（四）无法提供";
constexpr std::string_view reject = "（五）不予处理";
constexpr std::string_view other = "（六）其他处理";

#define NIANBAO_T3_HEAD                                                                  \
    {"NEW", "", "一、本年新收政府信息公开申请数量"},                                       \
        {"CARRY_IN", "", "二、上年结转政府信息公开申请数量"},                              \
        {"GRANT", results, "（一）予以公开"},                                              \
        {"PARTIAL", results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},    \
        {"DENY_1", deny, "1.属于国家秘密"}, {"DENY_2", deny, "2.其他法律行政法规禁止公开"}, \
        {"DENY_3", deny, "3.危及“三安全一稳定”"}, {"DENY_4", deny, "4.保护第三方合法权益"},  \
        {"DENY_5", deny, "5.属于三类内部事务信息"}, {"DENY_6", deny, "6.属于四类过程性信息"}, \
        {"DENY_7", deny, "7.属于行政执法案卷"}, {"DENY_8", deny, "8.属于行政查询事项"},       \
        {"UNABLE_1", unable, "1.本机关不掌握相关政府信息"},                                 \
        {"UNABLE_2", unable, "2.没有现成信息需要另行制作"},                                 \
        {"UNABLE_3", unable, "3.补正后申请内容仍不明确"},                                   \
        {"REJECT_1", reject, "1.信访举报投诉类申请"}, {"REJECT_2", reject, "2.重复申请"},    \
        {"REJECT_3", reject, "3.要求提供公开出版物"},                                       \
        {"REJECT_4", reject, "4.无正当理由大量反复申请"},                                   \
        {"REJECT_5", reject, "5.要求行政机关确认或重新出具已获取信息"}

#define NIANBAO_T3_TAIL \
    {"TOTAL", results, "（七）总计"}, { "CARRY_OUT", "", "四、结转下年度继续办理" }

constexpr T3RowSpec t3_f2021[] = {
    NIANBAO_T3_HEAD,
    {"OTHER_1", other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
    {"OTHER_2", other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
    {"OTHER_3", other, "3.其他"},
    NIANBAO_T3_TAIL,
};
constexpr T3RowSpec t3_f2019[] = {
    NIANBAO_T3_HEAD,
    {"OTHER", results, "（六）其他处理"},
    NIANBAO_T3_TAIL,
};
#undef NIANBAO_T3_HEAD
#undef NIANBAO_T3_TAIL

static_assert(std::size(t3_f2021) == 25 && std::size(t3_f2019) == 23);

// --- T4 (§4) -------------------------------------------------------------------------
constexpr std::string_view review = "行政复议";
constexpr std::string_view direct = "未经复议直接起诉";
constexpr std::string_view after_review = "复议后起诉";
constexpr T4CellSpec t4_spec[t4_cell_count] = {
    {"RV_UPHELD", review, "结果维持"},        {"RV_CORRECTED", review, "结果纠正"},
    {"RV_OTHER", review, "其他结果"},         {"RV_PENDING", review, "尚未审结"},
    {"RV_TOTAL", review, "总计"},             {"LD_UPHELD", direct, "结果维持"},
    {"LD_CORRECTED", direct, "结果纠正"},     {"LD_OTHER", direct, "其他结果"},
    {"LD_PENDING", direct, "尚未审结"},       {"LD_TOTAL", direct, "总计"},
    {"LR_UPHELD", after_review, "结果维持"},  {"LR_CORRECTED", after_review, "结果纠正"},
    {"LR_OTHER", after_review, "其他结果"},   {"LR_PENDING", after_review, "尚未审结"},
    {"LR_TOTAL", after_review, "总计"},
};

}  // namespace

std::span<const T2RowSpec> t2_rows(Layout layout) {
    if (layout == Layout::F2019) return t2_f2019;
    return t2_f2021;
}

const T2RowSpec* find_t2_row(Layout layout, std::string_view key) {
    for (const auto& row : t2_rows(layout))
        if (row.key == key) return &row;
    return nullptr;
}

std::span<const std::string_view> t2_signature_tokens(Layout layout) {
    if (layout == Layout::F2019) return f2019_tokens;
    return f2021_tokens;
}

std::span<const T3Column, t3_column_count> t3_columns() { return t3_cols; }

std::span<const T3RowSpec> t3_rows(Layout layout) {
    if (layout == Layout::F2019) return t3_f2019;
    return t3_f2021;
}

int t3_row_index(Layout layout, std::string_view key) {
    const auto rows = t3_rows(layout);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].key == key) return static_cast<int>(i);
    return -1;
}

std::span<const T4CellSpec, t4_cell_count> t4_cells() { return t4_spec; }

}  // namespace nianbao
