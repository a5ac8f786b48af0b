#!/usr/bin/env python3
"""`nianbao compile --to sqlite` (README, "A database of a batch"), checked
through the `sqlite3` program as a user queries it: the database of the
examples and the real reports of tests/corpus/ answers the README's three
queries (taken from the README itself) with the values checked by hand in
the reports; a second run over the same inputs duplicates nothing, a run over
part of them keeps the rest; a failed input is a row with its reason; a
symbolic link or no -o is refused.

usage: test_database.py NIANBAO SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

NIANBAO = SOURCE = None


def compile_db(db, *inputs):
    return subprocess.run([NIANBAO, "compile", "--quiet", "--to", "sqlite", "-o", str(db), *map(str, inputs)],
                          capture_output=True, text=True, timeout=300)


def sql(db, query):
    run = subprocess.run(["sqlite3", "-bail", str(db), query], capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        raise AssertionError(f"sqlite3: {run.stderr}")
    return [line.split("|") for line in run.stdout.splitlines()]


def readme_queries():
    readme = (SOURCE / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## A database of a batch"):]
    section = section[:section.index("\n## ", 1)]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


class DatabaseTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="nianbao-db-"))
        self.db = self.tmp / "reports.db"
        self.inputs = [SOURCE / "examples", SOURCE / "tests" / "corpus"]

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def counts(self):
        return [int(sql(self.db, f"SELECT COUNT(*) FROM {t}")[0][0]) for t in ("reports", "cells", "metrics", "findings")]

    def test_readme_queries(self):
        run = compile_db(self.db, *self.inputs)
        self.assertEqual(run.returncode, 0, run.stderr)  # every input compiled, findings or not
        correction, t3_errors, not_held = readme_queries()
        # 淮安 2024, T4: reviews 72 upheld, 64 corrected, 178 other → 64/314; suits (4 + 1) / 39.
        # 上海 2025 and 平潭 2021 decided reviews without a correction; the others have no
        # decided review (null, left out).
        self.assertEqual(sql(self.db, correction), [["淮安市人民政府", "2024", "0.203822", "0.128205"],
                                                    ["上海市人民政府办公厅", "2025", "0.0", "0.0"],
                                                    ["平潭综合实验区", "2021", "0.0", "0.0"]])
        # The Shanghai 2019 page's real arithmetic errors (tests/corpus/README.md): the 11
        # row sums of its blank 总计 column, one T3-TOTALCOL finding, and 1 column sum.
        self.assertEqual(sql(self.db, t3_errors), [["2019", "1", "2"]])
        # T3 NEW.SUM as printed; UNABLE_1 / TOTAL: 淮安 769 / 3050, 上海 513 / 1191, 平潭 25 / 69;
        # the Shanghai 2019 page leaves its 总计 column blank, so no share.
        self.assertEqual(sql(self.db, not_held), [["淮安市人民政府", "2024", "3119", "0.252131"],
                                                  ["上海市人民政府办公厅", "2025", "1295", "0.43073"],
                                                  ["上海市人民政府办公厅", "2019", "859", ""],
                                                  ["平潭综合实验区", "2021", "70", "0.362319"]])

    def test_rerun_replaces_and_keeps(self):
        self.assertEqual(compile_db(self.db, *self.inputs).returncode, 0)
        first = self.counts()
        self.assertEqual(first[0], 12)  # 5 examples + 7 corpus reports
        self.assertEqual(first[2], 12)
        self.assertEqual(compile_db(self.db, *self.inputs).returncode, 0)
        self.assertEqual(self.counts(), first)
        # Every input compiled: exit 0, whatever the findings (example 004 has FMT-LEGACY).
        self.assertEqual(compile_db(self.db, SOURCE / "examples").returncode, 0)
        self.assertEqual(self.counts(), first)
        paths = [row[0] for row in sql(self.db, "SELECT path FROM reports ORDER BY path")]
        self.assertEqual(len(paths), len(set(paths)))
        # Each report's cells: 200 per F2021 report with all three tables (10 + 175 + 15).
        cells = sql(self.db, "SELECT COUNT(*) FROM cells c JOIN reports r ON r.id = c.report_id "
                             "WHERE r.path LIKE '%000_e3c010c5c349aa33.txt'")
        self.assertEqual(cells, [["200"]])

    def test_failure_row_and_refusals(self):
        binary = self.tmp / "binary.txt"
        binary.write_bytes(b"\x00\x01\x02binary")
        self.assertEqual(compile_db(self.db, binary, SOURCE / "examples" / "000_e3c010c5c349aa33.txt").returncode, 1)
        rows = sql(self.db, "SELECT path, failure IS NOT NULL, errors FROM reports ORDER BY id")
        self.assertEqual([(pathlib.Path(p).name, f, e) for p, f, e in rows],
                         [("binary.txt", "1", ""), ("000_e3c010c5c349aa33.txt", "0", "0")])  # input order
        link = self.tmp / "link.db"
        link.symlink_to(self.db)
        before = self.db.read_bytes()
        self.assertEqual(compile_db(link, SOURCE / "examples").returncode, 2)
        self.assertEqual(self.db.read_bytes(), before)
        no_output = subprocess.run([NIANBAO, "compile", "--to", "sqlite", str(SOURCE / "examples")], capture_output=True)
        self.assertEqual(no_output.returncode, 2)


def main():
    global NIANBAO, SOURCE
    NIANBAO, SOURCE = sys.argv[1], pathlib.Path(sys.argv[2])
    if not shutil.which("sqlite3"):
        print("skipped: the sqlite3 program is not installed (sh scripts/setup.sh installs it)")
        sys.exit(77)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(DatabaseTest)
    sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)


if __name__ == "__main__":
    main()
