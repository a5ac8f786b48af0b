#!/usr/bin/env python3
"""Batch compilation as analysts run it: directories, --jobs, bad files in the
middle of a batch, CSV through the command line, progress bar on a terminal,
atomic outputs under interruption.

usage: test_batch.py NIANBAO EXAMPLES_DIR
"""
import csv
import io
import json
import os
import pathlib
import pty
import shutil
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scratch import ScratchTest  # noqa: E402

NIANBAO = None
EXAMPLES = None


def run(*args, timeout=120):
    return subprocess.run([NIANBAO, *map(str, args)], capture_output=True, timeout=timeout)


class BatchTest(ScratchTest):
    def setUp(self):
        super().setUp()
        self.batch = self.tmp / "batch"
        shutil.copytree(EXAMPLES, self.batch, ignore=shutil.ignore_patterns("expected", "*.md"))
        # Bad files in the middle of the batch (sorted order).
        (self.batch / "001b_binary.txt").write_bytes(b"\x00\x01\x02\x03")
        (self.batch / "002b_empty.txt").write_bytes(b"")
        text = (EXAMPLES / "000_e3c010c5c349aa33.txt").read_bytes()
        (self.batch / "003b_truncated.txt").write_bytes(text[: text.index("3. 其他".encode())])

    def test_json_lines_same_with_one_and_two_jobs(self):
        one = run("compile", "--jobs", "1", self.batch)
        two = run("compile", "--jobs", "2", self.batch)
        self.assertEqual(one.returncode, 1)  # failed inputs and an ERROR diagnostic
        self.assertEqual(one.stdout, two.stdout)
        lines = [json.loads(line) for line in two.stdout.decode().splitlines()]
        names = [pathlib.Path(m["source"]["path"]).name for m in lines]
        self.assertEqual(names, sorted(p.name for p in self.batch.iterdir()))
        failed = {pathlib.Path(m["source"]["path"]).name: m["error"]["message"] for m in lines if "error" in m}
        self.assertEqual(sorted(failed), ["001b_binary.txt", "002b_empty.txt"])
        truncated = next(m for m in lines if m["source"]["path"].endswith("003b_truncated.txt"))
        self.assertIn("P-ROW-MISSING", [d["rule"] for d in truncated["diagnostics"]])
        # Errors go to standard error in input order, whatever order threads finish in.
        errors = [line for line in two.stderr.decode().splitlines() if line.startswith("nianbao: error:")]
        self.assertEqual(len(errors), 2)
        self.assertIn("001b_binary.txt", errors[0])
        self.assertIn("002b_empty.txt", errors[1])

    def test_summary_line(self):
        result = run("compile", "--lang", "en", "--jobs", "2", "-o", self.tmp / "all.jsonl", self.batch)
        summary = result.stderr.decode().splitlines()[-1]
        # With errors: the truncated copy (P-ROW-MISSING) and 004 (FMT-LEGACY: a 2024 report in the 2019 layout).
        self.assertRegex(summary, r"^nianbao: 8 files: 6 compiled \(2 with errors\), 2 failed in \d+\.\d s$")
        zh = run("compile", "--jobs", "2", "-o", self.tmp / "all.jsonl", self.batch).stderr.decode().splitlines()[-1]
        self.assertRegex(zh, r"^nianbao: 8 个文件：6 个已编译（2 个有错误），2 个失败，用时 \d+\.\d 秒$")
        quiet = run("compile", "--quiet", "-o", self.tmp / "q.jsonl", self.batch)
        self.assertNotIn("files:", quiet.stderr.decode())
        self.assertNotIn("个文件", quiet.stderr.decode())

    def test_csv_through_the_command_line(self):
        result = run("compile", "--to", "csv", "--jobs", "2", "-o", self.tmp / "all.csv", self.batch)
        self.assertEqual(result.returncode, 1)
        data = (self.tmp / "all.csv").read_bytes()
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        header, body = rows[0], rows[1:]
        self.assertEqual(header[:6], ["path", "agency", "year", "layout", "errors", "warnings"])
        self.assertEqual(len(body), 8)
        by_name = {pathlib.Path(r[0]).name: dict(zip(header, r)) for r in body}
        self.assertEqual(by_name["000_e3c010c5c349aa33.txt"]["T2.LICENSE.decisions"], "2498")
        self.assertEqual(by_name["004_50ad684e5c01058f.txt"]["T2.PENALTY.prev_items"], "16")
        self.assertIn("binary", by_name["001b_binary.txt"]["failure"])
        self.assertIn("empty", by_name["002b_empty.txt"]["failure"])
        self.assertEqual(by_name["003b_truncated.txt"]["T3.TOTAL.SUM"], "")

    def test_csv_to_a_directory_is_a_usage_error(self):
        result = run("compile", "--to", "csv", "-o", f"{self.tmp}/out/", self.batch)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"-o FILE", result.stderr)

    def test_directory_output_one_file_per_input(self):
        out = self.tmp / "out"
        result = run("compile", "--jobs", "2", "-o", f"{out}/", self.batch)
        self.assertEqual(result.returncode, 1)
        written = sorted(p.name for p in out.iterdir())
        self.assertEqual(len(written), 6)  # the two inputs that failed have no model
        self.assertNotIn("001b_binary.json", written)
        for path in out.iterdir():
            json.loads(path.read_text(encoding="utf-8"))  # complete, valid JSON

    def test_progress_bar_only_on_a_terminal(self):
        # Not a terminal: no bar.
        plain = run("compile", "-o", self.tmp / "a.jsonl", self.batch)
        self.assertNotIn(b"files/s", plain.stderr)
        # A terminal: the bar is drawn, then erased before the summary line.
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(NIANBAO, [NIANBAO, "compile", "-o", str(self.tmp / "b.jsonl"), str(self.batch)])
        output = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        os.waitpid(pid, 0)
        self.assertIn(b"files/s", output)
        self.assertIn(b"ETA", output)
        self.assertIn(b"8/8 files", output)
        # --quiet on a terminal: no bar.
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(NIANBAO, [NIANBAO, "compile", "--quiet", "-o", str(self.tmp / "c.jsonl"), str(self.batch)])
        quiet = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            quiet += chunk
        os.waitpid(pid, 0)
        self.assertNotIn(b"files/s", quiet)

    def test_interrupted_run_leaves_old_output_or_complete_output(self):
        many = self.tmp / "many"
        many.mkdir()
        one = (EXAMPLES / "000_e3c010c5c349aa33.txt").read_bytes()
        for i in range(3000):
            (many / f"r{i:05}.txt").write_bytes(one)
        target = self.tmp / "result.jsonl"
        target.write_text("OLD")
        process = subprocess.Popen([NIANBAO, "compile", "--jobs", "2", "-o", str(target), str(many)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.15)
        process.send_signal(signal.SIGKILL)
        process.wait()
        content = target.read_text(encoding="utf-8")
        if content != "OLD":  # the run had finished: then the output is whole
            self.assertEqual(len(content.splitlines()), 3000)
        leftovers = [p.name for p in self.tmp.iterdir() if p.name.startswith(".result.jsonl")]
        # A killed process cannot remove its temporary file; it is hidden and never the target.
        self.assertLessEqual(len(leftovers), 1)


if __name__ == "__main__":
    NIANBAO = sys.argv.pop(1)
    EXAMPLES = pathlib.Path(sys.argv.pop(1))
    unittest.main(verbosity=2)
