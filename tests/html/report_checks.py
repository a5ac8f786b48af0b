"""Checks of a rendered report page against the official table geometry of
docs/tables.md (written out here by hand, independently of the C++ layout
tables) and against the report's JSON model (values in the right cells).
Used on the page as nianbao writes it and on the DOM a browser made of it."""
import re

import htmldom

# --- docs/tables.md#t2: T2 blocks: title, column headers, (label, key) rows, fields ---------
T2 = {
    "F2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", "RULES"), ("行政规范性文件", "NORMDOC")], ["made", "repealed", "valid"]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "LICENSE")], ["decisions"]),
        ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "PENALTY"), ("行政强制", "COERCION")], ["decisions"]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "ADMINFEE")], ["amount_wan"]),
    ],
    "F2019": [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("规章", "RULES"), ("规范性文件", "NORMDOC")], ["new_made", "new_published", "total_published"]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政许可", "LICENSE"), ("其他对外管理服务事项", "OTHERSVC")], ["prev_items", "delta", "decisions"]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("行政处罚", "PENALTY"), ("行政强制", "COERCION")], ["prev_items", "delta", "decisions"]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "ADMINFEE")], ["prev_items", "delta"]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "PROCURE")], ["projects", "amount"]),
    ],
}

# --- docs/tables.md#t3: T3 ---------------------------------------------------------------
T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COLUMNS = ["NP", "BIZ", "RES", "NGO", "LAW", "ORG_OTHER", "SUM"]
T3_SUBTYPES = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
_T3_HEAD = [
    ("NEW", "一、本年新收政府信息公开申请数量"), ("CARRY_IN", "二、上年结转政府信息公开申请数量"),
    ("GRANT", "（一）予以公开"), ("PARTIAL", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("DENY_1", "1.属于国家秘密"), ("DENY_2", "2.其他法律行政法规禁止公开"), ("DENY_3", "3.危及“三安全一稳定”"),
    ("DENY_4", "4.保护第三方合法权益"), ("DENY_5", "5.属于三类内部事务信息"), ("DENY_6", "6.属于四类过程性信息"),
    ("DENY_7", "7.属于行政执法案卷"), ("DENY_8", "8.属于行政查询事项"),
    ("UNABLE_1", "1.本机关不掌握相关政府信息"), ("UNABLE_2", "2.没有现成信息需要另行制作"),
    ("UNABLE_3", "3.补正后申请内容仍不明确"),
    ("REJECT_1", "1.信访举报投诉类申请"), ("REJECT_2", "2.重复申请"), ("REJECT_3", "3.要求提供公开出版物"),
    ("REJECT_4", "4.无正当理由大量反复申请"), ("REJECT_5", "5.要求行政机关确认或重新出具已获取信息"),
]
_T3_TAIL = [("TOTAL", "（七）总计"), ("CARRY_OUT", "四、结转下年度继续办理")]
T3_ROWS = {
    "F2021": _T3_HEAD + [
        ("OTHER_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("OTHER_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("OTHER_3", "3.其他")] + _T3_TAIL,
    "F2019": _T3_HEAD + [("OTHER", "（六）其他处理")] + _T3_TAIL,
}
# Cells per <tr> of the body: 8 = label (colspan 3 or 2) + 7 values; 9 where a
# group label starts (三、… with （一）; （三）（四）（五）（六） with their first leaf).
T3_CELLS_PER_ROW = {
    "F2021": [8, 8, 9, 8, 9, 8, 8, 8, 8, 8, 8, 8, 9, 8, 8, 9, 8, 8, 8, 8, 9, 8, 8, 8, 8],
    "F2019": [8, 8, 9, 8, 9, 8, 8, 8, 8, 8, 8, 8, 9, 8, 8, 9, 8, 8, 8, 8, 8, 8, 8],
}
# (rowspan, colspan) of the label cells.
T3_LABEL_SPANS = {
    "F2021": {"一、本年新收政府信息公开申请数量": (1, 3), "二、上年结转政府信息公开申请数量": (1, 3),
              "三、本年度办理结果": (22, 1), "（一）予以公开": (1, 2), "（三）不予公开": (8, 1),
              "（四）无法提供": (3, 1), "（五）不予处理": (5, 1), "（六）其他处理": (3, 1), "1.属于国家秘密": (1, 1),
              "（七）总计": (1, 2), "四、结转下年度继续办理": (1, 3)},
    "F2019": {"三、本年度办理结果": (20, 1), "（三）不予公开": (8, 1), "（六）其他处理": (1, 2), "（七）总计": (1, 2),
              "四、结转下年度继续办理": (1, 3)},
}

# --- docs/tables.md#t4: T4 ---------------------------------------------------------------
T4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T4_KEYS = [f"{g}_{k}" for g in ("RV", "LD", "LR") for k in ("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")]


class Mismatch(AssertionError):
    pass


def expect(actual, expected, what):
    if actual != expected:
        raise Mismatch(f"{what}: expected {expected!r}, found {actual!r}")


def distinct(cells):
    out = []
    for c in cells:
        if not out or out[-1] is not c:
            out.append(c)
    return out


def value_text(model_value, unit=None):
    """A model value as the page prints it; None for a null cell."""
    if model_value is None:
        return None
    return f"{model_value}{unit or ''}"


def check_value_cell(cell, model_value, what, unit=None):
    expect(cell.tag, "td", what)
    if model_value is None:
        if "null" not in cell.classes:
            raise Mismatch(f"{what}: a null cell must be marked null, has classes {cell.classes}")
        return
    if "null" in cell.classes:
        raise Mismatch(f"{what}: the value {model_value} is marked null")
    expect(cell.text().strip(), value_text(model_value, unit), what)


def table(dom, name):
    found = dom.find("table", id=f"table-{name}")
    if found is None:
        raise Mismatch(f"no <table id=table-{name}>")
    caption = found.find("caption")
    if caption is None or not caption.text(skip=("dref",)).strip():
        raise Mismatch(f"{name}: no caption")
    return found


def check_t2(dom, model):
    layout = model["layout"]
    g = htmldom.grid(table(dom, "T2"))
    for y, row in enumerate(g):
        expect(len(row), 4, f"T2 grid row {y} width")
    y = 0
    for title, headers, data_rows, fields in T2[layout]:
        block = distinct(g[y])
        expect(len(block), 1, f"T2 {title}: block title row cells")
        expect((block[0].tag, block[0].text(), block[0].span("colspan")), ("th", title, 4), f"T2 {title}: title row")
        head = distinct(g[y + 1])
        expect([c.text() for c in head], ["信息内容"] + headers, f"T2 {title}: header row")
        expect(head[-1].span("colspan"), 4 - len(headers), f"T2 {title}: last header colspan")
        expect(all(c.tag == "th" and c.attrs.get("scope") == "col" for c in head), True, f"T2 {title}: header scope")
        for i, (label, key) in enumerate(data_rows):
            cells = distinct(g[y + 2 + i])
            expect((cells[0].tag, cells[0].attrs.get("scope"), cells[0].text()), ("th", "row", label), f"T2 {key} label")
            expect(len(cells), 1 + len(fields), f"T2 {key}: cells")
            row_model = model["tables"]["T2"]["rows"][key]
            for field, cell in zip(fields, cells[1:]):
                unit = row_model.get("amount_unit") if field == "amount" else None
                check_value_cell(cell, row_model[field], f"T2 {key}.{field}", unit)
                expect(cell.attrs.get("data-key"), f"T2.{key}.{field}", f"T2 {key}.{field} data-key")
        y += 2 + len(data_rows)
    expect(len(g), y + len(model["tables"]["T2"]["extra_rows"]), "T2 grid rows")


def check_t3(dom, model):
    layout = model["layout"]
    t = table(dom, "T3")
    g = htmldom.grid(t)
    trs = htmldom.rows(t)
    for y, row in enumerate(g):
        expect(len(row), 10, f"T3 grid row {y} width")
    corner = g[0][0]
    expect((corner.text(), corner.span("colspan"), corner.span("rowspan")), (T3_CORNER, 3, 3), "T3 corner cell")
    expect(all(g[y][x] is corner for y in range(3) for x in range(3)), True, "T3 corner covers 3×3")
    applicants = g[0][3]
    expect((applicants.text(), applicants.span("colspan")), ("申请人情况", 7), "T3 申请人情况")
    expect(all(c is applicants for c in g[0][3:]), True, "T3 申请人情况 spans C1–C7")
    expect((g[1][3].text(), g[1][3].span("rowspan"), g[2][3] is g[1][3]), ("自然人", 2, True), "T3 自然人")
    expect((g[1][4].text(), g[1][4].span("colspan")), ("法人或其他组织", 5), "T3 法人或其他组织")
    expect((g[1][9].text(), g[1][9].span("rowspan"), g[2][9] is g[1][9]), ("总计", 2, True), "T3 总计")
    expect([c.text() for c in g[2][4:9]], T3_SUBTYPES, "T3 organisation sub-types")
    expect([len(tr.element_children()) for tr in trs[:3]], [2, 3, 5], "T3 header cells per row")

    rows = T3_ROWS[layout]
    body = trs[3:3 + len(rows)]
    expect([len(tr.element_children()) for tr in body], T3_CELLS_PER_ROW[layout], "T3 body cells per row")
    spans = T3_LABEL_SPANS[layout]
    seen = set()
    for tr in body:
        for cell in tr.element_children("th"):
            expect(cell.attrs.get("scope"), "row", f"T3 {cell.text()} scope")
            if cell.text() in spans:
                expect((cell.span("rowspan"), cell.span("colspan")), spans[cell.text()], f"T3 spans of {cell.text()}")
                seen.add(cell.text())
    expect(seen, set(spans), "T3 labelled cells found")
    zeros = 0
    for i, (key, label) in enumerate(rows):
        grid_row = g[3 + i]
        expect(grid_row[2].text(), label, f"T3 row {i + 1} label")
        row_model = model["tables"]["T3"]["rows"][key]
        for c, column in enumerate(T3_COLUMNS):
            cell = grid_row[3 + c]
            check_value_cell(cell, row_model[column], f"T3 {key}.{column}")
            expect(cell.attrs.get("data-key"), f"T3.{key}.{column}", f"T3 {key}.{column} data-key")
            zeros += cell.text().strip() == "0"
    return zeros


def check_t4(dom, model):
    g = htmldom.grid(table(dom, "T4"))
    expect([len(r) for r in g], [15, 15, 15, 15], "T4 grid")
    expect([(c.text(), c.span("colspan")) for c in distinct(g[0])], [("行政复议", 5), ("行政诉讼", 10)], "T4 row 1")
    second = distinct(g[1])
    expect([c.text() for c in second], T4_LABELS + ["未经复议直接起诉", "复议后起诉"], "T4 row 2")
    expect([c.span("rowspan") for c in second[:5]], [2] * 5, "T4 行政复议 labels span two rows")
    expect([c.span("colspan") for c in second[5:]], [5, 5], "T4 litigation groups")
    expect([c.text() for c in g[2][5:]], T4_LABELS * 2, "T4 row 3")
    cells = g[3]
    for key, cell in zip(T4_KEYS, cells):
        check_value_cell(cell, model["tables"]["T4"]["cells"][key], f"T4 {key}")
    return sum(c.text().strip() == "0" for c in cells)


def squeeze(text):
    return re.sub(r"[\s\u3000\u00a0。：:]", "", text)


def check_prose(dom, model):
    html = dom.find("html")
    expect(html.attrs.get("lang"), "zh-CN", "<html lang>")
    expect(dom.find("meta", charset="utf-8") is not None, True, "<meta charset=utf-8>")
    expect(dom.find_all("script"), [], "scripts in a report page")
    expect(dom.find_all("link") + dom.find_all("img") + dom.find_all("iframe"), [], "external resources")
    h1 = dom.find_all("h1")
    expect(len(h1), 1, "one <h1>")
    expect(h1[0].text().replace("<br>", ""), model["title"], "title")
    sections = dom.find_all("section")
    expect(len(sections), len(model["sections"]), "sections")
    for section, expected in zip(sections, model["sections"]):
        expect(section.attrs.get("id"), f"section-{expected['number']}", "section id")
        expect(section.find("h2").text().strip(), expected["heading"], "section heading")
        page_text = squeeze(section.text())
        for line in expected["text"].split("\n"):
            if squeeze(line) and squeeze(line) not in page_text:
                raise Mismatch(f"section {expected['number']}: prose line missing from the page: {line[:40]}…")
    closing = dom.find("div", cls="closing")
    if model["closing"] is None:
        expect(closing, None, "closing block")
    else:
        signature = closing.find("p", cls="signature")
        expect(signature.text() if signature else None, model["closing"]["agency"], "signature")
        expect(closing.find("p", cls="date").text(), model["closing"]["date_text"], "signature date")
    # The diagnostics list may quote an artefact (P-ARTIFACT); the report text may not.
    aside = dom.find("aside")
    report_text = dom.text().replace(aside.text(), "") if aside else dom.text()
    expect("[bookmark" in report_text, False, "converter artefacts removed")


def check_report(dom, model):
    """Everything above; returns the number of 0 cells drawn in T3 and T4."""
    check_prose(dom, model)
    check_t2(dom, model)
    zeros = check_t3(dom, model)
    return zeros, check_t4(dom, model)
