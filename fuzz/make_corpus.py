#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets, built from examples/ in every
input form (nothing binary is kept in the repository):

  fuzz_text/   each example as UTF-8, GB18030, UTF-16 LE/BE, web page, .docx,
               and pieces of it (the title and each table alone, the first
               lines); the first byte of each seed chooses the encoding
               (0: detected, 2: GB18030 forced), see fuzz_text.cpp
  fuzz_html/   each example as a web page (UTF-8 and GBK) and a page without a report
  fuzz_html_nesting/  tag soups whose depth the HTML rules decide, and the web pages
  fuzz_docx/   word/document.xml of each example's .docx, and an empty body
  fuzz_pdf/    the first lines of each example as a small hand-made PDF (words
               placed as in a Word export, a CID font with a ToUnicode map),
               each example printed to PDF by Chromium (when installed), and
               PDFs without text: image only, encrypted

usage: make_corpus.py OUT_DIR [--no-pdf]
"""
import os
import pathlib
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "input"))
import fixtures  # noqa: E402

DETECT, GB18030 = b"\x00", b"\x02"


# Markup whose depth the tree-construction rules decide: implied end tags,
# misnested formatting elements, foreign content, raw text.
TAG_SOUP = {
    "implied.html": "<p>a<p>b<ul><li>c<li>d</ul><dl><dt>e<dd>f</dl><table><tr><td>g<td>h<tr><td>i</table>",
    "misnested.html": "<b><i>a</b>b</i><p><b>c<div>d</b>e</div></p><a>f<a>g</a><nobr>h<nobr>i",
    "reopened.html": "<div><b><i></div>x<div><font color=red></div>y<p><u>z</p>w",
    "special.html": "<span><div></span></div><em><table></em><tr><td></table><div/><span/>",
    "foreign.html": "<svg><g><path/><path/></g><foreignObject><div></div></foreignObject></svg><math><mi><b></math>",
    "raw.html": "<script><div><div></script><style></style><textarea><b></textarea><title><i></title><!--<div>-->",
    "select.html": "<select><option>a<option>b<optgroup><option>c</select><button><button>d</button>",
    "formatting.html": "<b id=1><b id=2><b id=3><b id=1><b id=1><b id=1><b id=1>x</b></b>",
}


def pieces(text):
    """Small seeds: a fuzzer mutates a few KB far faster than a whole report."""
    lines = text.split("\n")
    out = {"head": "\n".join(lines[:40])}
    starts = [i for i, line in enumerate(lines) if line.startswith(("二、", "三、", "四、"))]
    for n, start in enumerate(starts):
        out[f"table{n + 2}"] = "\n".join(lines[start:start + 60])
    return out


def text_pdf(text, lines=140):
    """A small PDF of the report's first lines, set as Word would place them:
    one text object per line or table cell, in a CID font with a ToUnicode
    map (not embedded, so a seed is KBs where a printed PDF is 500 KB)."""
    pages, page, y = [], [], 800
    for line in text.split("\n")[:lines]:
        if y < 60:
            pages.append(page)
            page, y = [], 800
        cells = line.split("\t")
        width = 500 / len(cells)
        for i, cell in enumerate(cells):
            if cell.strip():
                hex_text = cell.encode("utf-16-be").hex().upper()
                page.append(f"BT /F1 10 Tf 1 0 0 1 {50 + i * width:.1f} {y} Tm <{hex_text}> Tj ET")
        y -= 16
    pages.append(page)
    codes = sorted({ord(c) for c in text if 0 < ord(c) < 0x10000})
    ranges = "\n".join(f"<{c:04X}> <{c:04X}> <{c:04X}>" for c in codes)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(codes)} beginbfrange\n{ranges}\nendbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    count = len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{6 + 2 * k} 0 R" for k in range(count)), count)).encode(),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
               b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
               b"<< /Length %d >>\nstream\n" % len(cmap) + cmap.encode() + b"\nendstream"]
    for k, content in enumerate(pages):
        stream = "\n".join(content).encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {7 + 2 * k} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return fixtures.pdf_file(objects)


def write(directory, name, data):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1])
    with_pdf = "--no-pdf" not in sys.argv
    examples = ROOT / "examples"
    with tempfile.TemporaryDirectory() as tmp:
        forms = fixtures.build(str(examples), tmp, pdf=with_pdf)
        bad = fixtures.build_non_reports(tmp)
        for stem, paths in forms.items():
            text = pathlib.Path(paths["text"]).read_text(encoding="utf-8")
            for form in ("text", "gb18030", "utf-16le", "utf-16be", "html", "docx"):
                write(out / "fuzz_text", f"{stem}.{form}", DETECT + pathlib.Path(paths[form]).read_bytes())
            write(out / "fuzz_text", f"{stem}.forced-gb18030", GB18030 + text.encode("gb18030"))
            for name, piece in pieces(text).items():
                write(out / "fuzz_text", f"{stem}.{name}", DETECT + piece.encode("utf-8"))
            write(out / "fuzz_html", f"{stem}.html", pathlib.Path(paths["html"]).read_bytes())
            write(out / "fuzz_html", f"{stem}.utf8.html", fixtures.page_html(text, "utf-8").encode("utf-8"))
            with zipfile.ZipFile(paths["docx"]) as docx:
                write(out / "fuzz_docx", f"{stem}.xml", docx.read("word/document.xml"))
            write(out / "fuzz_pdf", f"{stem}.small.pdf", text_pdf(text))
            if "pdf" in paths:
                write(out / "fuzz_pdf", f"{stem}.pdf", pathlib.Path(paths["pdf"]).read_bytes())
        write(out / "fuzz_html", "no-report.html", pathlib.Path(bad["html"]).read_bytes())
        for name, page in TAG_SOUP.items():
            write(out / "fuzz_html_nesting", name, page.encode("utf-8"))
        for page in (out / "fuzz_html").glob("*.utf8.html"):
            write(out / "fuzz_html_nesting", page.name, page.read_bytes())
        write(out / "fuzz_docx", "empty.xml", fixtures.document_xml("").encode("utf-8"))
        tiny_pdf = fixtures.minimal_pdf(b"BT /F1 12 Tf 72 720 Td (2024 report) Tj 0 -20 Td (1\t2\t3) Tj ET")
        write(out / "fuzz_pdf", "text.pdf", tiny_pdf)
        write(out / "fuzz_pdf", "image-only.pdf", fixtures.image_only_pdf())
        write(out / "fuzz_pdf", "encrypted.pdf", fixtures.encrypted_pdf())
    for target in sorted(os.listdir(out)):
        print(f"{target}: {len(os.listdir(out / target))} seeds")


if __name__ == "__main__":
    main()
