#!/usr/bin/env python3
"""`nianbao compile --to html`: every example page parsed into a DOM and
checked cell by cell against the official geometry and the JSON model; the
overlay, null cells, escaping of hostile text, the batch index and the
command line rules of --to html.

usage: test_html.py NIANBAO EXAMPLES_DIR
"""
import json
import pathlib
import subprocess
import sys
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import htmldom  # noqa: E402
import report_checks  # noqa: E402
from hostile import hostile_report  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scratch import ScratchTest  # noqa: E402

NIANBAO = None
EXAMPLES = None
EXAMPLE_NAMES = ["000_e3c010c5c349aa33", "001_f435a7dd2cd20ddb", "002_082470c5bd8b0bdd",
                 "003_3e234e060d6fa3b4", "004_50ad684e5c01058f"]

# Checked by hand against the source lines (e.g. `行政许可→2498→→`, line 39 of 000).
HAND_CHECKED = {
    "000_e3c010c5c349aa33": {"T2.LICENSE.decisions": "2498", "T2.PENALTY.decisions": "103",
                             "T2.ADMINFEE.amount_wan": "43.5824"},
    "001_f435a7dd2cd20ddb": {"T2.NORMDOC.made": "1", "T2.NORMDOC.valid": "14", "T2.LICENSE.decisions": "3346"},
    "002_082470c5bd8b0bdd": {"T2.LICENSE.decisions": "296", "T2.PENALTY.decisions": "3"},
    "003_3e234e060d6fa3b4": {"T2.LICENSE.decisions": "136", "T2.PENALTY.decisions": "9"},
    "004_50ad684e5c01058f": {"T2.PENALTY.prev_items": "16", "T2.PENALTY.delta": "18",
                             "T2.PENALTY.decisions": "11", "T2.PROCURE.amount": "0"},
}


def run(*args, stdin=None):
    return subprocess.run([NIANBAO, *map(str, args)], input=stdin, capture_output=True, timeout=120)


def model_of(path):
    result = run("compile", path)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def page_of(path, *options):
    result = run("compile", "--to", "html", *options, path)
    assert result.returncode in (0, 1), result.stderr
    return htmldom.parse(result.stdout.decode("utf-8"))


class Fixture(ScratchTest):
    def hostile(self):
        path = self.tmp / "hostile.txt"
        path.write_text(hostile_report((EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt").read_text("utf-8")), "utf-8")
        return path


class ExamplePages(Fixture):
    def test_tables_and_prose_of_every_example(self):
        for name in EXAMPLE_NAMES:
            with self.subTest(name):
                path = EXAMPLES / f"{name}.txt"
                model = model_of(path)
                dom = page_of(path)
                t3_zeros, t4_zeros = report_checks.check_report(dom, model)
                # Every T3/T4 cell of the five examples is 0 in the source (examples/README.md).
                self.assertEqual(t3_zeros, 161 if model["layout"] == "F2019" else 175)
                self.assertEqual(t4_zeros, 15)
                for key, text in HAND_CHECKED[name].items():
                    self.assertEqual(dom.find("td", data_key=key).text(), text, key)

    def test_f2019_t2_keeps_its_own_blocks(self):
        dom = page_of(EXAMPLES / "004_50ad684e5c01058f.txt")
        titles = [th.text() for th in dom.find("table", id="table-T2").find_all("th", scope="rowgroup")]
        self.assertEqual(titles[-1], "第二十条第（九）项")
        self.assertEqual(len(titles), 5)
        self.assertIn("2019", dom.find("table", id="table-T2").find("caption").text(skip=()))

    def test_subheadings_trailer_and_closing(self):
        dom = page_of(EXAMPLES / "003_3e234e060d6fa3b4.txt")  # run-in sub-headings `（一）主动公开情况。2024 年…`
        first = dom.find("section", id="section-1")
        self.assertEqual([h.text() for h in first.find_all("h3")][:2], ["（一）主动公开情况", "（二）依申请公开情况"])
        following = first.element_children()[2]
        self.assertEqual(following.tag, "p")
        self.assertTrue(following.text().startswith("2024"), following.text())

        dom = page_of(EXAMPLES / "001_f435a7dd2cd20ddb.txt")
        trailers = dom.find_all("p", cls="trailer")
        self.assertEqual(len(trailers), 1)
        self.assertIn("wjw.jiaozuo.gov.cn", trailers[0].text())

        dom = page_of(EXAMPLES / "004_50ad684e5c01058f.txt")
        closing = dom.find("div", cls="closing")
        self.assertEqual(closing.find("p", cls="signature").text(), "泽州县卫生健康和体育局")
        self.assertEqual(closing.find("p", cls="date").text(), "2025年1月10日")
        h1 = dom.find("h1")
        self.assertEqual(h1.text(), "泽州县卫生健康和体育局<br>2024年政府信息公开工作年度报告")


class Overlay(Fixture):
    def flagged(self, dom):
        return [e for e in dom.iter() if "flag" in e.classes]

    def test_warnings_only_report_is_clean_by_default(self):
        dom = page_of(EXAMPLES / "003_3e234e060d6fa3b4.txt")
        self.assertIsNone(dom.find("aside"))
        self.assertEqual(self.flagged(dom), [])
        self.assertNotIn("class", dom.find("body").attrs)

    def test_annotate_marks_the_recovered_rows(self):
        dom = page_of(EXAMPLES / "003_3e234e060d6fa3b4.txt", "--annotate")
        self.assertEqual(dom.find("body").classes, {"annotated", "annotated-print"})
        panel = dom.find("aside", id="diagnostics")
        # A short summary, a line per rule, errors first; the full list folded below it.
        summary = panel.find("ul", cls="summary").element_children("li")
        self.assertEqual([item.find("code").text() for item in summary], ["P-LABEL-RECOVERED", "S5-PREV-RECTIFY"])
        self.assertEqual(summary[0].find("a").attrs["href"], "#diag-1")
        self.assertEqual(panel.find("details").find("summary").text(), "全部 2 条诊断")
        items = panel.find("details").find("ol").element_children("li")
        self.assertEqual([item.find("code").text() for item in items], ["P-LABEL-RECOVERED", "S5-PREV-RECTIFY"])
        self.assertEqual(len(items[0].find("ul").element_children("li")), 3)
        rows = [element for element in self.flagged(dom) if element.tag == "tr"]
        self.assertEqual([r.tag for r in rows], ["tr"] * 3)
        labels = [r.element_children("th")[-1].text() for r in rows]
        self.assertEqual(labels, ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（七）总计"])
        self.assertEqual([r.find("a", cls="dref").attrs["href"] for r in rows], ["#diag-1"] * 3)
        self.assertIn("第 47 行按位置确定为 T3“（一）予以公开”行", rows[0].attrs["title"])
        self.assertIn("flag-warning", rows[0].classes)
        self.assert_links_resolve(dom)

    def assert_links_resolve(self, dom):
        ids = {e.attrs["id"] for e in dom.iter() if "id" in e.attrs}
        links = [a.attrs["href"][1:] for a in dom.find_all("a") if a.attrs.get("href", "").startswith("#")]
        self.assertTrue(links)
        self.assertEqual([link for link in links if link not in ids], [])

    def test_errors_turn_the_overlay_on_for_the_screen_only(self):
        dom = page_of(self.hostile())
        self.assertEqual(dom.find("body").classes, {"annotated"})
        rules = [li.find("code").text() for li in dom.find("aside").find("ol").element_children("li")]
        # In source order; the unreadable T3 cell skips its two sums (P-SKIPPED).
        self.assertEqual(rules, ["VAL-INT", "VAL-INT", "P-SKIPPED", "P-SKIPPED", "VAL-BLANK", "VAL-PLACEHOLDER",
                                 "S5-PREV-RECTIFY"])
        cell = dom.find("td", data_key="T3.DENY_1.NP")
        self.assertEqual(cell.classes, {"null", "null-unreadable", "flag", "flag-error"})
        self.assertIn("[2] 错误 VAL-INT", cell.attrs["title"])
        self.assertEqual(dom.find("td", data_key="T3.DENY_2.BIZ").find("a", cls="dref").attrs["href"], "#diag-5")
        self.assertEqual(len(self.flagged(dom)), 5)  # + the heading of 五 (S5-PREV-RECTIFY)
        self.assert_links_resolve(dom)

    def test_no_annotate(self):
        dom = page_of(self.hostile(), "--no-annotate")
        self.assertIsNone(dom.find("aside"))
        self.assertEqual(self.flagged(dom), [])
        self.assertEqual(dom.find_all("a", cls="dref"), [])

    def test_english_messages(self):
        dom = page_of(self.hostile(), "--lang", "en")
        self.assertEqual(dom.find("aside").attrs.get("lang"), "en")
        self.assertIn("must be a non-negative integer", dom.find("aside").text())


class Safety(Fixture):
    def test_hostile_text_is_shown_as_text(self):
        dom = page_of(self.hostile())  # parsing is strict: injected markup would unbalance the tree
        self.assertEqual(dom.find_all("script"), [])
        self.assertEqual([e.tag for e in dom.find_all("b")] + [e.tag for e in dom.find_all("i")], [])
        handlers = [(e.tag, a) for e in dom.iter() for a in e.attrs if a.startswith("on")]
        self.assertEqual(handlers, [])
        self.assertEqual(len(dom.find_all("table")), 3)
        prose = dom.find("section", id="section-1").find("p").text()
        self.assertIn('<script>alert("x")</script>', prose)
        self.assertIn('" onmouseover="alert(1)" x=\'', prose)
        self.assertIn("</table></p><p>注入 &amp; 结束", prose)
        self.assertIn("<i>卫生</i>", dom.find("h1").text())
        self.assertIn("<i>卫生</i>", dom.find("title").text())
        license_cell = dom.find("td", data_key="T2.LICENSE.decisions")
        self.assertEqual(license_cell.text(), "</td><td>9")
        self.assertIn("实为“</td><td>9”", license_cell.attrs["title"])
        self.assertEqual(dom.find("td", data_key="T3.DENY_1.NP").text(), "<b>1</b>")
        model = model_of(self.hostile())
        report_checks.check_t2(dom, model)
        report_checks.check_t3(dom, model)

    def test_null_cells_are_not_zeros(self):
        dom = page_of(self.hostile(), "--no-annotate")
        blank = dom.find("td", data_key="T3.DENY_2.BIZ")
        self.assertEqual(blank.classes, {"null", "null-blank"})
        self.assertEqual(blank.text(), "")
        self.assertEqual(blank.find("span", cls="sr").text(skip=()), "空白")
        self.assertIn("null", blank.attrs["title"])
        placeholder = dom.find("td", data_key="T3.DENY_3.BIZ")
        self.assertEqual((placeholder.classes, placeholder.text()), ({"null", "null-placeholder"}, "-"))
        self.assertEqual(dom.find("td", data_key="T3.DENY_2.NP").classes, {"num"})
        self.assertEqual(dom.find("td", data_key="T3.DENY_2.NP").text(), "0")

    def test_unrecognised_table_is_listed_as_text(self):
        lines = (EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt").read_text("utf-8").split("\n")
        lines.insert(7, "项目\t数量\t<备注>\n网站发布\t93\t条")
        path = self.tmp / "grid.txt"
        path.write_text("\n".join(lines), "utf-8")
        grid = page_of(path).find("table", cls="unrecognised")
        self.assertEqual([[c.text() for c in tr.element_children()] for tr in htmldom.rows(grid)],
                         [["项目", "数量", "<备注>"], ["网站发布", "93", "条"]])


class Pathological(Fixture):
    def artefacts(self, count):
        lines = (EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt").read_text("utf-8").split("\n")
        lines[7:7] = [f"[bookmark: _GoBack]第{i}段。" for i in range(count)]
        path = self.tmp / f"artefacts-{count}.txt"
        path.write_text("\n".join(lines), "utf-8")
        return path

    def test_overlay_time_grows_linearly(self):
        # Every line is a paragraph and carries a P-ARTIFACT: as many
        # diagnostics as elements, the case a quadratic mapping cannot take.
        times = {}
        for count in (10_000, 100_000):
            path = self.artefacts(count)
            start = time.monotonic()
            result = run("compile", "--to", "html", "--annotate", path)
            times[count] = time.monotonic() - start
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout.count(b'<p id="loc-'), count)
        self.assertLess(times[100_000], 40 * times[10_000], times)


class Batch(Fixture):
    def test_index_of_a_directory_output(self):
        broken = self.tmp / "in" / "broken.txt"
        broken.parent.mkdir()
        broken.write_bytes(b"\xff\xfe\x00garbage\xc3")
        out = self.tmp / "out"
        result = run("compile", "--to", "html", "-o", f"{out}/", EXAMPLES, self.hostile(), broken)
        self.assertEqual(result.returncode, 1, result.stderr)
        index = htmldom.parse((out / "index.html").read_text("utf-8"))
        table = index.find("table", id="reports")
        self.assertEqual([th.attrs["data-key"] for th in table.find("thead").find_all("th")],
                         ["n", "agency", "year", "layout", "errors", "warnings", "infos", "path"])
        rows = table.find("tbody").element_children("tr")
        self.assertEqual(len(rows), 7)
        cells = [[c.text() for c in row.element_children()] for row in rows]
        self.assertEqual(cells[0][:5], ["1", "老城区卫生健康委员会", "2024", "F2021", "0"])
        # 004: FMT-LEGACY ×2; S1-TOPIC ×2, S5-PREV-RECTIFY; Y-PROSE-STALE, VAL-UNIT, P-ARTIFACT.
        self.assertEqual(cells[4][:7], ["5", "泽州县卫生健康和体育局", "2024", "F2019", "2", "3", "3"])
        self.assertEqual(cells[5][:5], ["6", "老城区<i>卫生</i>健康委员会", "2024", "F2021", "2"])
        self.assertIn("has-errors", rows[5].classes)
        self.assertIn("failed", rows[6].classes)
        self.assertIsNone(rows[6].find("a"))
        self.assertTrue(rows[6].find("span", cls="failure").text())
        for row in rows[:6]:
            href = row.find("a").attrs["href"]
            self.assertTrue((out / href).is_file(), href)
            page = htmldom.parse((out / href).read_text("utf-8"))
            self.assertEqual(page.find("title").text(), row.find("a").attrs["title"])
        self.assertEqual(len(index.find_all("script")), 1)  # the optional sorter

    def test_pages_need_a_directory_for_several_inputs(self):
        result = run("compile", "--to", "html", EXAMPLES)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b"")
        self.assertIn(b"-o DIR/", result.stderr)
        target = self.tmp / "one.html"
        result = run("compile", "--to", "html", "-o", target, EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt",
                     EXAMPLES / f"{EXAMPLE_NAMES[1]}.txt")
        self.assertEqual(result.returncode, 2)
        self.assertFalse(target.exists())

    def test_one_input_to_a_file_and_from_stdin(self):
        target = self.tmp / "one.html"
        source = EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt"
        self.assertEqual(run("compile", "--to", "html", "-o", target, source).returncode, 0)
        self.assertEqual(htmldom.parse(target.read_text("utf-8")).find("h1").text(),
                         "老城区卫生健康委员会<br>2024年政府信息公开工作年度报告")
        piped = run("compile", "--to", "html", "-", stdin=source.read_bytes())
        self.assertEqual(piped.returncode, 0)
        self.assertEqual(piped.stdout, target.read_bytes())

    def test_annotate_is_for_html_only(self):
        source = EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt"
        self.assertEqual(run("compile", "--annotate", source).returncode, 2)
        self.assertEqual(run("compile", "--to", "html", "--annotate", "--no-annotate", source).returncode, 2)

    def test_a_report_named_index_keeps_its_page(self):
        source = (EXAMPLES / f"{EXAMPLE_NAMES[3]}.txt").read_bytes()
        (self.tmp / "in").mkdir()
        (self.tmp / "in" / "index.txt").write_bytes(source)
        (self.tmp / "in" / "other.txt").write_bytes(source)
        out = self.tmp / "out"
        result = run("compile", "--to", "html", "-o", f"{out}/", self.tmp / "in")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(htmldom.parse((out / "index.html").read_text("utf-8")).find("h1").text(),
                         "海原县卫生健康局<br>2024年政府信息公开工作年度报告")
        listing = htmldom.parse((out / "index-nianbao.html").read_text("utf-8"))
        self.assertEqual([a.attrs["href"] for a in listing.find_all("a")], ["index.html", "other.html"])


if __name__ == "__main__":
    NIANBAO = sys.argv[1]
    EXAMPLES = pathlib.Path(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=2)
