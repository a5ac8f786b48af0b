#!/usr/bin/env python3
"""The command line as users run it (OUTPUT.md §1): exit codes, messages that
name the file and the byte offset, outputs, batches with bad inputs.

usage: test_cli.py NIANBAO EXAMPLES_DIR
"""
import json
import os
import pathlib
import subprocess
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scratch import ScratchTest  # noqa: E402

NIANBAO = None
EXAMPLES = None
S0 = "000_e3c010c5c349aa33.txt"


def run(*args, stdin=None, timeout=120):
    return subprocess.run([NIANBAO, *map(str, args)], input=stdin, capture_output=True, timeout=timeout)


class CliTest(ScratchTest):
    def example(self, name=S0):
        return (EXAMPLES / name).read_bytes()

    # --- usage -------------------------------------------------------------------
    def test_help_and_version(self):
        self.assertEqual(run("--help").returncode, 0)
        self.assertIn(b"nianbao compile", run("--help").stdout)
        version = run("--version")
        self.assertEqual(version.returncode, 0)
        self.assertRegex(version.stdout.decode(), r"^nianbao \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2(self):
        for args in (["frobnicate"], ["compile"], ["compile", "--to", "xml", EXAMPLES / S0],
                     ["compile", "--lang", "fr", EXAMPLES / S0], ["compile", "--no-such-option", EXAMPLES / S0]):
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.strip(), args)

    def test_missing_input_path_exits_2_and_names_it(self):
        result = run("compile", self.tmp / "nope.txt")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"nope.txt", result.stderr)

    # --- one good input -------------------------------------------------------------
    def test_compile_example_to_stdout(self):
        result = run("compile", EXAMPLES / S0)
        self.assertEqual(result.returncode, 0, result.stderr)
        model = json.loads(result.stdout)
        self.assertEqual(model["schema"], "nianbao/1")
        self.assertEqual(model["agency"], "老城区卫生健康委员会")
        self.assertEqual(model["tables"]["T2"]["rows"]["LICENSE"]["decisions"], 2498)
        self.assertEqual(model["tables"]["T2"]["rows"]["ADMINFEE"]["amount_wan"], 43.5824)
        self.assertIn(b'"amount_wan": 43.5824', result.stdout)  # printed digits, not a float rendering

    def test_stdin(self):
        result = run("compile", "-", stdin=self.example())
        self.assertEqual(result.returncode, 0, result.stderr)
        model = json.loads(result.stdout)
        self.assertEqual(model["source"]["path"], "-")
        self.assertEqual(model["year"], 2024)

    def test_lang_en_switches_messages(self):
        path = EXAMPLES / "003_3e234e060d6fa3b4.txt"
        zh = json.loads(run("compile", path).stdout)["diagnostics"][0]["message"]
        en = json.loads(run("compile", "--lang", "en", path).stdout)["diagnostics"][0]["message"]
        self.assertIn("行", zh)
        self.assertIn("row label", en)

    # --- bad inputs --------------------------------------------------------------------
    def test_empty_file(self):
        path = self.write("empty.txt", b"")
        result = run("compile", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"empty.txt", result.stderr)
        self.assertIn(b"empty", result.stderr)
        self.assertEqual(result.stdout, b"")

    def test_binary_file_names_offset(self):
        path = self.write("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        result = run("compile", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"picture.txt", result.stderr)
        self.assertIn(b"byte offset 0", result.stderr)  # 0x89 is not UTF-8

    def test_invalid_utf8_in_a_cell_names_offset(self):
        text = self.example()
        offset = text.index("2498".encode())
        path = self.write("gbk.txt", text[:offset] + b"\xb6\xfe" + text[offset + 4:])
        result = run("compile", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"byte offset {offset}".encode(), result.stderr)
        self.assertIn(b"UTF-8", result.stderr)

    def test_truncated_report_still_compiles_with_errors(self):
        text = self.example()
        cut = text.index("3. 其他".encode())  # inside T3, before its last three rows
        path = self.write("truncated.txt", text[:cut])
        result = run("compile", path)
        self.assertEqual(result.returncode, 0, result.stderr)  # compiled; P-ROW-MISSING is a finding in the model
        model = json.loads(result.stdout)
        t3 = model["tables"]["T3"]["rows"]
        self.assertEqual(t3["GRANT"]["NP"], 0)
        self.assertIsNone(t3["TOTAL"]["SUM"])
        self.assertIsNone(model["tables"]["T4"])
        self.assertIn("P-ROW-MISSING", [d["rule"] for d in model["diagnostics"]])

    def test_report_without_tables(self):
        text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n内容。\n五、存在的主要问题及改进情况\n问题和改进。\n"
        result = run("compile", self.write("prose.txt", text))
        self.assertEqual(result.returncode, 0, result.stderr)  # compiled; its DOC-SEC-MISSING errors are findings
        model = json.loads(result.stdout)
        self.assertEqual(model["tables"], {"T2": None, "T3": None, "T4": None})
        self.assertIsNone(model["layout"])
        missing = [d["span"]["line"] for d in model["diagnostics"] if d["rule"] == "DOC-SEC-MISSING"]
        self.assertEqual(missing, [4, 4, 4, 5])  # 二三四 before 五 (line 4); 六 after the end

    def test_ten_megabyte_file(self):
        one = self.example()
        path = self.write("big.txt", one * (10_000_000 // len(one) + 1))
        result = run("compile", path, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr[:500])  # compiled; every repeated section is DOC-SEC-DUP
        model = json.loads(result.stdout)
        self.assertIn("DOC-SEC-DUP", {d["rule"] for d in model["diagnostics"]})
        self.assertEqual(model["tables"]["T2"]["rows"]["LICENSE"]["decisions"], 2498)
        self.assertGreater(len(model["sections"]), 6 * 1000)

    # --- batches and outputs ---------------------------------------------------------
    def test_directory_gives_json_lines_in_sorted_order(self):
        result = run("compile", EXAMPLES)
        self.assertEqual(result.returncode, 0, result.stderr)  # 004's FMT-LEGACY errors are findings, not failure
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), 5)
        paths = [json.loads(line)["source"]["path"] for line in lines]
        self.assertEqual(paths, sorted(paths))

    def test_bad_file_does_not_stop_the_batch(self):
        out = self.tmp / "out"
        bad = self.write("bad.txt", b"\x00\x00")
        result = run("compile", "-o", f"{out}/", EXAMPLES / S0, bad, EXAMPLES / "001_f435a7dd2cd20ddb.txt")
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"bad.txt", result.stderr)
        self.assertEqual(sorted(p.name for p in out.iterdir()),
                         ["000_e3c010c5c349aa33.json", "001_f435a7dd2cd20ddb.json"])

    def test_json_lines_entry_for_a_failed_input(self):
        bad = self.write("bad.txt", b"\xff\xfe\x00")
        result = run("compile", EXAMPLES / S0, bad)
        lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
        self.assertEqual(len(lines), 2)
        self.assertEqual(lines[1]["source"]["path"], str(bad))
        self.assertIn("message", lines[1]["error"])

    def test_output_file_is_complete_and_replaced_atomically(self):
        target = self.tmp / "model.json"
        target.write_text("old")
        result = run("compile", "-o", target, EXAMPLES / S0)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(json.loads(target.read_text())["year"], 2024)
        self.assertEqual([p.name for p in self.tmp.iterdir()], ["model.json"])  # no temp file left

    # --- exit codes (OUTPUT.md §1) ---------------------------------------------------------
    def test_compile_exits_0_when_every_input_compiled(self):
        out = self.tmp / "out"
        result = run("compile", "-q", "-o", f"{out}/", EXAMPLES)  # README command 1
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(len(list(out.glob("*.json"))), 5)

    def test_compile_fail_on_makes_findings_a_gate(self):
        s0 = EXAMPLES / S0  # one warning (lint), no error
        legacy = EXAMPLES / "004_50ad684e5c01058f.txt"  # two FMT-LEGACY errors
        self.assertEqual(run("compile", "--fail-on", "error", s0).returncode, 0)
        self.assertEqual(run("compile", "--fail-on", "warning", s0).returncode, 1)
        self.assertEqual(run("compile", "--fail-on", "error", legacy).returncode, 1)
        self.assertEqual(run("compile", legacy).returncode, 0)
        bad = run("compile", "--fail-on", "info", s0)
        self.assertEqual(bad.returncode, 2)
        self.assertIn(b"--fail-on", bad.stderr)

    def test_compile_with_output_names_inputs_with_errors(self):
        out = self.tmp / "out"
        result = run("compile", "--lang", "en", "-o", f"{out}/", EXAMPLES)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stderr.decode().splitlines()
        named = [line for line in lines if "error" in line and "files:" not in line]
        self.assertEqual(named, [f"nianbao: {EXAMPLES / '004_50ad684e5c01058f.txt'}: 2 errors (FMT-LEGACY)"])
        self.assertEqual(lines[-1].split(" in ")[0], "nianbao: 5 files: 5 compiled (1 with errors), 0 failed")
        zh = run("compile", "-o", f"{out}/", EXAMPLES).stderr.decode().splitlines()
        self.assertIn(f"nianbao: {EXAMPLES / '004_50ad684e5c01058f.txt'}: 2 个错误（FMT-LEGACY）", zh)
        self.assertTrue(zh[-1].startswith("nianbao: 5 个文件：5 个已编译（1 个有错误），0 个失败"), zh[-1])

    def test_compile_exits_1_for_an_input_not_compiled(self):
        bad = self.write("bad.txt", b"\x00\x00")
        self.assertEqual(run("compile", "-q", EXAMPLES / S0, bad).returncode, 1)

    def test_lint_exit_codes(self):
        self.assertEqual(run("lint", EXAMPLES / S0).returncode, 0)  # a warning only
        self.assertEqual(run("lint", EXAMPLES / "004_50ad684e5c01058f.txt").returncode, 1)  # FMT-LEGACY errors
        self.assertEqual(run("lint", EXAMPLES).returncode, 1)
        self.assertEqual(run("lint", self.write("bad.txt", b"\x00\x00")).returncode, 1)
        self.assertEqual(run("lint", "--format", "xml", EXAMPLES / S0).returncode, 2)
        self.assertEqual(run("lint", self.tmp / "nope.txt").returncode, 2)

    def test_bare_command_prints_help_to_stderr_and_exits_2(self):
        result = run()
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b"")
        self.assertIn(b"nianbao compile", result.stderr)

    def test_output_path_that_cannot_be_created_says_why(self):
        result = run("compile", "-o", "/proc/version", EXAMPLES / S0)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"/proc/version: cannot write the output: no new file can be created in /proc", result.stderr)

    def test_unwritable_output_exits_2(self):
        if os.geteuid() == 0:
            target = "/proc/nianbao-cannot-write-here/"  # even root cannot create directories in /proc
        else:
            locked = self.tmp / "locked"
            locked.mkdir(mode=0o500)
            target = f"{locked}/out/"
        result = run("compile", "-o", target, EXAMPLES / S0)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"nianbao-cannot-write-here" if os.geteuid() == 0 else b"locked", result.stderr)


if __name__ == "__main__":
    NIANBAO = sys.argv.pop(1)
    EXAMPLES = pathlib.Path(sys.argv.pop(1))
    unittest.main(verbosity=2)
