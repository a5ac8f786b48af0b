#!/usr/bin/env python3
"""`nianbao lint` and `nianbao rules` as users run them (OUTPUT.md §1, §4):
exit codes, --strict, --disable, the three formats, colours only on a
terminal and never with NO_COLOR, T3-CARRY-CHAIN, X-COPY-PREV and T2-VALID-CHAIN across inputs.

usage: test_lint_cli.py NIANBAO EXAMPLES_DIR CLEAN_REPORT
"""
import json
import os
import pathlib
import pty
import subprocess
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scratch import ScratchTest  # noqa: E402

NIANBAO = None
EXAMPLES = None
CLEAN = None
S0, S2, S4 = "000_e3c010c5c349aa33.txt", "002_082470c5bd8b0bdd.txt", "004_50ad684e5c01058f.txt"


def run(*args, env=None):
    return subprocess.run([NIANBAO, *map(str, args)], capture_output=True, timeout=120, env=env)


def lint_json(*args):
    result = run("lint", "--format", "json", *args)
    return result.returncode, json.loads(result.stdout)


class LintCliTest(ScratchTest):
    # --- exit codes ----------------------------------------------------------------------
    def test_caret_of_an_indented_heading_starts_under_its_text(self):
        text = CLEAN.read_text(encoding="utf-8")
        text = text.replace("\n六、其他需要报告的事项\n", "\n    六、其他需要报告的事项\n").replace("本机关2024年未收取信息处理费。", "无。")
        path = self.write("indented.txt", text)
        out = run("lint", "--lang", "en", path).stdout.decode().splitlines()
        at = [i for i, line in enumerate(out) if line.endswith("[S6-FEE]")][0]
        self.assertTrue(out[at].startswith(f"{path}:66:1: warning:"), out[at])  # the span's column, as in JSON
        self.assertEqual(out[at + 1], "    六、其他需要报告的事项")
        self.assertEqual(out[at + 2], "    ^" + "~" * 21)  # 11 double-width characters

    def test_warnings_only_exit_0(self):
        result = run("lint", EXAMPLES / S0)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(f"{EXAMPLES / S0}:86:1: warning: ".encode(), result.stdout)
        self.assertIn(b"[S5-PREV-RECTIFY]", result.stdout)

    def test_error_exits_1_directory_recursively(self):
        nested = self.tmp / "a" / "b"
        nested.mkdir(parents=True)
        (nested / S4).write_bytes((EXAMPLES / S4).read_bytes())
        (self.tmp / "a" / S0).write_bytes((EXAMPLES / S0).read_bytes())
        result = run("lint", self.tmp)
        self.assertEqual(result.returncode, 1)
        out = result.stdout.decode()
        self.assertIn(f"{nested / S4}:11:2: error: ", out)
        self.assertIn("[FMT-LEGACY]", out)
        self.assertTrue(out.rstrip().endswith("。"))  # the summary line closes the output
        self.assertIn("共 2 个文件：2 个错误", out)

    def test_strict_promotes_the_marked_warnings(self):
        self.assertEqual(run("lint", EXAMPLES / S2).returncode, 0)  # S6-FEE is a warning
        strict = run("lint", "--strict", "--format", "json", EXAMPLES / S2)
        self.assertEqual(strict.returncode, 1)
        diagnostics = json.loads(strict.stdout)["files"][0]["diagnostics"]
        severities = {d["rule"]: d["severity"] for d in diagnostics}
        self.assertEqual(severities["S6-FEE"], "error")
        self.assertEqual(severities["S5-PREV-RECTIFY"], "warning")  # not marked strict→ERROR

    def test_disable(self):
        self.assertEqual(run("lint", EXAMPLES / S4).returncode, 1)
        code, out = lint_json("--disable", "FMT-LEGACY,S1-TOPIC", "--disable", "P-ARTIFACT", EXAMPLES / S4)
        self.assertEqual(code, 0)
        rules = [d["rule"] for d in out["files"][0]["diagnostics"]]
        self.assertEqual(rules, ["Y-PROSE-STALE", "VAL-UNIT", "S5-PREV-RECTIFY"])

    def test_usage_errors_exit_2(self):
        for args in (["lint"], ["lint", "--format", "xml", EXAMPLES / S0], ["lint", "--disable", "NO-SUCH", EXAMPLES / S0],
                     ["lint", "--lang", "fr", EXAMPLES / S0], ["rules", "--format", "sarif"]):
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.strip(), args)
        self.assertIn(b"NO-SUCH", run("lint", "--disable", "NO-SUCH", EXAMPLES / S0).stderr)

    def test_unreadable_path_exits_2_and_the_others_are_linted(self):
        result = run("lint", "--format", "json", self.tmp / "nope.txt", EXAMPLES / S0)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"nope.txt", result.stderr)
        self.assertEqual(len(json.loads(result.stdout)["files"]), 1)

    def test_input_that_is_not_text_exits_1(self):
        binary = self.tmp / "binary.txt"
        binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
        code, out = lint_json(binary, EXAMPLES / S0)
        self.assertEqual(code, 1)
        self.assertEqual(out["files"][0]["error"]["offset"], 0)
        self.assertEqual(out["files"][1]["path"], str(EXAMPLES / S0))
        self.assertEqual(out["summary"], {"files": 2, "errors": 1, "warnings": 1, "infos": 0})

    # --- formats -------------------------------------------------------------------------
    def test_json_format(self):
        code, out = lint_json("--lang", "en", EXAMPLES)
        self.assertEqual(code, 1)
        self.assertEqual(out["schema"], "nianbao-diagnostics/1")
        self.assertEqual(len(out["files"]), 5)
        legacy = [d for d in out["files"][4]["diagnostics"] if d["rule"] == "FMT-LEGACY"]
        self.assertEqual([d["span"]["line"] for d in legacy], [11, 88])
        self.assertTrue(legacy[0]["message"].startswith("T2 follows the 2019 trial layout"))

    def test_text_underline_is_aligned_under_cjk(self):
        out = run("lint", EXAMPLES / "001_f435a7dd2cd20ddb.txt").stdout.decode().splitlines()
        at = next(i for i, line in enumerate(out) if line.endswith("[X-FEE-PARSE]"))
        source, marks = out[at + 1], out[at + 2]
        # 34 double-width characters before 信息处理费0元 (5 wide, 1 narrow, 1 wide).
        self.assertEqual(source, "依据《政府信息公开信息处理费管理办法》的规定，我单位本年度本机关收取信息处理费0元。")
        self.assertEqual(marks, " " * 68 + "^" + "~" * 12)

    def _on_terminal(self, env):
        leader, follower = pty.openpty()
        process = subprocess.Popen([NIANBAO, "lint", str(EXAMPLES / S0)], stdout=follower, stderr=subprocess.PIPE, env=env)
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        process.wait(timeout=60)
        os.close(leader)
        return b"".join(chunks)

    def test_colours_on_a_terminal_only_and_never_with_no_color(self):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        self.assertIn(b"\x1b[", self._on_terminal(env))
        self.assertNotIn(b"\x1b[", self._on_terminal({**env, "NO_COLOR": "1"}))
        self.assertNotIn(b"\x1b[", run("lint", EXAMPLES / S0, env=env).stdout)  # a pipe

    # --- across inputs -------------------------------------------------------------------
    def test_carry_chain_between_two_years_of_one_agency(self):
        lines = CLEAN.read_text(encoding="utf-8").split("\n")

        def cells(number, values):
            parts = lines[number - 1].split("\t")
            parts[2:9] = map(str, values)
            lines[number - 1] = "\t".join(parts)

        current = self.tmp / "2024.txt"
        current.write_text("\n".join(lines), encoding="utf-8")  # carries in NP 1, SUM 1
        carry_in_line = lines[34]
        lines[0] = lines[0].replace("2024年", "2023年")
        cells(34, [3, 1, 0, 0, 0, 0, 4])  # NEW
        cells(58, [2, 0, 0, 0, 0, 0, 2])  # CARRY_OUT: 2, not 1
        lines[7] = lines[7].replace("申请2件", "申请4件")  # as NEW says
        previous = self.tmp / "2023.txt"
        previous.write_text("\n".join(lines).replace("2024年1月1日", "2023年1月1日").replace("2025年1月15日", "2024年1月15日")
                            .replace("本机关2024年", "本机关2023年"), encoding="utf-8")
        code, out = lint_json("--lang", "en", current, previous)
        self.assertEqual(code, 0)
        self.assertEqual(out["files"][1]["diagnostics"], [])
        chain = [d for d in out["files"][0]["diagnostics"] if d["rule"] == "T3-CARRY-CHAIN"]
        self.assertEqual(len(chain), 1)
        self.assertEqual(chain[0]["span"]["line"], 35)
        self.assertEqual(chain[0]["message"], "T3 column “自然人”: carried in is 1 but the 2023 report carried out 2")
        text = run("lint", current, previous).stdout.decode()
        self.assertIn(f"{current}:35:", text)
        self.assertIn("[T3-CARRY-CHAIN]", text)
        # The CARRY_IN line is shown under the finding, though the report's
        # source is gone by the time the findings across reports are made.
        finding = text[text.index("[T3-CARRY-CHAIN]"):]
        self.assertIn(carry_in_line.split("\t")[0], finding.splitlines()[1])
        # The same pair is a copy: 9 of the 10 sentences the comparison counts
        # are the 2023 report's (only 申请4件 → 申请2件 changed); and NORMDOC's
        # valid 5 is not 5 + made 2 − repealed 1.
        copied = [d for d in out["files"][0]["diagnostics"] if d["rule"] == "X-COPY-PREV"]
        self.assertEqual([d["message"] for d in copied],
                         [f"9 of 10 sentences (90.0%) repeat the 2023 report {previous} (template text removed)"])
        self.assertEqual(copied[0]["severity"], "warning")
        self.assertEqual(copied[0]["span"]["line"], 1)
        valid = [d for d in out["files"][0]["diagnostics"] if d["rule"] == "T2-VALID-CHAIN"]
        self.assertEqual([(d["severity"], d["span"]["line"]) for d in valid], [("info", 19)])
        self.assertIn("[X-COPY-PREV]", text)
        title = current.read_text(encoding="utf-8").split("\n")[0]
        self.assertIn(title, text[text.index("[X-COPY-PREV]"):].splitlines()[1])  # the title line shown
        # Without the 2023 report there is nothing to compare.
        self.assertEqual(lint_json(current)[1]["files"][0]["diagnostics"], [])

    # --- rules ---------------------------------------------------------------------------
    def test_rules_text_and_json(self):
        text = run("rules")
        self.assertEqual(text.returncode, 0)
        lines = text.stdout.decode().splitlines()
        self.assertEqual(len(lines), 75)
        self.assertTrue(lines[0].startswith("DOC-TITLE-MISSING"))
        self.assertIn("S6-FEE               warning (strict: error)", text.stdout.decode())
        english = run("rules", "--lang", "en").stdout.decode()
        self.assertIn("Section 六 does not state the information-processing fee", english)
        catalogue = json.loads(run("rules", "--format", "json").stdout)
        self.assertEqual(catalogue["schema"], "nianbao-rules/1")
        ids = [r["id"] for r in catalogue["rules"]]
        self.assertEqual(len(ids), len(set(ids)))
        t3 = next(r for r in catalogue["rules"] if r["id"] == "T3-TOTALCOL")
        self.assertEqual(t3["severity"], "error")
        self.assertTrue(t3["summary"]["zh"] and t3["summary"]["en"])

    def test_help_names_lint_and_rules(self):
        out = run("--help").stdout
        self.assertIn(b"nianbao lint", out)
        self.assertIn(b"nianbao rules", out)


if __name__ == "__main__":
    NIANBAO = sys.argv.pop(1)
    EXAMPLES = pathlib.Path(sys.argv.pop(1))
    CLEAN = pathlib.Path(sys.argv.pop(1))
    unittest.main(verbosity=2)
