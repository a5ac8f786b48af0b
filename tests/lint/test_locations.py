#!/usr/bin/env python3
"""Findings a person can act on: each is located in the file the user has,
and a table of blank zeros is a few findings, not a wall.

Locations, one input kind each, checked against the original file itself:
  web page  the corpus's Shanghai 2019 page: the HTML source at the finding's
            line and column holds what the finding is about (text, JSON, SARIF);
  .docx     example 000 built as a Word file with one cell changed: the finding's
            table/row/cell is that cell of word/document.xml, and a heading's
            paragraph is that paragraph;
  PDF       the corpus's Huai'an PDF: the finding's page holds the heading
            (pdftotext of that page).
Plain text needs no origin: its spans are lines of the file (other tests).

usage: test_locations.py NIANBAO EXAMPLES_DIR CORPUS_DIR
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "input"))
import fixtures  # noqa: E402

NIANBAO = None
EXAMPLES = None
CORPUS = None
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run(*args):
    return subprocess.run([NIANBAO, *map(str, args)], capture_output=True, timeout=120)


def lint_json(path):
    return json.loads(run("lint", "--format", "json", path).stdout)["files"][0]["diagnostics"]


def sarif_results(path):
    return json.loads(run("lint", "--format", "sarif", path).stdout)["runs"][0]["results"]


def one(diagnostics, rule):
    found = [d for d in diagnostics if d["rule"] == rule]
    assert len(found) == 1, (rule, found)
    return found[0]


class WebPage(unittest.TestCase):
    page = None

    @classmethod
    def setUpClass(cls):
        cls.page = CORPUS / "shanghai-gov-office-2019.html"
        cls.source = cls.page.read_text("utf-8").split("\n")

    def at(self, origin, length):
        line = self.source[origin["line"] - 1]
        return line[origin["column"] - 1:origin["column"] - 1 + length]

    def test_cell_and_heading_are_where_the_html_holds_them(self):
        diagnostics = lint_json(self.page)
        unit = one(diagnostics, "VAL-UNIT")  # the cell `251000元`
        self.assertEqual(self.at(unit["origin"], 7), "251000元")
        # The span stays in the extracted text, whose lines the page does not have.
        self.assertGreater(unit["span"]["line"], len(self.source))
        heading = one(diagnostics, "DOC-SEC-HEADING")
        self.assertEqual(self.at(heading["origin"], 8), "五、政府信息公开")
        self.assertEqual(len(self.source), 3)  # the page has 3 lines; the extracted text has many more
        self.assertTrue(all(d["origin"]["line"] <= 3 for d in diagnostics if "origin" in d))

    def test_text_and_sarif_give_the_html_position(self):
        unit = one(lint_json(self.page), "VAL-UNIT")["origin"]
        text = run("lint", self.page).stdout.decode()
        self.assertIn(f"{self.page}:{unit['line']}:{unit['column']}: info: T2“政府集中采购”行“采购总金额”列", text)
        result = [r for r in sarif_results(self.page) if r["ruleId"] == "VAL-UNIT"][0]
        region = result["locations"][0]["physicalLocation"]["region"]
        self.assertEqual(region, {"startLine": unit["line"], "startColumn": unit["column"]})


class WordFile(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        text = (EXAMPLES / "000_e3c010c5c349aa33.txt").read_text("utf-8").replace("\t2498", "\t约2498", 1)
        self.path = self.tmp / "report.docx"
        fixtures.write_docx(self.path, fixtures.docx_body(text))
        with zipfile.ZipFile(self.path) as z:
            self.body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")

    @staticmethod
    def text(node):
        return "".join(t.text or "" for t in node.iter(f"{W}t"))

    def grid_cell(self, table, row, cell):
        tr = self.body.findall(f"{W}tbl")[table - 1].findall(f"{W}tr")[row - 1]
        column = 1
        for tc in tr.findall(f"{W}tc"):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            if column == cell:
                return self.text(tc)
            column += int(span.get(f"{W}val")) if span is not None else 1
        return None

    def test_cell_finding_names_its_table_row_and_cell(self):
        bad = one(lint_json(self.path), "VAL-INT")
        origin = bad["origin"]
        self.assertEqual(self.grid_cell(origin["table"], origin["row"], origin["cell"]), "约2498")
        text = run("lint", "--lang", "en", self.path).stdout.decode()
        self.assertIn(f"{self.path}: table {origin['table']}, row {origin['row']}, cell {origin['cell']}: error:", text)
        zh = run("lint", self.path).stdout.decode()
        self.assertIn(f"{self.path}: 表格 {origin['table']} 第 {origin['row']} 行第 {origin['cell']} 格: error:", zh)
        sarif = [r for r in sarif_results(self.path) if r["ruleId"] == "VAL-INT"][0]["locations"][0]
        self.assertNotIn("region", sarif["physicalLocation"])  # a .docx has no lines
        self.assertEqual(sarif["logicalLocations"][0]["properties"],
                         {"table": origin["table"], "row": origin["row"], "cell": origin["cell"]})

    def test_heading_finding_names_its_paragraph(self):
        # A heading written differently from the template (DOC-SEC-HEADING).
        text = (EXAMPLES / "000_e3c010c5c349aa33.txt").read_text("utf-8")
        text = text.replace("六、其他需要报告的事项", "六、其他需要报告事项", 1)
        path = self.tmp / "heading.docx"
        fixtures.write_docx(path, fixtures.docx_body(text))
        with zipfile.ZipFile(path) as z:
            body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
        heading = one(lint_json(path), "DOC-SEC-HEADING")
        paragraphs = body.findall(f"{W}p")  # body paragraphs, as the front-end counts them
        self.assertEqual(self.text(paragraphs[heading["origin"]["paragraph"] - 1]), "六、其他需要报告事项")
        text_out = run("lint", "--lang", "en", path).stdout.decode()
        self.assertIn(f"{path}: paragraph {heading['origin']['paragraph']}: warning:", text_out)


class PdfFile(unittest.TestCase):
    def test_finding_names_the_page_that_holds_it(self):
        pdf = CORPUS / "huaian-gov-2024.pdf"
        finding = one(lint_json(pdf), "S5-PREV-RECTIFY")
        page = finding["origin"]["page"]
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"],
                              capture_output=True, timeout=60).stdout.decode()
        self.assertIn("五、存在的主要问题及改进情况", re.sub(r"\s+", "", text))
        before = subprocess.run(["pdftotext", "-f", str(page - 1), "-l", str(page - 1), pdf, "-"],
                                capture_output=True, timeout=60).stdout.decode()
        self.assertNotIn("五、存在的主要问题及改进情况", re.sub(r"\s+", "", before))
        self.assertIn(f"{pdf}: page {page}: warning:", run("lint", "--lang", "en", pdf).stdout.decode())
        self.assertIn(f"{pdf}: 第 {page} 页: warning:", run("lint", pdf).stdout.decode())
        result = [r for r in sarif_results(pdf) if r["ruleId"] == "S5-PREV-RECTIFY"][0]["locations"][0]
        self.assertEqual(result["logicalLocations"][0]["name"], f"page {page}")


class NoWalls(unittest.TestCase):
    def test_shanghai_page_gives_a_few_findings_not_a_wall(self):
        page = CORPUS / "shanghai-gov-office-2019.html"
        diagnostics = lint_json(page)
        blanks = [d for d in diagnostics if d["rule"] == "VAL-BLANK"]
        tables = [d["message"].split("”")[0] for d in blanks]
        self.assertEqual(len(tables), len(set(tables)))  # at most one per table
        self.assertEqual(len(blanks), 2)  # T3 and T4 have blank zeros
        # The 总计 column left blank in 11 rows: one T3-TOTALCOL, a note per row.
        totalcol = one(diagnostics, "T3-TOTALCOL")
        self.assertEqual(len(totalcol["notes"]), 11)
        self.assertIn("T3 的 11 行", totalcol["message"])
        self.assertLess(len(run("lint", page).stdout.decode().splitlines()), 80)


if __name__ == "__main__":
    NIANBAO = sys.argv.pop(1)
    EXAMPLES = pathlib.Path(sys.argv.pop(1))
    CORPUS = pathlib.Path(sys.argv.pop(1))
    unittest.main(verbosity=2)
