#include "model/parse_rules.hpp"

namespace nianbao::rules {

// --- §5.9 parse diagnostics ------------------------------------------------------
const RuleDef p_artifact{
    "P-ARTIFACT", Severity::info, false,
    "删除了转换残留（[bookmark: …]）", "Converter artefacts ([bookmark: …]) stripped",
    "已删除转换残留 {0}", "converter artefact {0} removed"};

const RuleDef p_label_annotated{
    "P-LABEL-ANNOTATED", Severity::info, false,
    "标签按标准前缀匹配，附注被忽略", "Label matched by canonical prefix; trailing annotation dropped",
    "标签“{0}”按标准前缀匹配为“{1}”，附注已忽略",
    "label “{0}” matched “{1}” by its canonical prefix; the annotation was dropped"};

const RuleDef p_label_fuzzy{
    "P-LABEL-FUZZY", Severity::warning, false,
    "标签仅近似匹配（编辑距离 ≤ 2）", "Label matched only by fuzzy comparison (edit distance ≤ 2)",
    "标签“{0}”仅近似匹配“{1}”", "label “{0}” only approximately matches “{1}”"};

const RuleDef p_label_recovered{
    "P-LABEL-RECOVERED", Severity::warning, false,
    "行标签缺失，按其在表中的位置确定", "Row label missing or garbled; assigned from its canonical position",
    "{0} 有 {1} 行缺少行标签，已按其位置确定", "{0}: {1} row label(s) missing, assigned from their position"};

const RuleDef p_label_unknown{
    "P-LABEL-UNKNOWN", Severity::warning, false,
    "表格行标签无法识别，作为附加行保留", "Table row whose label matches nothing; kept as an extra row",
    "{0} 中的行“{1}”无法识别，已作为附加行保留", "{0}: row “{1}” matches no known label; kept as an extra row"};

const RuleDef p_extra_row{
    "P-EXTRA-ROW", Severity::warning, false,
    "地方增加的已知附加行", "Known local extra row",
    "{0} 中的地方附加行“{1}”不参与校验", "{0}: local extra row “{1}” is not used in checks"};

const RuleDef p_row_missing{
    "P-ROW-MISSING", Severity::error, false,
    "缺少标准行，且无法按位置恢复", "A canonical row is absent and cannot be recovered positionally",
    "{0}缺少 {1} 行：{2}", "{0} lacks {1} row(s): {2}"};

const RuleDef p_cell_count{
    "P-CELL-COUNT", Severity::error, false,
    "数据行的数值单元格个数与表格结构不符", "A data row's number of value cells cannot be reconciled with its schema",
    "{0}有 {1} 个数值单元格，应为 {2} 个，无法确定各数值所在列",
    "{0} has {1} value cell(s) where {2} are expected; the values cannot be placed"};

const RuleDef p_reflow{
    "P-REFLOW", Severity::info, false,
    "正文丢失了换行，结构在行中识别", "The body had lost its line breaks; structure was found mid-line",
    "正文丢失了换行（{0} 个标题在行中），已在行中识别结构",
    "the body had lost its line breaks ({0} heading(s) mid-line); structure was found where it stands"};

const RuleDef p_meta_inferred{
    "P-META-INFERRED", Severity::info, false,
    "机关或年度取自导语、统计期限或网页元数据", "Agency or year taken from the preamble, the statistics period or page metadata",
    "{0}取自{1}：{2}", "{0} taken from {1}: {2}"};

const RuleDef p_cell_split{
    "P-CELL-SPLIT", Severity::info, false,
    "粘连的数字按表格的勾稽关系唯一拆分", "Glued digits split uniquely by the template's arithmetic",
    "{0}中粘连的数字已按勾稽关系拆分（{1} 行）", "{0}: glued digits split by the template's arithmetic ({1} row(s))"};

const RuleDef p_cell_ambiguous{
    "P-CELL-AMBIGUOUS", Severity::warning, false,
    "粘连的数字无唯一的拆分，单元格为空", "Glued digits admit no unique consistent split; the cells are null",
    "{0}“{1}”行的数字“{2}”无法唯一拆分为 {3} 个数值，单元格置空",
    "{0}: the digits “{2}” of row “{1}” cannot be split uniquely into {3} values; the cells are null"};

const RuleDef p_truncated{
    "P-TRUNCATED", Severity::warning, false,
    "文档在章节或表格中途截断", "The document ends inside a section or table",
    "文档在{0}中途截断，之后的内容缺失", "the document ends inside {0}; what follows is missing"};

const RuleDef p_traditional{
    "P-TRADITIONAL", Severity::info, false,
    "繁体字文本已转为简体后读取（W5）", "Text in traditional characters read after conversion to simplified (W5)",
    "全文为繁体字，已转为简体后读取（OpenCC t2s），删除拼音注音 {0} 处",
    "the text is in traditional characters and was read converted to simplified (OpenCC t2s); {0} pinyin "
    "gloss(es) dropped"};

const RuleDef p_skipped{
    "P-SKIPPED", Severity::info, false,
    "因单元格无法读取而未执行某规则", "A rule was not evaluated because an input cell is unknown",
    "未执行 {0}：{1} 无法读取", "{0} not evaluated: {1} could not be read"};

// --- §5.3 value domain -------------------------------------------------------------
const RuleDef val_int{
    "VAL-INT", Severity::error, false,
    "计数单元格不是非负整数", "A count cell is not a non-negative integer",
    "{0} 应为非负整数，实为“{1}”", "{0} must be a non-negative integer, found “{1}”"};

const RuleDef val_signed{
    "VAL-SIGNED", Severity::error, false,
    "F2019“本年增/减”不是整数", "F2019 本年增/减 is not a (signed) integer",
    "{0} 应为整数（可带正负号），实为“{1}”", "{0} must be a (signed) integer, found “{1}”"};

const RuleDef val_dec{
    "VAL-DEC", Severity::error, false,
    "金额单元格不是非负数", "An amount cell is not a non-negative decimal",
    "{0} 应为非负数，实为“{1}”", "{0} must be a non-negative number, found “{1}”"};

const RuleDef val_blank{
    "VAL-BLANK", Severity::warning, false,
    "空白数值单元格，按 0 计", "Blank value cell(s); treated as 0",
    "{0}有 {1} 个空白数值单元格，校验时按 0 计", "{0}: {1} blank value cell(s), counted as 0 in checks"};

const RuleDef val_placeholder{
    "VAL-PLACEHOLDER", Severity::warning, false,
    "单元格填写占位符（-、/、无…），按 0 计", "Cell holds a placeholder (-, /, 无 …); treated as 0",
    "{0} 填写的是占位符“{1}”，校验时按 0 计", "{0} holds the placeholder “{1}”, counted as 0 in checks"};

const RuleDef val_unit{
    "VAL-UNIT", Severity::info, false,
    "单元格内写有单位", "Unit text inside a value cell",
    "{0}：{1}", "{0}: {1}"};

const RuleDef val_numfmt{
    "VAL-NUMFMT", Severity::info, false,
    "数字格式已规范（千分位、全角数字、正号、末尾 .0）",
    "Number format normalised (thousands separators, full-width digits, leading +, trailing .0)",
    "{0} 的“{1}”按 {2} 读取", "{0}: “{1}” read as {2}"};

namespace {
constexpr const RuleDef* parse_list[] = {&p_artifact,     &p_label_annotated, &p_label_fuzzy,
                                         &p_label_recovered, &p_label_unknown, &p_extra_row,
                                         &p_row_missing,  &p_cell_count,      &p_skipped,
                                         &p_reflow,       &p_meta_inferred,   &p_cell_split,
                                         &p_cell_ambiguous, &p_truncated,     &p_traditional};
constexpr const RuleDef* value_list[] = {&val_int,   &val_signed, &val_dec,   &val_blank,
                                         &val_placeholder, &val_unit, &val_numfmt};
}  // namespace

std::span<const RuleDef* const> parse_rules() { return parse_list; }
std::span<const RuleDef* const> value_rules() { return value_list; }

}  // namespace nianbao::rules
