#include "model/table_vocabulary.hpp"

#include "model/layouts.hpp"

namespace nianbao {

namespace {

void add_t2(Vocabulary& v) {
    for (const auto number : {"一", "五", "六", "八"})
        v.add(std::string("第二十条第（") + number + "）项", tag::block);
    v.add("第二十条第（九）项", tag::block_9);
    v.add("信息内容", tag::content);
    for (const Layout layout : {Layout::F2021, Layout::F2019}) {
        for (const auto& row : t2_rows(layout)) {
            v.add(row.label, row.key);
            for (const auto& field : row.fields) v.add(field.label, tag::column);
        }
    }
    v.add("本年收费金额", tag::column);  // without the unit annotation
    v.add("其他主动公开文件", tag::extra);
}

void add_t3_rows(Vocabulary& v) {
    for (const Layout layout : {Layout::F2021, Layout::F2019})
        for (const auto& row : t3_rows(layout)) v.add(row.label, row.key);
    v.add("（二）部分公开", "PARTIAL");
    v.add("三、本年度办理结果", tag::results);
    v.add("（三）不予公开", tag::deny);
    v.add("（四）无法提供", tag::unable);
    v.add("（五）不予处理", tag::reject);
}

void add_t3_header(Vocabulary& v) {
    v.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", tag::header);
    v.add("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", tag::header);
    v.add("申请人情况", tag::header);
    v.add("法人或其他组织", tag::header);
    for (const auto& column : t3_columns()) v.add(column.label, column.key);
}

void add_t4_header(Vocabulary& v) {
    for (const auto label : {"行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正",
                             "其他结果", "尚未审结", "总计"})
        v.add(label, tag::header);
}

}  // namespace

const TableVocabularies& table_vocabularies() {
    static const TableVocabularies vocabularies = [] {
        TableVocabularies v;
        add_t2(v.t2);
        add_t3_rows(v.t3_rows);
        add_t3_header(v.t3_header);
        add_t4_header(v.t4_header);
        return v;
    }();
    return vocabularies;
}

bool is_group_tag(std::string_view tag) {
    return tag == tag::results || tag == tag::deny || tag == tag::unable || tag == tag::reject;
}

}  // namespace nianbao
