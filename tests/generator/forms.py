"""Renderers: one generated report → the bytes of one input file, one function per form
of docs/forms.md. Each takes the report and a random.Random that decides the
incidental choices (merge artefacts, wraps, separators), so a (seed, form) pair always
gives the same file.

  tab          row per line, TAB-separated, with a Word export's merge artefacts (T1, T7, T8)
  tab-lost     the same with T3's group labels lost and replaced by numbers (T9)
  cell-lines   each cell a line starting with TAB, a blank line ends a row (T2, T3)
  bar-lines    one cell per line between lines holding only | or ｜ (W6)
  blank-lines  one cell per line, cells separated by blank lines (W6)
  pipe         | a | b | rows, padded numbers, collapsed merges (W7)
  spaces       PDF text: columns as runs of spaces, labels wrapped, page furniture (W8)
  crawler      crawler metadata, site chrome, the body on one line, cells glued (W1, W2, W9)
  html         a web page with real <table>s, &nbsp; cells, labels over <p>/<br> (W10)
  docx         a Word document (w:gridSpan, w:vMerge)
  pdf          the web page printed by headless Chromium (render_pdf, needs a browser)

The web page, Word and PDF forms use the writers of tests/input/fixtures.py.
"""
import contextlib
import os
import pathlib
import re
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "input"))
import fixtures  # noqa: E402

from template import HSPAN, START, VSPAN, covered_cells, positions  # noqa: E402

# Which report features a form can show faithfully. A blank cell leaves no trace in glued
# digits or in space-separated columns, so those forms get none; T9's lost labels are
# only recoverable when every row still has its seven numbers.
NO_BLANKS = {"blanks"}
FORM_EXCLUDES = {"tab-lost": NO_BLANKS, "spaces": NO_BLANKS, "crawler": NO_BLANKS}
EXTENSIONS = {"html": ".html", "docx": ".docx", "pdf": ".pdf"}


def extension(form):
    return EXTENSIONS.get(form, ".txt")


# --- labels as converters and typists print them -------------------------------------------
def s0_label(text):
    """The half-width spelling of a Word export [S0]: `(一) 予以公开`, `1. 属于国家秘密`,
    `(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)`, `结果 维持`."""
    text = re.sub(r"^（([一二三四五六七])）", r"(\1) ", text)
    text = re.sub(r"^(\d)\.", r"\1. ", text)
    if text.startswith("(二)"):
        text = text.replace("（", " (").replace("）", ")").replace("，", ", ")
    if text.startswith("（本列"):
        text = "(" + text[1:-1] + ")"
    if text in ("结果维持", "结果纠正", "其他结果", "尚未审结"):
        text = text[:2] + " " + text[2:]
    return text


def half_width(text):
    """Parentheses, colons and commas half-width, as web copies often have them [YL22]."""
    return text.translate(str.maketrans("（）：，", "():,"))


def quotes(text, style):
    """`3.危及“三安全一稳定”` with curly, straight or no quotes (T17)."""
    if style == "straight":
        return text.replace("“", '"').replace("”", '"')
    if style == "none":
        return text.replace("“", "").replace("”", "")
    return text


class LabelStyle:
    """One report's way of spelling the template's labels."""

    def __init__(self, rng, spellings=("canonical", "s0", "half")):
        self.spelling = rng.choice(spellings)
        self.quotes = rng.choice(["curly", "curly", "straight", "none"])

    def __call__(self, text):
        if self.spelling == "s0":
            text = s0_label(text)
        elif self.spelling == "half":
            text = half_width(text)
        return quotes(text, self.quotes)


def cell_text(cell, style):
    return cell.text if cell.is_value else style(cell.text)


# --- wrapping of cell text -----------------------------------------------------------------
def is_cjk(ch):
    return unicodedata.east_asian_width(ch) in ("W", "F") and ch not in "（）：，、。“”"


def split_point(text, rng):
    """A place to break `text` between two CJK characters, away from its ends; None if none."""
    points = [i for i in range(2, len(text) - 1) if is_cjk(text[i - 1]) and is_cjk(text[i])]
    return rng.choice(points) if points else None


def wrap_in_two(text, rng):
    """`商业企业` → [`商业`, `企业`], as narrow cells wrap in Word (T3)."""
    if len(text) < 4:
        return [text]
    middle = len(text) // 2
    if is_cjk(text[middle - 1]) and is_cjk(text[middle]):
        return [text[:middle], text[middle:]]
    point = split_point(text, rng)
    return [text] if point is None else [text[:point], text[point:]]


class Wrapper:
    """Decides, once per report, whether header cells and long labels wrap."""

    def __init__(self, rng, headers=0.6, long_labels=0.2):
        self.rng = rng
        self.headers = rng.random() < headers
        self.long_labels = rng.random() < long_labels

    def __call__(self, text, is_header):
        if is_header and self.headers and len(text) <= 8:
            return wrap_in_two(text, self.rng)
        if self.long_labels and len(text) > 16 and self.rng.random() < 0.5:
            return wrap_in_two(text, self.rng)
        return [text]


def is_header_row(table, r):
    return r < table.header_rows or (table.name == "T2" and table.rows[r][0].text == "信息内容")


# --- the document around the tables --------------------------------------------------------
def text_lines(report, rng, table_lines, blank_between=None):
    """The report as lines, tables from `table_lines(table)`; paragraphs separated by blank
    lines or not, as Word exports differ [S0] [S2]."""
    if blank_between is None:
        blank_between = rng.random() < 0.5
    lines = [""] * rng.choice([0, 0, 1, 2])
    for kind, content in report.blocks:
        if kind == "title":
            lines += content if len(content) == 1 or rng.random() < 0.5 else [content[0], "", content[1]]
        elif kind == "table":
            if lines and lines[-1] != "" and rng.random() < 0.5:
                lines.append("")
            lines += table_lines(report.table(content))
        elif kind == "signature":
            indent = rng.choice(["", "\u3000" * 20, "\u00a0" * 30, " " * 40])
            lines += [indent + line for line in content]
        else:
            lines.append(content)
        if blank_between or kind == "table":
            lines.append("")
    return lines


def encode_text(lines):
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- tab -----------------------------------------------------------------------------------
def row_fields(row, mode, style):
    """One grid row as TAB fields. expanded: every grid column in place; pad-end: a colspan's
    empty cells moved to the row's end [S0]; shift: the empty cells of a rowspan from above
    dropped and the row padded at its end, so the label lands in the first column (T7)."""
    texts = [(kind, cell_text(cell, style) if kind == START else "") for kind, cell in row]
    if mode == "pad-end":
        kept = [t for kind, t in texts if kind != HSPAN]
        return kept + [""] * (len(texts) - len(kept))
    if mode == "shift":
        lead = 0
        while lead < len(texts) and texts[lead][0] == VSPAN:
            lead += 1
        return [t for _, t in texts[lead:]] + [""] * lead
    return [t for _, t in texts]


def has_blank(table):
    return any(cell.is_value and cell.text == "" for row in table.rows for cell in row)


def tab_table(table, rng, style, modes):
    # A blank value cell and a merge artefact are both an empty field: with blanks only
    # the in-place expansion keeps the values where a reader can find them.
    usable = ["expanded"] if has_blank(table) else modes
    return ["\t".join(row_fields(row, rng.choice(usable), style)) for row in positions(table)]


def render_tab(report, rng):
    style = LabelStyle(rng)
    modes = rng.choice([["expanded"], ["pad-end"], ["expanded", "pad-end", "shift"]])
    return encode_text(text_lines(report, rng, lambda t: tab_table(t, rng, style, modes)))


def lost_label_rows(table, style):
    """T3 as a converter that lost the labels of column 2 writes it [S3]: each (一)…(七) label
    cell, and each place it covers, holds `0`; rows without a leaf label keep no label."""
    out = []
    for r, row in enumerate(positions(table)):
        if r < table.header_rows or not _under_results(row):
            out.append(row_fields(row, "pad-end", style))
            continue
        fields = []
        for c, (kind, cell) in enumerate(row):
            if c == 1 and not cell.is_value:
                fields.append((START, "0"))  # the lost sub-group label, or where it reached down
            elif kind == HSPAN:
                continue
            else:
                fields.append((kind, cell_text(cell, style) if kind == START else ""))
        is_total = row[-1][1].key.startswith("T3.TOTAL.")
        if is_total:  # [S3] `0→→0→0→…`: the lost 总计 label in the first column
            fields = [f for f in fields if f[0] != VSPAN]
        texts = [t for _, t in fields]
        if is_total:
            texts.insert(1, "")
        out.append(texts + [""] * (len(row) - len(texts)))
    return ["\t".join(f) for f in out]


def _under_results(row):
    first = row[0][1]
    return first.text == "三、本年度办理结果"


def render_tab_lost(report, rng):
    style = LabelStyle(rng, spellings=("canonical", "s0"))

    def table_lines(table):
        if table.name == "T3":
            return lost_label_rows(table, style)
        return tab_table(table, rng, style, ["expanded", "pad-end"])

    return encode_text(text_lines(report, rng, table_lines))


# --- cell-lines ----------------------------------------------------------------------------
def cell_line_table(table, style, wrap):
    """[S2] [S4]: `→cell` per cell, `→` for a cell covered from above (and for a blank
    value), wrapped text on the next line without TAB, a blank line after each row."""
    lines = []
    for r, cells in enumerate(covered_cells(table)):
        for cell in cells:
            if cell is None:
                lines.append("\t")
                continue
            parts = [cell.text] if cell.is_value else wrap(style(cell.text), is_header_row(table, r))
            lines.append("\t" + parts[0])
            lines += parts[1:]
        lines.append("")
    return lines[:-1]


def render_cell_lines(report, rng):
    style, wrap = LabelStyle(rng, spellings=("canonical", "canonical", "s0")), Wrapper(rng)
    return encode_text(text_lines(report, rng, lambda t: cell_line_table(t, style, wrap)))


# --- bar-lines and blank-lines -------------------------------------------------------------
def one_cell_per_line(table, style, wrap, separator, blank, around=False):
    """W6: the cells a web page shows, in reading order, one per line (wrapped text on the
    following lines), `separator` between cells — with `around`, also before the first and
    after the last, as the search-engine copy in tests/corpus has it; a covered cell is
    simply not there."""
    lines = [separator] if around else []
    for r, cells in enumerate(covered_cells(table)):
        for cell in cells:
            if cell is None:
                continue
            if len(lines) > (1 if around else 0):
                lines.append(separator)
            if cell.is_value:
                lines.append(cell.text if cell.text else blank)
            else:
                lines += wrap(style(cell.text), is_header_row(table, r))
    return lines + [separator] if around else lines


def render_bar_lines(report, rng):
    style, wrap = LabelStyle(rng, spellings=("canonical", "half")), Wrapper(rng)
    bar = rng.choice(["|", "|", "｜"])
    table_lines = lambda t: one_cell_per_line(t, style, wrap, bar, "", around=True)  # noqa: E731
    return encode_text(text_lines(report, rng, table_lines, blank_between=False))


def render_blank_lines(report, rng):
    style, wrap = LabelStyle(rng, spellings=("canonical", "half")), Wrapper(rng)
    # An &nbsp; cell copied from a page is a no-break space, not nothing.
    table_lines = lambda t: one_cell_per_line(t, style, wrap, "", "\u00a0")  # noqa: E731
    return encode_text(text_lines(report, rng, table_lines, blank_between=True))


# --- pipe ----------------------------------------------------------------------------------
def pipe_table(table, rng, style, wrap):
    """W7: `| 规章 |       0 |        0 |         6 |`; the empty cells of a merge collapse
    to `||` (or are left out), value cells are padded to their column, and a label that
    wrapped in the source keeps a space where it broke (`| 第二十条 第(一)项 |`)."""
    value_width = max([len(c.text) for row in table.rows for c in row if c.is_value] + [3]) + rng.randrange(0, 7)
    drop_merged = rng.random() < 0.3
    lines = []
    for r, row in enumerate(positions(table)):
        parts = []
        for kind, cell in row:
            if kind != START:
                if not drop_merged:
                    parts.append(rng.choice(["", " "]))
            elif cell.is_value:
                parts.append(" " + cell.text.rjust(value_width) + " ")
            else:
                parts.append(" " + " ".join(wrap(style(cell.text), is_header_row(table, r))) + " ")
        lines.append("|" + "|".join(parts) + "|")
        if r == 0 and rng.random() < 0.5:
            lines.append("|" + "|".join("---" for _ in parts) + "|")
    return lines


def render_pipe(report, rng):
    style, wrap = LabelStyle(rng, spellings=("canonical", "half")), Wrapper(rng, headers=0.3)
    return encode_text(text_lines(report, rng, lambda t: pipe_table(t, rng, style, wrap)))


# --- spaces (PDF text) ---------------------------------------------------------------------
def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap_display(text, width):
    """Lines of at most `width` display columns, as a PDF cell wraps its text."""
    lines, line = [], ""
    for ch in text:
        if line and display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines or [""]


COLUMN_WIDTHS = {"T2": [24, 16, 16, 16, 16], "T3": [8, 12, 24] + [6] * 7, "T4": [5] * 15}


def place_cells(table, widths, gap, center):
    """{line: [(x, text, right_aligned_width)]} for the cells of `table` laid out in a grid
    of `widths` display columns; returns (placements, number of lines)."""
    x = [sum(widths[:c]) + gap * c for c in range(len(widths) + 1)]
    grid = positions(table)
    starts = []  # (row, column, cell, fragments)
    for r, row in enumerate(grid):
        for c, (kind, cell) in enumerate(row):
            if kind == START:
                width = x[c + cell.colspan] - x[c] - gap
                fragments = [cell.text] if cell.is_value else wrap_display(cell.text, width)
                starts.append((r, c, cell, fragments))
    heights = [1] * len(grid)
    for r, _, cell, fragments in starts:
        if cell.rowspan == 1:
            heights[r] = max(heights[r], len(fragments))
    for r, _, cell, fragments in starts:  # a tall label spanning rows may need more lines
        lacking = len(fragments) - sum(heights[r:r + cell.rowspan])
        if lacking > 0:
            heights[r + cell.rowspan - 1] += lacking
    top = [sum(heights[:r]) for r in range(len(grid) + 1)]
    placed = {}
    for r, c, cell, fragments in starts:
        span = top[r + cell.rowspan] - top[r]
        first = top[r] + ((span - len(fragments)) // 2 if center or cell.rowspan > 1 else 0)
        width = x[c + cell.colspan] - x[c] - gap
        for i, fragment in enumerate(fragments):
            placed.setdefault(first + i, []).append((x[c], fragment, width if cell.is_value else 0))
    return placed, top[-1]


def compose_line(items):
    line = ""
    for x, text, right in sorted(items):
        if right:
            x += right - display_width(text)
        line += " " * max(x - display_width(line), 2 if line else 0) + text
    return line.rstrip()


def spaces_table(table, center):
    widths = list(COLUMN_WIDTHS[table.name][:table.width])
    longest = max(len(c.text) for row in table.rows for c in row if c.is_value)
    if table.name != "T2":
        widths = [w if i < (3 if table.name == "T3" else 0) else max(w, longest) for i, w in enumerate(widths)]
    placed, count = place_cells(table, widths, 2, center)
    return [compose_line(placed.get(i, [])) for i in range(count)]


def paginate(lines, rng):
    """Page numbers and form feeds every so many lines, also inside a table (W8)."""
    out, page, left = [], 1, rng.randint(30, 50)
    footer = rng.choice(["— {} —", "-{}-", "- {} -"])
    for line in lines:
        out.append(line)
        left -= 1
        if left == 0:
            out.append(footer.format(page))
            out.append("\f")
            page += 1
            left = rng.randint(40, 55)
    return out


def render_spaces(report, rng):
    center = rng.random() < 0.7
    width = rng.choice([60, 66, 70])
    lines = []
    for kind, content in report.blocks:
        if kind == "table":
            lines += spaces_table(report.table(content), center)
        elif kind == "p":  # a PDF breaks paragraphs at the page width
            lines += wrap_display(content, width)
        elif kind in ("title", "signature"):
            lines += content
        else:
            lines.append(content)
        if rng.random() < 0.2:
            lines.append("")
    text = "\n".join(paginate(lines, rng)).replace("\n\f\n", "\n\f")
    return (text + "\n").encode("utf-8")


# --- crawler -------------------------------------------------------------------------------
def glued_table(table, rng):
    """W9: every cell a web page shows, in reading order, with no separator at all — now and
    then a space where the page had one between two cells."""
    out = ""
    for cells in covered_cells(table):
        for cell in cells:
            if cell is None:
                continue
            if out and rng.random() < 0.04:
                out += " "
            out += cell.text
    return out


def crawler_body(report, rng):
    parts = []
    for kind, content in report.blocks:
        if kind == "table":
            parts.append(glued_table(report.table(content), rng))
        elif kind == "title":
            if rng.random() < 0.3:
                parts.append("".join(content))
        elif kind == "signature":
            parts.append("".join(content))
        else:
            parts.append(content)
    # Line breaks collapsed: paragraphs run together, sometimes with a space between.
    return "".join(p + (" " if rng.random() < 0.15 else "") for p in parts)


def crawler_metadata(report, rng):
    title = "".join(report.blocks[0][1]).replace(" ", "")
    published = f"{report.year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    number = rng.randint(10000, 99999)
    path = f"zwgk/zfxxgk/zfxxgknb/{report.year + 1}01/t{report.year + 1}0120_{number}.htm"
    lines = [f"标题: {title}", f"发布时间: {published}", "文号: ", "发布机构: ", "栏目: 政府信息公开年报",
             f"原文链接: https://www.example.gov.cn/{path}", f"本地目录: {path[:-4]}_{title}",
             "页面链接与图片详见 links.tsv(同目录)", "==================== 正文 ===================="]
    chrome = (f"当前位置： 首页政务公开政府信息公开政府信息公开年报 {title} 来源：{report.agency} 时间：{published} "
              "微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> ")
    return lines, chrome


def render_crawler(report, rng):
    lines, chrome = crawler_metadata(report, rng)
    trailer = rng.choice([" 附件下载", " 【打印】【关闭】", ""])
    lines.append(chrome + crawler_body(report, rng) + trailer)
    return encode_text(lines)


# --- web page, Word, PDF -------------------------------------------------------------------
@contextlib.contextmanager
def grid_as_given():
    """fixtures' table writers take text rows and rebuild the merges with heuristics; a
    generated grid already has its merges — and blank cells the heuristics would take for
    merge artefacts — so for the time of a call they get it as it is."""
    saved = fixtures.merge_cells
    fixtures.merge_cells = lambda rows: rows
    try:
        yield
    finally:
        fixtures.merge_cells = saved


def grid_dicts(table, text_of):
    return [[{"text": text_of(cell, r), "colspan": cell.colspan, "rowspan": cell.rowspan} for cell in row]
            for r, row in enumerate(table.rows)]


def web_cell_text(table, style, rng, split_labels, blank):
    """A cell's text for the page or document: `blank` for a blank value (`&nbsp;` on a
    page); labels of header cells split in two, which fixtures' cell writers turn into <br>
    or <p> on a page and into paragraphs in Word (W10)."""
    def text_of(cell, r):
        if cell.is_value:
            return cell.text or blank
        text = style(cell.text)
        if split_labels and is_header_row(table, r) and 4 <= len(text) <= 10 and rng.random() < 0.5:
            text = " ".join(wrap_in_two(text, rng))
        return text
    return text_of


PLACEHOLDER = "@@{}@@"


def placeholder_text(report):
    """The report as fixtures' text input, each table a placeholder paragraph."""
    lines = []
    for kind, content in report.blocks:
        if kind in ("title", "signature"):
            lines += content
        elif kind == "table":
            lines.append(PLACEHOLDER.format(content))
        else:
            lines.append(content)
    return "\n".join(lines) + "\n"


def page_with_tables(report, rng, charset, split):
    style = LabelStyle(rng, spellings=("canonical", "canonical", "half"))
    wide = rng.random() < 0.5  # the [SH19] geometry of F2019 T2
    page = fixtures.page_html(placeholder_text(report), charset, split=split)
    for name in ("T2", "T3", "T4"):
        table = report.table(name, wide_t2=wide)
        with grid_as_given():
            markup = fixtures.table_html(grid_dicts(table, web_cell_text(table, style, rng, split, "\u00a0")), split)
        page = page.replace(fixtures.paragraph_html(PLACEHOLDER.format(name)), markup)
    return page


def render_html(report, rng):
    charset = rng.choice(["utf-8", "gbk"])
    return page_with_tables(report, rng, charset, split=True).encode("gb18030" if charset == "gbk" else "utf-8")


def render_docx(report, rng, path):
    """Writes the .docx to `path` (fixtures' writer works on files)."""
    style = LabelStyle(rng, spellings=("canonical", "canonical", "s0"))
    body = fixtures.docx_body(placeholder_text(report))
    for name in ("T2", "T3", "T4"):
        table = report.table(name, wide_t2=rng.random() < 0.5)
        with grid_as_given():
            markup = fixtures.table_xml(grid_dicts(table, web_cell_text(table, style, rng, True, "")))
        body = body.replace(fixtures.paragraph_xml(PLACEHOLDER.format(name)), markup)
    fixtures.write_docx(path, body)


def render_pdf(report, rng, path, browser):
    """Prints the report's web page (one paragraph per cell, as a Word export to PDF has
    it) to `path` with headless Chromium."""
    page = path[: -len(".pdf")] + ".print.html"
    with open(page, "w", encoding="utf-8") as f:
        f.write(page_with_tables(report, rng, "utf-8", split=False))
    fixtures.print_pdf(browser, os.path.abspath(page), path)
    os.remove(page)


TEXT_RENDERERS = {
    "tab": render_tab, "tab-lost": render_tab_lost, "cell-lines": render_cell_lines,
    "bar-lines": render_bar_lines, "blank-lines": render_blank_lines, "pipe": render_pipe,
    "spaces": render_spaces, "crawler": render_crawler, "html": render_html,
}
FORMS = list(TEXT_RENDERERS) + ["docx", "pdf"]


def write_case(form, report, rng, path, browser=None):
    """Writes one report in one form to `path`."""
    if form == "docx":
        render_docx(report, rng, path)
    elif form == "pdf":
        render_pdf(report, rng, path, browser)
    else:
        with open(path, "wb") as f:
            f.write(TEXT_RENDERERS[form](report, rng))
