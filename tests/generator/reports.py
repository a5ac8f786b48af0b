"""Consistent annual reports with non-zero numbers, made from a seed.

`generate(seed, features)` returns a Report: title (agency + year), preamble
with the statistics period, the six sections with headings and prose, T2, T3
and T4 in the layout of the year (F2021 from 2021 on, F2019 for 2019/2020),
a signature and a date. The tables' arithmetic holds (docs/tables.md#arithmetic)
unless errors are planted on purpose; every number is kept as printed, and
`Report.expected` maps each model key to the value the model must hold — the
generated number, never anything a compiler produced.

Features a report may use (each drawn from the seed when the form allows it):
  blanks  — zero cells and some 总计 cells printed empty (expected null) [SH19];
  signed  — F2019 本年增/减 with explicit signs, negative deltas (`+12`, `-8`);
  units   — F2019 采购总金额 with its unit in the cell (`251000元`, `25.1万元`);
  errors  — totals that do not add up, planted on purpose (expected as printed).
"""
import random
from dataclasses import dataclass, field

import template
from template import T3_COLUMNS, T3_DETAIL_COLUMNS, T3_ROW_KEYS, T3_RESULT_KEYS, T4_BLOCKS, T4_PARTS

ALL_FEATURES = frozenset({"blanks", "signed", "units", "errors"})


@dataclass
class Report:
    seed: int
    year: int
    layout: str
    agency: str
    printed: dict                    # model key → text as printed ("" for a blank cell)
    expected: dict                   # model key → number / unit / None, and "year", "layout"
    blocks: list                     # [(kind, content)] in document order, see document()
    planted: list = field(default_factory=list)  # descriptions of the arithmetic errors planted
    features: frozenset = frozenset()

    def table(self, name, wide_t2=False):
        if name == "T2":
            return template.t2_table(self.layout, self.printed, wide=wide_t2)
        if name == "T3":
            return template.t3_table(self.layout, self.printed)
        return template.t4_table(self.printed)


def generate(seed, features=ALL_FEATURES):
    rng = random.Random(seed)
    year = rng.choice([2019, 2020] + [2021, 2022, 2023, 2024, 2025] * 2)
    layout = "F2021" if year >= 2021 else "F2019"
    agency = make_agency(rng)
    chosen = frozenset(f for f, p in (("blanks", 0.25), ("signed", 0.6), ("units", 0.6), ("errors", 0.2))
                       if f in features and rng.random() < p)
    scale = rng.choice([0, 0, 1, 3, 3, 10, 10, 40, 150, 600, 3000])
    numbers = {}
    numbers.update(t2_numbers(rng, layout, scale, chosen))
    numbers.update(t3_numbers(rng, layout, scale))
    numbers.update(t4_numbers(rng, scale))
    planted = plant_errors(rng, layout, numbers) if "errors" in chosen else []
    # The generator's own promise: the sums hold exactly when no error was planted.
    assert bool(arithmetic_errors(layout, numbers)) == bool(planted), (seed, planted)
    printed = print_cells(rng, numbers, chosen)
    expected = {"year": year, "layout": layout}
    expected.update(expected_cells(printed))
    report = Report(seed, year, layout, agency, printed, expected, [], planted, chosen)
    report.blocks = document(rng, report, numbers)
    return report


# --- numbers -------------------------------------------------------------------------------
def count(rng, mean):
    """A count around `mean`: mostly 0 when the mean is small, a long tail when it is large."""
    if mean <= 0:
        return 0
    return int(rng.expovariate(1 / mean))


T3_ROW_WEIGHT = {"GRANT": 1.0, "PARTIAL": 0.15, "UNABLE_1": 0.6, "UNABLE_2": 0.1, "UNABLE_3": 0.08,
                 "REJECT_1": 0.25, "REJECT_2": 0.1, "OTHER_3": 0.3, "OTHER": 0.3, "OTHER_1": 0.08}
T3_COLUMN_WEIGHT = {"NP": 1.0, "BIZ": 0.25, "RES": 0.02, "NGO": 0.04, "LAW": 0.08, "ORG_OTHER": 0.1}


def t3_numbers(rng, layout, scale):
    cells = {}
    for col in T3_DETAIL_COLUMNS:
        mean = scale * T3_COLUMN_WEIGHT[col]
        results = {r: count(rng, mean * T3_ROW_WEIGHT.get(r, 0.03)) for r in T3_RESULT_KEYS[layout]}
        total = sum(results.values())
        carry_in = count(rng, mean * 0.1)
        carry_out = count(rng, mean * 0.1)
        new = total + carry_out - carry_in
        if new < 0:  # more carried in than handled: carry the rest on
            carry_out -= new
            new = 0
        column = dict(results, NEW=new, CARRY_IN=carry_in, TOTAL=total, CARRY_OUT=carry_out)
        for row, value in column.items():
            cells[f"T3.{row}.{col}"] = value
    for row in T3_ROW_KEYS[layout]:
        cells[f"T3.{row}.SUM"] = sum(cells[f"T3.{row}.{c}"] for c in T3_DETAIL_COLUMNS)
    return cells


def t4_numbers(rng, scale):
    cells = {}
    for block, weight in zip(T4_BLOCKS, (0.03, 0.02, 0.01)):
        parts = [count(rng, scale * weight * w) for w in (1.0, 0.2, 0.3, 0.3)]
        for part, value in zip(T4_PARTS, parts + [sum(parts)]):
            cells[f"T4.{block}_{part}"] = value
    return cells


def t2_numbers(rng, layout, scale, features):
    size = max(scale, 1)
    if layout == "F2021":
        return t2_f2021(rng, size)
    return t2_f2019(rng, size, features)


def t2_f2021(rng, size):
    cells = {}
    for row, mean in (("RULES", 0.3 if rng.random() < 0.2 else 0), ("NORMDOC", size * 0.05 + 1)):
        made, repealed = count(rng, mean * 3), count(rng, mean)
        cells[f"T2.{row}.made"] = made
        cells[f"T2.{row}.repealed"] = repealed
        cells[f"T2.{row}.valid"] = max(made - repealed, 0) + count(rng, mean * 20)
    cells["T2.LICENSE.decisions"] = count(rng, size * 20)
    cells["T2.PENALTY.decisions"] = count(rng, size * 3)
    cells["T2.COERCION.decisions"] = count(rng, size * 0.2)
    cells["T2.ADMINFEE.amount_wan"] = decimal_amount(rng, size)
    return cells


def t2_f2019(rng, size, features):
    cells = {}
    for row, mean in (("RULES", 0.3 if rng.random() < 0.2 else 0), ("NORMDOC", size * 0.05 + 1)):
        made = count(rng, mean * 3)
        cells[f"T2.{row}.new_made"] = made
        cells[f"T2.{row}.new_published"] = made if rng.random() < 0.7 else count(rng, mean * 3)
        cells[f"T2.{row}.total_published"] = cells[f"T2.{row}.new_published"] + count(rng, mean * 30)
    for row, mean in (("LICENSE", 10), ("OTHERSVC", 5), ("PENALTY", 30), ("COERCION", 3)):
        cells[f"T2.{row}.prev_items"] = count(rng, mean * size ** 0.5)
        cells[f"T2.{row}.delta"] = signed_delta(rng, cells[f"T2.{row}.prev_items"], features)
        cells[f"T2.{row}.decisions"] = count(rng, mean * size)
    cells["T2.ADMINFEE.prev_items"] = count(rng, 3)
    cells["T2.ADMINFEE.delta"] = signed_delta(rng, cells["T2.ADMINFEE.prev_items"], features)
    cells["T2.PROCURE.projects"] = count(rng, size * 0.5)
    cells["T2.PROCURE.amount"] = procurement_amount(rng, cells["T2.PROCURE.projects"], features)
    return cells


def signed_delta(rng, previous, features):
    """本年增/减: negative only down to the previous count; `signed` prints a '+' on gains."""
    change = count(rng, previous * 0.2 + 0.5)
    if "signed" in features and rng.random() < 0.4:
        change = -min(change, previous)
    if change > 0 and "signed" in features and rng.random() < 0.7:
        return "+%d" % change
    return str(change)


def decimal_amount(rng, size):
    """本年收费金额 in 万元, as reports print it: 0, a whole number, or up to 6 decimals."""
    if rng.random() < 0.4:
        return "0"
    whole = count(rng, size * 5)
    places = rng.choice([0, 1, 2, 2, 4, 6])
    if places == 0:
        return str(whole)
    fraction = "".join(rng.choice("0123456789") for _ in range(places - 1)) + rng.choice("123456789")
    return f"{whole}.{fraction}"


def procurement_amount(rng, projects, features):
    """采购总金额: no unit in the header, so reporters write one into the cell [SH19]."""
    if projects == 0:
        return "0"
    yuan = projects * rng.choice([5000, 12000, 41830, 250000])
    if "units" not in features:
        return str(yuan)
    if rng.random() < 0.5:
        return f"{yuan}元"
    wan = yuan / 10000
    return f"{wan:g}万元"


def plant_errors(rng, layout, numbers):
    """Makes one to three printed totals disagree with their parts; returns what was done."""
    targets = [f"T3.TOTAL.{c}" for c in T3_COLUMNS] + [f"T3.{r}.SUM" for r in T3_RESULT_KEYS[layout]]
    targets += [f"T3.CARRY_OUT.{c}" for c in T3_DETAIL_COLUMNS] + [f"T4.{b}_TOTAL" for b in T4_BLOCKS]
    planted = []
    for key in rng.sample(targets, rng.randint(1, 3)):
        old = numbers[key]
        new = max(0, old + rng.choice([-3, -1, 1, 2, 10]))
        if new == old:
            new = old + 1
        numbers[key] = new
        planted.append(f"{key} printed {new} (parts give {old})")
    return planted


def arithmetic_errors(layout, numbers):
    """The sums of docs/tables.md#arithmetic that the numbers break, by name."""
    failing = []
    for row in T3_ROW_KEYS[layout]:
        if numbers[f"T3.{row}.SUM"] != sum(numbers[f"T3.{row}.{c}"] for c in T3_DETAIL_COLUMNS):
            failing.append(f"T3-TOTALCOL {row}")
    for c in T3_COLUMNS:
        cell = lambda row: numbers[f"T3.{row}.{c}"]  # noqa: E731
        if cell("TOTAL") != sum(cell(r) for r in T3_RESULT_KEYS[layout]):
            failing.append(f"T3-SUBTOTAL {c}")
        if cell("NEW") + cell("CARRY_IN") != cell("TOTAL") + cell("CARRY_OUT"):
            failing.append(f"T3-BALANCE {c}")
    for b in T4_BLOCKS:
        if numbers[f"T4.{b}_TOTAL"] != sum(numbers[f"T4.{b}_{p}"] for p in T4_PARTS[:4]):
            failing.append(f"T4-TOTAL-{b}")
    return failing


# --- printing ------------------------------------------------------------------------------
def print_cells(rng, numbers, features):
    """Model key → printed text. With `blanks`, most zero cells and some 总计 cells are left
    empty, as [SH19] prints them."""
    printed = {key: str(value) for key, value in numbers.items()}
    if "blanks" in features:
        zero_blank = rng.uniform(0.5, 1.0)
        for key, text in printed.items():
            table = key[:2]
            if table in ("T3", "T4") and text == "0" and rng.random() < zero_blank:
                printed[key] = ""
            elif table == "T3" and key.endswith(".SUM") and rng.random() < 0.15:
                printed[key] = ""
    return printed


UNITS = ("万元", "元")


def expected_cells(printed):
    """What the model must hold for each printed cell: the number as printed (a blank is
    null; `251000元` is 251000 with amount_unit 元; a sign is kept)."""
    expected = {}
    for key, text in printed.items():
        unit = None
        for u in UNITS:
            if text.endswith(u):
                text, unit = text[: -len(u)], u
                break
        expected[key] = None if text == "" else (float(text) if "." in text else int(text))
        if key == "T2.PROCURE.amount":
            expected["T2.PROCURE.amount_unit"] = unit
    return expected


# --- agencies and prose --------------------------------------------------------------------
PLACES = ["焦作市", "淮安市", "平潭县", "海原县", "泽州县", "尖山区", "老城区", "杨凌示范区", "浑南区", "武汉市",
          "靖远县", "龙游县", "尼勒克县", "德清县", "宁乡市", "邵东市", "琼海市", "晋江市", "桐庐县", "长兴县"]
DEPARTMENTS = ["人民政府", "人民政府办公室", "卫生健康委员会", "卫生健康局", "生态环境局", "审计局", "教育局",
               "自然资源和规划局", "市场监督管理局", "住房和城乡建设局", "交通运输局", "民政局", "财政局",
               "人力资源和社会保障局", "农业农村局", "文化和旅游局", "应急管理局", "医疗保障局"]
TOWNS = ["横山镇", "大芦镇", "城关镇", "新华街道", "东城街道", "桃源乡"]


def make_agency(rng):
    place = rng.choice(PLACES)
    if rng.random() < 0.15:
        return place + rng.choice(TOWNS) + "人民政府" if rng.random() < 0.5 else place + rng.choice(TOWNS) + "办事处"
    return place + rng.choice(DEPARTMENTS)


def document(rng, report, numbers):
    """The report as blocks: ("title", [lines]) ("p", text) ("heading", text)
    ("subheading", text) ("table", name) ("signature", [lines])."""
    y, agency = report.year, report.agency
    blocks = [("title", title_lines(rng, agency, y))]
    blocks += [("p", p) for p in preamble(rng, report)]
    blocks.append(("heading", template.SECTION_HEADINGS[0]))
    blocks += section_one(rng, report, numbers)
    for number, table in ((1, "T2"), (2, "T3"), (3, "T4")):
        blocks.append(("heading", template.SECTION_HEADINGS[number]))
        if rng.random() < 0.4:
            blocks.append(("p", "该部分以表格形式报告。表格如下："))
        blocks.append(("table", table))
        if table == "T4" and rng.random() < 0.3:
            blocks.append(("p", "注：行政复议、行政诉讼数量含上年度结转数量。"))
    five = template.SECTION_HEADINGS[4]
    blocks.append(("heading", "五、政府信息公开工作存在的主要问题及改进情况" if rng.random() < 0.15 else five))
    blocks += [("p", p) for p in section_five(rng, y)]
    blocks.append(("heading", template.SECTION_HEADINGS[5]))
    blocks += [("p", p) for p in section_six(rng, report)]
    blocks.append(("signature", [agency, signature_date(rng, y)]))
    return blocks


def title_lines(rng, agency, year):
    form = rng.randrange(4)
    if form == 0:
        return [f"{agency} {year} 年政府信息公开工作年度报告"]
    if form == 1:
        return [f"{agency}{year}年政府信息公开工作年度报告"]
    if form == 2:
        return [agency, f"{year}年政府信息公开工作年度报告"]
    return [f"{agency}{year}年度政府信息公开工作年度报告"]


def preamble(rng, report):
    y, agency = report.year, report.agency
    notice = "国办公开办函〔2021〕30号" if report.layout == "F2021" else "国办公开办函〔2019〕60号"
    period = rng.choice([f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
                         f"本报告统计数据从 {y} 年 1 月 1 日至 12 月 31 日。",
                         f"报告中所列数据统计期限为{y}年1月1日到12月31日。"])
    parts = [f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《{notice}》要求，{agency}编制本报告。",
             "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
             "行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等六个部分。", period,
             f"本报告电子版可在{agency}门户网站查阅。如对本报告有疑问，请与{agency}办公室联系（电话：0{rng.randint(310, 999)}-"
             f"{rng.randint(2000000, 8999999)}）。"]
    if rng.random() < 0.5:
        return ["".join(parts)]
    return parts[:2] + ["".join(parts[2:])]


def section_one(rng, report, numbers):
    y = report.year
    new_sum = numbers[f"T3.NEW.SUM"]
    topics = [
        ("主动公开", [f"{y}年，通过政府门户网站主动公开政府信息{rng.randint(20, 3000)}条，其中政策文件{rng.randint(1, 60)}件。",
                   "围绕重点领域信息公开，及时发布政策解读和回应关切信息。"]),
        ("依申请公开", [f"全年共收到政府信息公开申请{new_sum}件，均在法定期限内答复。"
                    if new_sum else "全年未收到政府信息公开申请。",
                    "进一步规范受理、登记、办理、答复等环节，提升答复质量。"]),
        ("政府信息管理", ["严格落实公文公开属性源头认定和发布前保密审查制度，动态调整主动公开目录。"]),
        ("政府信息公开平台建设", [f"持续优化政府网站栏目设置，全年更新政务新媒体信息{rng.randint(10, 900)}条。"]),
        ("监督保障", [f"组织开展政务公开业务培训{rng.randint(1, 9)}次，将政务公开工作纳入年度考核。"]),
    ]
    blocks = [("p", f"{y}年，{report.agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，"
                    "扎实推进政务公开各项工作。")]
    style = rng.randrange(3)
    numerals = "一二三四五"
    for i, (topic, sentences) in enumerate(topics):
        heading = (f"（{numerals[i]}）{topic}情况", f"（{numerals[i]}）{topic}方面", f"({numerals[i]}){topic}：")[style]
        if rng.random() < 0.3:  # run-in heading: the body follows on the same line
            blocks.append(("p", heading.rstrip("：") + "。" + "".join(sentences)))
        else:
            blocks.append(("subheading", heading))
            blocks.append(("p", "".join(sentences)))
    return blocks


def section_five(rng, year):
    problems = rng.choice(["政务公开工作的信息化水平还有待提高，部分信息的发布和更新不够及时。",
                           "政策解读形式不够丰富，公开内容的针对性和实效性还需进一步加强。"])
    measures = ["一是加强政务公开工作队伍建设，提高工作人员的业务水平。",
                "二是持续落实政务公开常态工作，加大主动公开力度。",
                f"三是对照{year - 1}年度报告所列问题逐项整改，进一步提高信息发布质量。"]
    if rng.random() < 0.5:
        return ["（一）存在的主要问题", problems, "（二）改进措施", "".join(measures)]
    return [problems, "下一步改进措施："] + measures


def section_six(rng, report):
    y = report.year
    fee = rng.choice([f"{y}年本单位未收取依申请公开费用。", f"本机关{y}年未收取信息处理费。",
                      "依据《政府信息公开信息处理费管理办法》的规定，本机关本年度收取信息处理费0元。"])
    if rng.random() < 0.3:
        return [f"一是深化政务公开标准化规范化建设，完成{rng.randint(2, 30)}个领域公开事项梳理。", fee]
    return [fee]


def signature_date(rng, year):
    month, day = rng.choice([(1, rng.randint(5, 30)), (2, rng.randint(1, 28)), (3, rng.randint(1, 20))])
    if rng.random() < 0.2:
        digits = "〇一二三四五六七八九"
        chinese_year = "".join(digits[int(d)] for d in str(year + 1))
        return f"{chinese_year}年{_chinese_number(month)}月{_chinese_number(day)}日"
    return f"{year + 1}年{month}月{day}日"


def _chinese_number(n):
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + ("" if ones == 0 else digits[ones])
