#!/usr/bin/env python3
"""`nianbao diff` on a real pair (tests/diff/README.md): the 2025 report of
上海市人民政府办公厅 from tests/corpus/ as NEW, and as OLD an edited copy of
it made to stand for 2024, whose edits fix every number checked here. The
text, the JSON (validated against schema/nianbao-diff-1.schema.json) and the
HTML page (parsed strictly; with --browser, as Chromium builds it, with a
screenshot in BUILD_DIR/screenshots/diff.png; exit 77 without Chromium).

usage: test_diff.py NIANBAO SOURCE_DIR BUILD_DIR [--browser]
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "html"))
import htmldom  # noqa: E402

SKIP = 77
NIANBAO = SOURCE = BUILD = None
BROWSER = False


def paths():
    return (SOURCE / "tests/diff/shanghai-gov-office-2024-edited.txt",
            SOURCE / "tests/corpus/shanghai-gov-office-2025-pdf-to-markdown.txt")


def diff(*args):
    return subprocess.run([NIANBAO, "diff", *map(str, args)], capture_output=True, text=True, timeout=120)


def chromium_path():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def chromium(url, *args):
    with tempfile.TemporaryDirectory(prefix="nianbao-chromium-") as profile:
        run = subprocess.run([chromium_path(), "--headless", "--no-sandbox", "--disable-gpu",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              "--no-first-run", f"--user-data-dir={profile}", *args, url],
                             capture_output=True, timeout=120)
    if run.returncode != 0:
        raise RuntimeError(run.stderr.decode(errors="replace")[-2000:])
    return run.stdout.decode("utf-8")


# What the edits of the OLD copy give (tests/diff/README.md).
SHARE = 30 / 36
PARTS = [(1, 21, 17), (4, 14, 12), (6, 1, 1)]  # (part, NEW's counted sentences, of them in OLD)
CHANGED = {("T3", "CARRY_IN", "NP"): (50, 170), ("T3", "CARRY_IN", "BIZ"): (27, 15),
           ("T3", "CARRY_IN", "LAW"): (7, 4), ("T3", "CARRY_IN", "SUM"): (84, 189),
           ("T3", "CARRY_OUT", "NP"): (170, 290), ("T3", "CARRY_OUT", "BIZ"): (15, 3),
           ("T3", "CARRY_OUT", "LAW"): (3, 0), ("T3", "CARRY_OUT", "SUM"): (188, 293),
           ("T4", "RV_UPHELD", None): (35, 40), ("T4", "RV_OTHER", None): (60, 10),
           ("T4", "RV_TOTAL", None): (100, 55)}


class DiffTest(unittest.TestCase):
    def test_text(self):
        run = diff("--lang", "en", *paths())
        self.assertEqual(run.returncode, 0, run.stderr)
        out = run.stdout
        self.assertIn("repetition: 30 / 36 sentences of NEW found in OLD (83.3%)", out)
        self.assertIn("cells: 11 / 200 changed, 1 stand out", out)
        self.assertRegex(out, r"! T4\.RV_OTHER +60 → 10")
        self.assertRegex(out, r"T3 LAW +CARRY_OUT 3 → CARRY_IN 4: broken")
        self.assertRegex(out, r"T3 NP +CARRY_OUT 170 → CARRY_IN 170: holds")
        zh = diff(*paths()).stdout
        self.assertIn("重复率: 30 / 36", zh)

    def test_json_validates_and_counts(self):
        run = diff("--format", "json", *paths())
        self.assertEqual(run.returncode, 0, run.stderr)
        model = json.loads(run.stdout)
        schema = json.loads((SOURCE / "schema/nianbao-diff-1.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(model)
        self.assertEqual((model["old"]["year"], model["new"]["year"]), (2024, 2025))
        self.assertTrue(model["consecutive"] and model["same_agency"])
        rep = model["repetition"]
        self.assertEqual((rep["repeated"], rep["sentences"]), (30, 36))
        self.assertAlmostEqual(rep["share"], SHARE, places=6)
        self.assertEqual([(p["part"], p["sentences"], p["repeated"]) for p in rep["parts"]], PARTS)
        self.assertEqual(sum(p["sentences"] for p in rep["passages"]), 30)
        changed = {(c["table"], c["row"], c["column"]): (c["old"], c["new"]) for c in model["cells"] if c["changed"]}
        self.assertEqual(changed, CHANGED)
        self.assertEqual([(c["row"], c["old"], c["new"]) for c in model["cells"] if c["stands_out"]],
                         [("RV_OTHER", 60, 10)])  # CARRY_OUT.BIZ 15 → 3 is fivefold exactly: not
        broken = [c["column"] for c in model["chains"]["carry"] if c["status"] == "broken"]
        self.assertEqual(broken, ["LAW", "SUM"])
        self.assertEqual({c["status"] for c in model["chains"]["valid"]}, {"unknown"})  # T2 documents rows null

    def test_html_page(self):
        with tempfile.TemporaryDirectory() as tmp:
            page = pathlib.Path(tmp) / "diff.html"
            run = diff("--format", "html", "-o", page, *paths())
            self.assertEqual(run.returncode, 0, run.stderr)
            self.check_page(htmldom.parse(page.read_text(encoding="utf-8")))
            if BROWSER:
                self.check_page(htmldom.parse(chromium(page.as_uri(), "--dump-dom")))
                shots = BUILD / "screenshots"
                shots.mkdir(parents=True, exist_ok=True)
                shot = shots / "diff.png"
                shot.unlink(missing_ok=True)
                chromium(page.as_uri(), "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1400,2400")
                self.assertTrue(shot.stat().st_size > 10000)
                print(f"screenshot: {shot}", file=sys.stderr)

    def check_page(self, dom):
        new_side = dom.find_all("div", cls="new")[0]
        old_side = dom.find_all("div", cls="old")[0]
        self.assertEqual(len(new_side.find_all("mark", cls="repeated")), 30)
        self.assertEqual(len(old_side.find_all("mark", cls="repeated")), 30)  # each repeated once in OLD
        self.assertEqual(dom.find_all(id="overall-share")[0].text().strip(), "83.3%")
        rows = dom.find_all("tr", cls="stands-out")
        self.assertEqual(len(rows), 1)
        self.assertIn("RV_OTHER", rows[0].text())
        self.assertEqual(len(dom.find_all("tr", cls="changed")), 10)

    def test_usage_and_missing_input(self):
        old, new = paths()
        self.assertEqual(diff(old).returncode, 2)
        self.assertEqual(diff("--format", "pdf", old, new).returncode, 2)
        self.assertEqual(diff(old, SOURCE / "no-such-report.txt").returncode, 2)


def main():
    global NIANBAO, SOURCE, BUILD, BROWSER
    NIANBAO, SOURCE, BUILD = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    BROWSER = "--browser" in sys.argv[4:]
    if BROWSER and not chromium_path():
        print("skipped: no Chromium installed (sh scripts/setup.sh installs it)")
        sys.exit(SKIP)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(DiffTest)
    if BROWSER:
        suite = unittest.TestSuite([DiffTest("test_html_page")])
    sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)


if __name__ == "__main__":
    main()
