#!/usr/bin/env python3
"""The report pages in a real browser: headless Chromium loads each rendered
example, and the tables are checked cell by cell in the DOM the browser built
(--dump-dom) — the same checks as test_html.py, so a page that only parses in
our own parser fails here. Writes a screenshot of each page to
BUILD_DIR/screenshots/ for a human look. Exits 77 (ctest: skipped, with the
reason printed) when no Chromium is installed.

usage: test_browser.py NIANBAO EXAMPLES_DIR BUILD_DIR
"""
import json
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import htmldom  # noqa: E402
import report_checks  # noqa: E402
from hostile import PROSE, hostile_report  # noqa: E402

SKIP = 77
NIANBAO = EXAMPLES = BUILD = CHROMIUM = None
EXAMPLE_NAMES = ["000_e3c010c5c349aa33", "001_f435a7dd2cd20ddb", "002_082470c5bd8b0bdd",
                 "003_3e234e060d6fa3b4", "004_50ad684e5c01058f"]
WINDOW = (1200, 3000)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def nianbao(*args):
    result = subprocess.run([NIANBAO, *map(str, args)], capture_output=True, timeout=120)
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr.decode())
    return result.stdout


def chromium(url, *args):
    with tempfile.TemporaryDirectory(prefix="nianbao-chromium-") as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             *args, url],
            capture_output=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited {result.returncode}: {result.stderr.decode(errors='replace')[-2000:]}")
    return result.stdout.decode("utf-8")


def browser_dom(page):
    return htmldom.parse(chromium(page.as_uri(), "--dump-dom"))


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise AssertionError(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


class Browser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pages = BUILD / "html-pages"
        cls.shots = BUILD / "screenshots"
        cls.pages.mkdir(parents=True, exist_ok=True)
        cls.shots.mkdir(parents=True, exist_ok=True)
        hostile = cls.pages / "hostile.txt"
        hostile.write_text(hostile_report((EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt").read_text("utf-8")), "utf-8")
        cls.hostile = hostile

    def render(self, source, name, *options):
        page = self.pages / f"{name}.html"
        page.write_bytes(nianbao("compile", "--to", "html", *options, source))
        return page

    def screenshot(self, page, name):
        shot = self.shots / f"{name}.png"
        shot.unlink(missing_ok=True)
        chromium(page.as_uri(), "--hide-scrollbars", f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}")
        self.assertEqual(png_size(shot), WINDOW)
        self.assertGreater(shot.stat().st_size, 20_000)  # not a blank page
        print(f"screenshot: {shot}", file=sys.stderr)

    def test_examples_in_the_browser(self):
        for name in EXAMPLE_NAMES:
            with self.subTest(name):
                source = EXAMPLES / f"{name}.txt"
                model = json.loads(nianbao("compile", source))
                page = self.render(source, name)
                t3_zeros, t4_zeros = report_checks.check_report(browser_dom(page), model)
                self.assertEqual(t3_zeros, 161 if model["layout"] == "F2019" else 175)
                self.assertEqual(t4_zeros, 15)
                self.screenshot(page, name)

    def test_overlay_in_the_browser(self):
        page = self.render(EXAMPLES / "003_3e234e060d6fa3b4.txt", "003_annotated", "--annotate")
        dom = browser_dom(page)
        flagged = [e for e in dom.iter() if "flag" in e.classes]
        self.assertEqual([e.tag for e in flagged], ["tr"] * 3 + ["h2"])  # recovered rows; 五 (S5-PREV-RECTIFY)
        self.assertEqual(len(dom.find("aside", id="diagnostics").find("ol").element_children("li")), 2)
        self.screenshot(page, "003_annotated")

    def test_hostile_text_stays_text_in_the_browser(self):
        page = self.render(self.hostile, "hostile")
        dom = browser_dom(page)
        self.assertEqual(dom.find_all("script"), [])
        self.assertEqual([(e.tag, a) for e in dom.iter() for a in e.attrs if a.startswith("on")], [])
        self.assertEqual(len(dom.find_all("table")), 3)
        self.assertEqual(dom.find("section", id="section-1").find("p").text(), PROSE)
        self.assertEqual(dom.find("td", data_key="T2.LICENSE.decisions").text(), "</td><td>9")
        self.assertEqual(dom.find("td", data_key="T3.DENY_1.NP").text(), "<b>1</b>")
        model = json.loads(nianbao("compile", self.hostile))
        report_checks.check_t2(dom, model)
        report_checks.check_t3(dom, model)
        self.screenshot(page, "hostile")

    def test_print_is_a4(self):
        page = self.render(EXAMPLES / f"{EXAMPLE_NAMES[0]}.txt", "print")
        pdf = self.pages / "print.pdf"
        chromium(page.as_uri(), "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
        self.assertTrue(2 <= len(boxes) <= 8, f"{len(boxes)} pages")
        for width, height in boxes:  # A4 is 595.3 × 841.9 pt
            self.assertAlmostEqual(float(width), 595.3, delta=1.5)
            self.assertAlmostEqual(float(height), 841.9, delta=1.5)

    def test_index_sorts_in_the_browser(self):
        out = self.pages / "batch"
        shutil.rmtree(out, ignore_errors=True)
        nianbao("compile", "--to", "html", "-o", f"{out}/", EXAMPLES, self.hostile)
        index = out / "index.html"

        def agencies(dom):
            return [tr.element_children()[1].text() for tr in dom.find("tbody").element_children("tr")]

        unsorted = browser_dom(index)
        self.assertEqual(agencies(unsorted)[0], "老城区卫生健康委员会")
        self.assertTrue(unsorted.find("th", data_key="errors").find("button"), "the sort script did not run")
        by_errors = htmldom.parse(chromium(index.as_uri() + "#sort=-errors", "--dump-dom"))
        # Two errors each (004: FMT-LEGACY ×2), in index order.
        self.assertEqual(agencies(by_errors)[:2], ["泽州县卫生健康和体育局", "老城区<i>卫生</i>健康委员会"])
        self.assertEqual(by_errors.find("th", data_key="errors").attrs.get("aria-sort"), "descending")
        by_year = htmldom.parse(chromium(index.as_uri() + "#sort=year", "--dump-dom"))
        years = [tr.element_children()[2].text() for tr in by_year.find("tbody").element_children("tr")]
        self.assertEqual(years, sorted(years))
        self.assertEqual(years[0], "2023")


if __name__ == "__main__":
    NIANBAO, EXAMPLES, BUILD = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]).resolve()
    CHROMIUM = find_chromium()
    if CHROMIUM is None:
        print("SKIPPED: no chromium on PATH (scripts/setup.sh installs Debian's chromium); "
              "the browser checks did not run", flush=True)
        sys.exit(SKIP)
    unittest.main(argv=sys.argv[:1], verbosity=2)
