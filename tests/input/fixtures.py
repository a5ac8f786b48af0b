"""Builds the front-end test fixtures from the example reports, at test time
(nothing binary is kept in the repository): for each example a GB18030 copy,
UTF-16 LE and BE copies with byte-order marks, a government-style web page
with site chrome and real <table>s (merged cells as colspan/rowspan), a Word
.docx (a minimal OOXML package with w:gridSpan / w:vMerge), and, when
Chromium is installed, a PDF printed from the web page. Also the non-report
files of each kind.

The tables of the text serialisations (TAB rows, cell-per-line rows) are read
back into rows of cells; cells that the Word export left empty because they
were covered by a merged cell are merged again: trailing empty cells of a row
(all empty cells after a text cell in a header row) widen the cell before
them, a row shorter than the table widens its last cell, and leading empty
cells under a label become part of that label's rowspan.
"""
import html
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

NUMBER = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?$")


# --- the text serialisations, read back -------------------------------------------
def parse_blocks(text):
    """[("p", line) | ("table", [[cell, ...], ...])] in document order."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks, table, pending = [], None, None

    def flush_pending():
        nonlocal pending
        if pending is not None:
            table.append(pending)
            pending = None

    def close_table():
        nonlocal table
        flush_pending_if_table()
        if table:
            blocks.append(("table", table))
        table = None

    def flush_pending_if_table():
        if pending is not None:
            flush_pending()

    for i, line in enumerate(lines):
        cells = line.split("\t")
        if line.startswith("\t") and len(cells) == 2:
            if table is None:
                table = []
            if pending is None:
                pending = []
            pending.append(cells[1])
        elif pending is not None and line and "\t" not in line:
            pending[-1] += line  # text wrapped inside a cell
        elif "\t" in line:
            if table is None:
                table = []
            flush_pending()
            table.append(cells)
        elif line == "" and pending is not None and i + 1 < len(lines) and lines[i + 1].startswith("\t"):
            flush_pending()  # a blank line between cell-per-line rows
        else:
            close_table()
            if line.strip(" \u00a0\u3000"):
                blocks.append(("p", line))
    close_table()
    return blocks


def merge_cells(rows):
    """Rows of texts → rows of {text, colspan, rowspan} with merges rebuilt."""
    width = max(len(r) for r in rows)
    out, owner = [], {}
    for r, texts in enumerate(rows):
        texts = list(texts)
        has_number = any(NUMBER.match(t.strip()) for t in texts)
        cells, c, i = [], 0, 0
        while r > 0 and i < len(texts) and texts[i] == "":
            above = owner.get((r - 1, c))
            if above is None or above["text"] == "" or any(t != "" for t in texts[i:i + above["colspan"]]):
                break
            above["rowspan"] += 1
            for k in range(above["colspan"]):
                owner[(r, c + k)] = above
            i += above["colspan"]
            c += above["colspan"]
        # A T3 data row (7 numbers) ends at the table's last column: the label
        # before its numbers takes the trailing empty cells.
        numbers = [k for k in range(i, len(texts)) if NUMBER.match(texts[k].strip())]
        if len(numbers) >= 7 and numbers[0] > i and all(t == "" for t in texts[numbers[-1] + 1:]):
            short = width - c - (numbers[-1] + 1 - i)
            texts = texts[:numbers[-1] + 1]
            label_widen = {numbers[0] - 1: short}
        else:
            label_widen = {}
        while i < len(texts):
            cell = {"text": texts[i], "colspan": 1 + label_widen.get(i, 0), "rowspan": 1}
            i += 1
            if cell["text"] != "":
                j = i
                while j < len(texts) and texts[j] == "":
                    j += 1
                if j == len(texts) or not has_number:
                    cell["colspan"] += j - i
                    i = j
            cells.append(cell)
            for k in range(cell["colspan"]):
                owner[(r, c + k)] = cell
            c += cell["colspan"]
        if cells and c < width:
            cells[-1]["colspan"] += width - c
            for k in range(c, width):
                owner[(r, k)] = cells[-1]
        out.append(cells)
    return out


def title_lines(blocks):
    """The title: the first line, and the next one when the first holds no 报告."""
    lines = [b[1] for b in blocks[:2] if b[0] == "p"]
    if lines and "报告" not in lines[0] and len(lines) > 1:
        return lines[:2]
    return lines[:1]


# --- web page --------------------------------------------------------------------------
CSS = """
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; margin: 0; }
.header, .footer, .crumb, .side { background: #eef; padding: 4px; }
.nav li { display: inline; margin-right: 2em; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td { border: 1px solid #000; padding: 1pt 5.4pt; vertical-align: top; }
td.n { width: 2.4em; text-align: center; }
h1 { font-size: 16pt; text-align: center; }
@page { size: A4; margin: 18mm 15mm; }
@media print { .header, .crumb, .info, .tools, .footer, .side { display: none; } }
"""


def cell_html(text, row, split=True):
    if not split:
        return html.escape(text).replace("\u00a0", "&nbsp;")
    parts = [html.escape(p) for p in text.split(" ")] if not NUMBER.match(text.strip()) else [html.escape(text)]
    if len(parts) == 1:
        return parts[0].replace("\u00a0", "&nbsp;")
    # <br> in even rows, <p> in odd rows: both wrap a cell's text without ending the cell
    return "<br>".join(parts) if row % 2 == 0 else "".join(f"<p>{p}</p>" for p in parts)


def table_html(rows, split=True):
    out = ["<table>"]
    for r, cells in enumerate(merge_cells(rows)):
        out.append("<tr>")
        for cell in cells:
            span = ""
            if cell["colspan"] > 1:
                span += f' colspan="{cell["colspan"]}"'
            if cell["rowspan"] > 1:
                span += f' rowspan="{cell["rowspan"]}"'
            if NUMBER.match(cell["text"].strip()):
                span += ' class="n"'
            out.append(f"<td{span}>{cell_html(cell['text'], r, split)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def paragraph_html(line):
    text = html.escape(line).replace("\u00a0", "&nbsp;")
    return f"<p>{text}</p>"


def page_html(text, charset, split=True):
    blocks = parse_blocks(text)
    title = title_lines(blocks)
    body = blocks[len(title):]
    content = "\n".join(table_html(b[1], split) if b[0] == "table" else paragraph_html(b[1]) for b in body)
    heading = "<br>\n".join(html.escape(t.strip()) for t in title)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{html.escape("".join(title))} - 人民政府门户网站</title>
<style>{CSS}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head>
<body>
<div class="header"><div class="logo">人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/xxgk/">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<h1>{heading}</h1>
<div class="info">发布时间：2025-01-15 09:30&nbsp;&nbsp;来源：本站&nbsp;&nbsp;字号：[大 中 小]&nbsp;&nbsp;浏览次数：1024</div>
<div class="content" id="zoom">
{content}
</div>
<div class="tools">【打印本页】【关闭窗口】</div>
</div>
<div class="side"><h3>相关文章</h3><ul>
<li><a href="/a/1.html">2023年政府信息公开工作年度报告</a></li>
<li><a href="/a/2.html">一、总体情况说明</a></li></ul></div>
<div class="footer">主办单位：人民政府办公室&nbsp;｜&nbsp;网站标识码：4108000001&nbsp;｜&nbsp;备案号：ICP备12345678号<br>
联系电话：0391-1234567&nbsp;&nbsp;<span style="display:none">隐藏的统计信息 一、总体情况</span></div>
</body>
</html>
"""


NO_REPORT_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a></div>
<p>欢迎访问人民政府门户网站。本页面正在建设中。</p>
<table><tr><td>网站地图</td><td>联系我们</td></tr></table>
<div class="footer">主办单位：人民政府办公室</div></body></html>
"""


# --- Word ------------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run_xml(text):
    return f'<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def runs_xml(text):
    # Word splits paragraphs into runs at arbitrary places (spell checking, formatting).
    middle = len(text) // 2
    return run_xml(text[:middle]) + run_xml(text[middle:]) if middle else run_xml(text)


def paragraph_xml(line):
    return f"<w:p>{runs_xml(line)}</w:p>"


def title_xml(lines):
    # One paragraph with manual line breaks, a deleted revision and a hidden run in it.
    inner = '<w:del w:id="1" w:author="a"><w:r><w:delText>已删除的文字</w:delText></w:r></w:del>'
    inner += '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>'
    inner += "<w:r><w:br/></w:r>".join(runs_xml(line.strip()) for line in lines)
    return f'<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/>{inner}<w:bookmarkEnd w:id="0"/></w:p>'


def cell_xml(cell, continuation):
    props = ""
    if cell["colspan"] > 1:
        props += f'<w:gridSpan w:val="{cell["colspan"]}"/>'
    if continuation:
        props += "<w:vMerge/>"
    elif cell["rowspan"] > 1:
        props += '<w:vMerge w:val="restart"/>'
    paragraphs = "<w:p/>" if continuation or cell["text"] == "" else "".join(
        paragraph_xml(p) for p in cell["text"].split(" ")) if not NUMBER.match(cell["text"]) else paragraph_xml(cell["text"])
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def table_xml(rows):
    merged = merge_cells(rows)
    width = max(sum(c["colspan"] for c in r) for r in merged)
    grid = "".join('<w:gridCol w:w="900"/>' for _ in range(width))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    live = {}  # grid column → (cell, rows left) of a running vertical merge
    for cells in merged:
        out.append("<w:tr>")
        column, k = 0, 0
        while column < width and (k < len(cells) or column in live):
            if column in live:
                cell, left = live[column]
                out.append(cell_xml(cell, True))
                live[column] = (cell, left - 1) if left > 1 else None
                if live[column] is None:
                    del live[column]
                column += cell["colspan"]
                continue
            cell = cells[k]
            k += 1
            out.append(cell_xml(cell, False))
            if cell["rowspan"] > 1:
                live[column] = (cell, cell["rowspan"] - 1)
            column += cell["colspan"]
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document_xml(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')


def write_docx(path, body):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml(body))


def docx_body(text):
    blocks = parse_blocks(text)
    title = title_lines(blocks)
    parts = [title_xml(title)]
    for kind, content in blocks[len(title):]:
        parts.append(table_xml(content) if kind == "table" else paragraph_xml(content))
    return "".join(parts)


# --- PDF -------------------------------------------------------------------------------
def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(browser, html_path, pdf_path):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", f"file://{html_path}"],
                       check=True, capture_output=True, timeout=120)


def pdf_file(objects, extra_trailer=""):
    """A PDF of the given object bodies (object 1 the catalogue), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1)) + extra_trailer.encode() + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def minimal_pdf(page_content, extra_trailer=""):
    """A one-page PDF by hand, with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(page_content) + page_content + b"\nendstream"]
    return pdf_file(objects, extra_trailer)


def image_only_pdf():
    # A page that only draws (a filled rectangle, as a scan is only an image).
    return minimal_pdf(b"0.5 g 50 50 495 742 re f")


def encrypted_pdf():
    # Standard security handler; the empty user password does not open it.
    o = "<" + "11" * 32 + ">"
    u = "<" + "22" * 32 + ">"
    encrypt = f"/Encrypt << /Filter /Standard /V 1 /R 2 /O {o} /U {u} /P -4 >> /ID [<{'33' * 16}> <{'33' * 16}>] "
    return minimal_pdf(b"BT /F1 12 Tf 72 720 Td (secret) Tj ET", encrypt)


# --- everything --------------------------------------------------------------------
def build(examples_dir, out_dir, pdf=False):
    """Writes the fixtures; returns {stem: {form: path}}."""
    fixtures = {}
    browser = chromium() if pdf else None
    for name in sorted(os.listdir(examples_dir)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        text = open(os.path.join(examples_dir, name), encoding="utf-8").read()
        forms = {"text": os.path.join(examples_dir, name)}
        write = lambda suffix, data: _write(out_dir, stem + suffix, data)
        forms["gb18030"] = write(".gb18030.txt", text.encode("gb18030"))
        forms["utf-16le"] = write(".utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le"))
        forms["utf-16be"] = write(".utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
        # Odd examples are served in GBK with a <meta charset>, as many sites do.
        charset = "gbk" if int(stem[:3]) % 2 else "utf-8"
        encoding = "gb18030" if charset == "gbk" else "utf-8"
        forms["html"] = write(".html", page_html(text, charset).encode(encoding))
        docx = os.path.join(out_dir, stem + ".docx")
        write_docx(docx, docx_body(text))
        forms["docx"] = docx
        if browser:
            # The printed form, as a Word document exported to PDF: one paragraph per cell.
            printable = write(".print.html", page_html(text, "utf-8", split=False).encode("utf-8"))
            print_pdf(browser, os.path.abspath(printable), os.path.join(out_dir, stem + ".pdf"))
            forms["pdf"] = os.path.join(out_dir, stem + ".pdf")
        fixtures[stem] = forms
    return fixtures


def build_non_reports(out_dir):
    paths = {"html": _write(out_dir, "no-report.html", NO_REPORT_HTML.encode("utf-8"))}
    empty = os.path.join(out_dir, "empty.docx")
    write_docx(empty, "")
    paths["docx"] = empty
    paths["image-only pdf"] = _write(out_dir, "image-only.pdf", image_only_pdf())
    paths["encrypted pdf"] = _write(out_dir, "encrypted.pdf", encrypted_pdf())
    return paths


def _write(out_dir, name, data):
    path = os.path.join(out_dir, name)
    with open(path, "wb") as f:
        f.write(data)
    return path
