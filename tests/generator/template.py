"""The fixed tables of the report template (docs/tables.md) as grids of
merged cells, in both layouts.

A grid is a list of rows; a row lists the cells that *start* in it, as a web
page's <tr> lists its <td>s. Each cell has its printed text, colspan, rowspan
and, for a value cell, the model key of the number it holds
(`T2.<ROW>.<field>`, `T3.<ROW>.<COL>`, `T4.<KEY>`, OUTPUT.md §2). The
renderers of forms.py serialise these grids; `positions` expands one into the
grid columns a Word table-to-text export walks through.
"""
from dataclasses import dataclass

# --- T2 ------------------------------------------------------------------------------------
# (block title, column headers after 信息内容, [(row label, row key)], fields)
T2_F2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", "RULES"), ("行政规范性文件", "NORMDOC")], ["made", "repealed", "valid"]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "LICENSE")], ["decisions"]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "PENALTY"), ("行政强制", "COERCION")], ["decisions"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "ADMINFEE")], ["amount_wan"]),
]
T2_F2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", "RULES"), ("规范性文件", "NORMDOC")], ["new_made", "new_published", "total_published"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", "LICENSE"), ("其他对外管理服务事项", "OTHERSVC")], ["prev_items", "delta", "decisions"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", "PENALTY"), ("行政强制", "COERCION")], ["prev_items", "delta", "decisions"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "ADMINFEE")], ["prev_items", "delta"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "PROCURE")], ["projects", "amount"]),
]
T2_BLOCKS = {"F2021": T2_F2021, "F2019": T2_F2019}

# --- T3 ------------------------------------------------------------------------------------
T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COLUMNS = ["NP", "BIZ", "RES", "NGO", "LAW", "ORG_OTHER", "SUM"]
T3_DETAIL_COLUMNS = T3_COLUMNS[:6]
T3_SUBTYPES = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T3_RESULTS = "三、本年度办理结果"

_DENY = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
         "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
_UNABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
_REJECT = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
           "5.要求行政机关确认或重新出具已获取信息"]
_OTHER = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]


def _t3_rows(layout):
    """[(key, group, subgroup, leaf)]: group is the label of grid column 1, subgroup of
    column 2, leaf of column 3; a missing level means the label before it spans it."""
    rows = [("NEW", "一、本年新收政府信息公开申请数量", None, None),
            ("CARRY_IN", "二、上年结转政府信息公开申请数量", None, None),
            ("GRANT", T3_RESULTS, "（一）予以公开", None),
            ("PARTIAL", T3_RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None)]
    for subgroup, key, leaves in (("（三）不予公开", "DENY", _DENY), ("（四）无法提供", "UNABLE", _UNABLE),
                                  ("（五）不予处理", "REJECT", _REJECT)):
        rows += [(f"{key}_{i}", T3_RESULTS, subgroup, leaf) for i, leaf in enumerate(leaves, 1)]
    if layout == "F2021":
        rows += [(f"OTHER_{i}", T3_RESULTS, "（六）其他处理", leaf) for i, leaf in enumerate(_OTHER, 1)]
    else:
        rows.append(("OTHER", T3_RESULTS, "（六）其他处理", None))
    rows += [("TOTAL", T3_RESULTS, "（七）总计", None), ("CARRY_OUT", "四、结转下年度继续办理", None, None)]
    return rows


T3_ROWS = {layout: _t3_rows(layout) for layout in ("F2021", "F2019")}
T3_ROW_KEYS = {layout: [r[0] for r in rows] for layout, rows in T3_ROWS.items()}
T3_RESULT_KEYS = {layout: keys[2:-2] for layout, keys in T3_ROW_KEYS.items()}  # GRANT … OTHER_x

# --- T4 ------------------------------------------------------------------------------------
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T4_BLOCKS = ["RV", "LD", "LR"]
T4_PARTS = ["UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"]
T4_KEYS = [f"{b}_{p}" for b in T4_BLOCKS for p in T4_PARTS]

SECTION_HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1
    key: str = None  # model key of a value cell; None for labels

    @property
    def is_value(self):
        return self.key is not None


@dataclass
class Table:
    name: str     # "T2" | "T3" | "T4"
    width: int    # grid columns
    rows: list    # [[Cell]]
    header_rows: int = 0  # rows before the first data row (T3, T4)


def t2_table(layout, printed, wide=False):
    """T2 in 4 grid columns; `wide`: the 5-column F2019 geometry of a real web page [SH19],
    whose data rows span other columns than their headers."""
    if wide and layout == "F2019":
        return _t2_wide_f2019(printed)
    rows = []
    for title, headers, data, fields in T2_BLOCKS[layout]:
        rows.append([Cell(title, colspan=4)])
        rows.append([Cell("信息内容")] + _spread([Cell(h) for h in headers], 3))
        for label, row in data:
            values = [Cell(printed[f"T2.{row}.{f}"], key=f"T2.{row}.{f}") for f in fields]
            rows.append([Cell(label)] + _spread(values, 3))
    return Table("T2", 4, rows)


def _spread(cells, width):
    """Fill `width` grid columns: the last cell takes what is left, as the template does."""
    cells[-1].colspan = width - len(cells) + 1
    return cells


def _t2_wide_f2019(printed):
    rows = []
    for title, headers, data, fields in T2_F2019:
        rows.append([Cell(title, colspan=5)])
        if len(headers) == 3:
            rows.append([Cell("信息内容"), Cell(headers[0]), Cell(headers[1], colspan=2), Cell(headers[2])])
            spans = [1, 2, 1] if title.endswith("（一）项") else [2, 1, 1]
        else:
            rows.append([Cell("信息内容"), Cell(headers[0], colspan=2), Cell(headers[1], colspan=2)])
            spans = [2, 2]
        for label, row in data:
            rows.append([Cell(label)] + [Cell(printed[f"T2.{row}.{f}"], colspan=s, key=f"T2.{row}.{f}")
                                         for f, s in zip(fields, spans)])
    return Table("T2", 5, rows)


def t3_table(layout, printed):
    header = [
        [Cell(T3_CORNER, colspan=3, rowspan=3), Cell("申请人情况", colspan=7)],
        [Cell("自然人", rowspan=2), Cell("法人或其他组织", colspan=5), Cell("总计", rowspan=2)],
        [Cell(t) for t in T3_SUBTYPES],
    ]
    rows = list(header)
    spec = T3_ROWS[layout]
    for i, (key, group, subgroup, leaf) in enumerate(spec):
        cells = []
        if i == 0 or spec[i - 1][1] != group:
            span = sum(1 for r in spec if r[1] == group)
            cells.append(Cell(group, colspan=3 if subgroup is None else 1, rowspan=span))
        if subgroup is not None and spec[i - 1][2] != subgroup:
            span = sum(1 for r in spec if r[2] == subgroup)
            cells.append(Cell(subgroup, colspan=2 if leaf is None else 1, rowspan=span))
        if leaf is not None:
            cells.append(Cell(leaf))
        cells += [Cell(printed[f"T3.{key}.{col}"], key=f"T3.{key}.{col}") for col in T3_COLUMNS]
        rows.append(cells)
    return Table("T3", 10, rows, header_rows=3)


def t4_table(printed):
    rows = [
        [Cell("行政复议", colspan=5), Cell("行政诉讼", colspan=10)],
        [Cell(t, rowspan=2) for t in T4_RESULTS] + [Cell("未经复议直接起诉", colspan=5), Cell("复议后起诉", colspan=5)],
        [Cell(t) for t in T4_RESULTS * 2],
        [Cell(printed[f"T4.{k}"], key=f"T4.{k}") for k in T4_KEYS],
    ]
    return Table("T4", 15, rows, header_rows=3)


# --- grid positions --------------------------------------------------------------------------
START, HSPAN, VSPAN = "start", "hspan", "vspan"


def positions(table):
    """Per row, one (kind, cell) per grid column: START where a cell begins, HSPAN for the
    columns its colspan covers, VSPAN for the columns a cell from a row above covers."""
    covered = {}  # (row, column) → cell reaching down into it
    out = []
    for r, cells in enumerate(table.rows):
        row, queue, c = [], list(cells), 0
        while c < table.width:
            if (r, c) in covered:
                row.append((VSPAN, covered[(r, c)]))
                c += 1
                continue
            if not queue:
                break
            cell = queue.pop(0)
            for k in range(cell.colspan):
                row.append((START if k == 0 else HSPAN, cell))
                for down in range(1, cell.rowspan):
                    covered[(r + down, c + k)] = cell
            c += cell.colspan
        out.append(row)
    return out


def covered_cells(table):
    """Per row, the cells as they follow each other, with one None for each cell from a row
    above that covers part of this row (a cell-per-line export writes one empty cell for it)."""
    out = []
    for row in positions(table):
        cells, previous = [], None
        for kind, cell in row:
            if kind == START:
                cells.append(cell)
            elif kind == VSPAN and cell is not previous:
                cells.append(None)
            previous = cell
        out.append(cells)
    return out
