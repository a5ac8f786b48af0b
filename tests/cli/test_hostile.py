#!/usr/bin/env python3
"""Hostile and broken inputs through the command line (README, "Limits"): each
fails with one clear line on standard error — `nianbao: error: PATH: [byte
offset N: | line L, column C …:] reason` — and the documented exit code, or
compiles in time linear in its size; nothing is half-written and nothing is
written outside -o.

usage: test_hostile.py NIANBAO EXAMPLES_DIR
"""
import json
import os
import pathlib
import random
import shutil
import stat
import subprocess
import sys
import time
import unittest
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scratch import ScratchTest  # noqa: E402

NIANBAO = None
EXAMPLES = None
S0 = "000_e3c010c5c349aa33.txt"
NOBODY = 65534
MIB = 1 << 20
# Under AddressSanitizer (NIANBAO_SANITIZED, set by CMake) memory holds shadow
# memory and a quarantine of freed blocks, and code runs a few times slower:
# the bounds are wider there, but still bounds.
SANITIZED = os.environ.get("NIANBAO_SANITIZED") == "1"


def memory_bound(megabytes):
    return 2 * megabytes + 400 if SANITIZED else megabytes


def time_bound(seconds):
    return 5 * seconds if SANITIZED else seconds


def run(*args, stdin=None, timeout=60, user=None, cwd=None):
    return subprocess.run([NIANBAO, *map(str, args)], input=stdin, capture_output=True, timeout=timeout,
                          user=user, cwd=cwd)


def peak_memory_mb(args, stdin_path=None, stdin_command=None, timeout=120):
    """Runs nianbao in a fresh Python process and returns (status, stderr, peak RSS in MB)."""
    script = (
        "import resource, subprocess, sys\n"
        "args = sys.argv[1:]\n"
        f"source = {stdin_command!r}\n"
        f"path = {str(stdin_path) if stdin_path else None!r}\n"
        "stdin = open(path, 'rb') if path else subprocess.DEVNULL\n"
        "feeder = subprocess.Popen(source, stdout=subprocess.PIPE) if source else None\n"
        "r = subprocess.run(args, stdin=feeder.stdout if feeder else stdin, stdout=subprocess.DEVNULL,\n"
        "                   stderr=subprocess.PIPE)\n"
        "if feeder: feeder.kill(); feeder.wait()\n"
        "sys.stderr.buffer.write(r.stderr)\n"
        "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n")
    result = subprocess.run([sys.executable, "-c", script, NIANBAO, *map(str, args)], capture_output=True,
                            timeout=timeout)
    status, megabytes = result.stdout.split()
    return int(status), result.stderr, int(megabytes)


class Hostile(ScratchTest):
    def example(self, name=S0):
        return (EXAMPLES / name).read_bytes()

    def assert_fails(self, result, path, message, code=1):
        """One line on stderr: the file, then the message; nothing on stdout."""
        stderr = result.stderr.decode("utf-8")
        self.assertEqual(result.returncode, code, stderr)
        self.assertEqual(stderr, f"nianbao: error: {path}: {message}\n")
        self.assertEqual(result.stdout, b"")

    def assert_refused_everywhere(self, path, message):
        """The same line for compile and lint, and no output file with -o."""
        self.assert_fails(run("compile", path), path, message)
        lint = run("lint", "--quiet", path)
        self.assertEqual(lint.returncode, 1)
        self.assertEqual(lint.stderr.decode(), f"nianbao: error: {path}: {message}\n")
        out = self.tmp / "out" / "model.json"
        out.parent.mkdir(exist_ok=True)
        self.assert_fails(run("compile", "-o", out, path), path, message)
        self.assertEqual(list(out.parent.iterdir()), [])  # no file, no temporary left

    # --- empty, white space, binary ----------------------------------------------------
    def test_empty_file(self):
        path = self.write("empty.txt", b"")
        self.assert_refused_everywhere(path, "the file is empty: there is no report text")

    def test_only_ascii_white_space(self):
        path = self.write("blank.txt", b" \t\r\n\n  \n")
        self.assert_refused_everywhere(path, "the file is empty: there is no report text")

    def test_only_nbsp_and_ideographic_spaces(self):
        message = "the file holds only white space (such as NBSP or U+3000): there is no report text"
        utf8 = self.write("spaces.txt", "\u3000\u3000\n\u00a0 \u3000\r\n\ufeff\u2003\n".encode("utf-8"))
        self.assert_refused_everywhere(utf8, message)
        gb = self.write("spaces-gb.txt", "\u3000\u3000\n\u3000\n".encode("gb18030"))  # A1 A1 …
        self.assert_fails(run("compile", gb), gb, message)
        utf16 = self.write("spaces-16.txt", b"\xff\xfe" + "\u3000\u00a0\n".encode("utf-16-le"))
        self.assert_fails(run("compile", utf16), utf16, message)

    def test_binary_garbage(self):
        rng = random.Random(8)
        garbage = bytes(rng.randrange(256) for _ in range(100_000))
        first_nul = garbage.index(0)
        try:
            garbage.decode("utf-8")
        except UnicodeDecodeError as error:
            first_bad = error.start
        path = self.write("garbage.txt", garbage)
        self.assert_refused_everywhere(
            path, f"byte offset {min(first_nul, first_bad)}: binary data, not a text report")
        # Without NUL bytes: neither UTF-8 nor GB18030, at the first byte that is not UTF-8.
        no_nul = bytes(b for b in garbage if b != 0)
        try:
            no_nul.decode("utf-8")
        except UnicodeDecodeError as error:
            first_bad = error.start
        byte = no_nul[first_bad]
        path = self.write("garbage2.txt", no_nul)
        self.assert_fails(run("compile", path), path,
                          f"byte offset {first_bad}: not valid UTF-8 text (byte 0x{byte:02X}), nor GB18030 text "
                          "(use --encoding to name the encoding)")

    def test_binary_named_docx_and_pdf(self):
        rng = random.Random(9)
        garbage = bytes(rng.randrange(1, 256) for _ in range(5000))
        for name, claimed in (("fake.docx", "Word .docx"), ("fake.pdf", "PDF")):
            path = self.write(name, garbage)
            result = run("compile", path)
            self.assertEqual(result.returncode, 1)
            self.assertRegex(result.stderr.decode(),
                             rf"^nianbao: error: {path}: byte offset \d+: not a {claimed} file as its name says, "
                             r"and not valid UTF-8 text .*\n$")

    def test_nul_bytes(self):
        text = self.example()
        at = text.index("行政许可".encode())
        path = self.write("nul.txt", text[:at] + b"\x00" + text[at:])
        self.assert_refused_everywhere(path, f"byte offset {at}: binary data, not a text report")
        # A byte-order mark does not make binary data text.
        path = self.write("bom-nul.txt", b"\xef\xbb\xbf" + text[:at] + b"\x00" + text[at:])
        self.assert_fails(run("compile", path), path, f"byte offset {at + 3}: binary data, not a text report")
        # UTF-16: a U+0000 code unit.
        utf16 = b"\xff\xfe" + "某局2024年\u0000报告".encode("utf-16-le")
        path = self.write("nul16.txt", utf16)
        self.assert_fails(run("compile", path), path, "byte offset 16: binary data, not a text report")

    def test_invalid_utf8_inside_a_t3_cell(self):
        text = self.example()
        row = text.index("（七）总计".encode()) if "（七）总计".encode() in text else text.index("(七) 总计".encode())
        cell = text.index(b"\t0", row) + 1
        path = self.write("bad-cell.txt", text[:cell] + b"\xff" + text[cell + 1:])
        self.assert_refused_everywhere(path, f"byte offset {cell}: not valid UTF-8 text (byte 0xFF)")

    def test_invalid_utf8_inside_a_docx(self):
        # XML that declares nothing is UTF-8; pugixml would pass the bad byte through (a fuzz finding).
        path = self.docx("bad.docx", b"<w><w:body><w:p><w:t>\xa9</w:t></w:p></w:body></w>")
        self.assert_fails(run("compile", path), path,
                          "word/document.xml is not valid UTF-8 (byte 0xA9, at byte 21 of that member)")

    def test_file_cut_inside_a_character(self):
        text = self.example()
        cut = text.index("行政许可".encode()) + 1  # one byte into a three-byte character
        path = self.write("cut.txt", text[:cut])
        self.assert_fails(run("compile", path), path,
                          f"byte offset {cut - 1}: not valid UTF-8 text: the file ends inside a character "
                          "(byte 0xE8); was it cut off?")

    # --- size ------------------------------------------------------------------------------
    def test_one_gigabyte_file_is_refused_before_reading(self):
        path = self.tmp / "huge.txt"
        with open(path, "wb") as f:
            f.truncate(1 << 30)  # sparse: nothing is written to the disk
        start = time.monotonic()
        status, stderr, megabytes = peak_memory_mb(["compile", path])
        self.assertLess(time.monotonic() - start, time_bound(10))
        self.assertEqual(status, 1)
        self.assertEqual(stderr.decode(),
                         f"nianbao: error: {path}: byte offset {256 * MIB}: the file is {1 << 30} bytes, more than "
                         "the input size limit of 256 MiB (raise it with --max-input-size)\n")
        self.assertLess(megabytes, memory_bound(100))

    def test_one_gigabyte_stream_is_refused_at_the_limit(self):
        # Standard input cannot be measured first: it is read up to the limit and refused there.
        status, stderr, megabytes = peak_memory_mb(
            ["compile", "--max-input-size", "64M", "-"], stdin_command=["head", "-c", "1G", "/dev/zero"])
        self.assertEqual(status, 1)
        self.assertEqual(stderr.decode(), f"nianbao: error: -: byte offset {64 * MIB}: the input is larger than "
                                          "the input size limit of 64 MiB (raise it with --max-input-size)\n")
        self.assertLess(megabytes, memory_bound(64 + 60))  # the limit, one block, the program

    def test_single_line_of_hundreds_of_megabytes(self):
        path = self.tmp / "line.txt"
        size = 300 * MIB
        with open(path, "wb") as f:  # one line, no line end
            block = "某".encode() * (MIB // 3) + b"x"
            for _ in range(size // len(block)):
                f.write(block)
        size = path.stat().st_size
        # Over the input size limit: refused before reading.
        status, stderr, megabytes = peak_memory_mb(["compile", path])
        self.assertEqual(status, 1)
        self.assertIn(f"byte offset {256 * MIB}: the file is {size} bytes", stderr.decode())
        self.assertLess(megabytes, memory_bound(100))
        # Read (the input limit raised), then refused by the text size limit: memory stays about the file's size.
        status, stderr, megabytes = peak_memory_mb(["compile", "--max-input-size", "1G", path])
        self.assertEqual(status, 1)
        self.assertEqual(stderr.decode(),
                         f"nianbao: error: {path}: the text is {size} bytes, more than the text size limit of "
                         "32 MiB (raise it with --max-text-size)\n")
        self.assertLess(megabytes, memory_bound(300 + 100))

    def test_long_line_compiles_in_linear_time(self):
        # Under the limits a long line is compiled: 8 MB and 24 MB take time and memory in proportion.
        measured = {}
        for mb in (8, 24):
            path = self.write(f"line{mb}.txt", "一、总体情况" + "某" * (mb * MIB // 3) + "\n")
            start = time.monotonic()
            status, stderr, megabytes = peak_memory_mb(["compile", path])
            measured[mb] = (time.monotonic() - start, megabytes)
            self.assertEqual(status, 0, stderr)  # compiled (sections missing: findings)
        (t8, m8), (t24, m24) = measured[8], measured[24]
        self.assertLess(t24, 3 * t8 + time_bound(2.0), measured)
        self.assertLess(m24, 3 * m8 + memory_bound(100), measured)

    # --- many rows, many headings, truncated tables ------------------------------------
    def test_hundred_thousand_table_rows(self):
        text = self.example().decode()
        t3_end = text.index("四、政府信息公开行政复议")
        extra = "".join(f"附加行{i}\t0\t0\t0\t0\t0\t0\t0\n" for i in range(100_000))
        path = self.write("rows.txt", text[:t3_end] + extra + "\n" + text[t3_end:])
        start = time.monotonic()
        result = run("lint", "--lang", "en", "--format", "json", path, timeout=120)
        self.assertLess(time.monotonic() - start, time_bound(60))
        self.assertEqual(result.returncode, 0, result.stderr)
        diagnostics = json.loads(result.stdout)["files"][0]["diagnostics"]
        unknown = [d for d in diagnostics if d["rule"] == "P-LABEL-UNKNOWN"]
        self.assertEqual(len(unknown), 100_000)
        self.assertIn("附加行99999", unknown[-1]["message"])
        model = json.loads(run("compile", path, timeout=120).stdout)
        self.assertEqual(model["tables"]["T3"]["rows"]["TOTAL"]["SUM"], 0)  # the real rows are still read
        self.assertEqual(model["tables"]["T4"]["cells"]["LR_TOTAL"], 0)

    def test_thousands_of_repeated_headings(self):
        text = self.example().decode()
        repeated = "一、总体情况\n内容。\n" * 5000
        path = self.write("headings.txt", text + "\n" + repeated)
        start = time.monotonic()
        result = run("lint", "--lang", "en", "--format", "json", path, timeout=120)
        self.assertLess(time.monotonic() - start, time_bound(60))
        self.assertEqual(result.returncode, 1)
        diagnostics = json.loads(result.stdout)["files"][0]["diagnostics"]
        duplicates = [d for d in diagnostics if d["rule"] == "DOC-SEC-DUP"]
        self.assertEqual(len(duplicates), 5000)
        first_repeat = text.count("\n") + 2  # the blank line after the report, then the headings
        self.assertEqual(duplicates[0]["span"]["line"], first_repeat)
        self.assertEqual(duplicates[-1]["span"]["line"], first_repeat + 2 * 4999)

    def test_report_cut_inside_each_table(self):
        lines = self.example().split(b"\n")

        def cut(line, keep):  # keep: bytes of that (1-based) line that remain
            return b"\n".join(lines[:line - 1] + [lines[line - 1][:keep]])

        # Cut inside a label (W11): the document ends inside the section, the cut
        # table is null, and neither its missing rows nor the later sections are
        # reported. Cut after a number, the text may be a finished report whose
        # table is short: that stays an error.
        cases = {
            "t2": (cut(39, len("行政许可\t".encode())), 39, 1, 0, "T2",
                   "warning: the document ends inside 二、主动公开政府信息情况; what follows is missing [P-TRUNCATED]"),
            "t3": (cut(60, 20), 60, 1, 0, "T3",
                   "warning: the document ends inside 三、收到和处理政府信息公开申请情况; what follows is missing "
                   "[P-TRUNCATED]"),
            "t4": (cut(84, 9), 84, 1, 1, None,
                   "error: the table of “四、政府信息公开行政复议、行政诉讼情况” has 5 value cell(s) where 15 are expected; "
                   "the values cannot be placed [P-CELL-COUNT]"),
        }
        for name, (data, line, column, code, null_table, message) in cases.items():
            with self.subTest(table=name):
                path = self.write(f"cut-{name}.txt", data)
                result = run("lint", "--lang", "en", path)
                self.assertEqual(result.returncode, code)
                self.assertIn(f"{path}:{line}:{column}: {message}\n", result.stdout.decode())
                self.assertNotIn("[DOC-SEC-MISSING]" if code == 0 else "[P-TRUNCATED]", result.stdout.decode())
                model = run("compile", path)
                self.assertEqual(model.returncode, 0)  # compiled: findings are output, not failure
                compiled = json.loads(model.stdout)
                self.assertEqual(compiled["source"]["bytes"], len(data))
                if null_table:
                    self.assertIsNone(compiled["tables"][null_table])

    # --- archives and markup -----------------------------------------------------------
    def docx(self, name, document_xml, compression=zipfile.ZIP_DEFLATED):
        path = self.tmp / name
        with zipfile.ZipFile(path, "w", compression) as z:
            z.writestr("word/document.xml", document_xml)
        return path

    def test_zip_bomb_disguised_as_docx(self):
        bomb = self.docx("report.docx", b"<w:document>" + b"\x00" * (200 * MIB) + b"</w:document>")
        self.assertLess(bomb.stat().st_size, MIB)
        status, stderr, megabytes = peak_memory_mb(["compile", bomb])
        self.assertEqual(status, 1)
        self.assertEqual(stderr.decode(),
                         f"nianbao: error: {bomb}: word/document.xml is larger than 32 MiB uncompressed, the text "
                         "size limit; refusing to unpack it (a damaged or malicious archive; raise the limit with "
                         "--max-text-size)\n")
        self.assertLess(megabytes, memory_bound(32 + 80))
        # The same bomb named .txt: the content decides, not the name.
        renamed = self.tmp / "renamed.txt"
        shutil.copy(bomb, renamed)
        self.assertIn(b"larger than 32 MiB uncompressed", run("compile", renamed).stderr)

    def test_zip_whose_directory_understates_the_size(self):
        # The central directory claims a small member; the limit holds for what is really unpacked.
        bomb = self.docx("liar.docx", b"<w:document>" + b" " * (40 * MIB) + b"</w:document>")
        data = bytearray(bomb.read_bytes())
        true_size = (40 * MIB + len("<w:document></w:document>")).to_bytes(4, "little")
        for at in [i for i in range(len(data) - 4) if data[i:i + 4] == true_size]:
            data[at:at + 4] = (1000).to_bytes(4, "little")
        bomb.write_bytes(bytes(data))
        result = run("compile", bomb)
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(), rf"^nianbao: error: {bomb}: .*(larger than 32 MiB|decompress|CRC|"
                                                 r"[Ii]nconsistent|[Rr]ead error).*\n$")

    def test_docx_nested_deeper_than_the_limit(self):
        body = "<w:sdt><w:sdtContent>" * 100_000 + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>" + \
               "</w:sdtContent></w:sdt>" * 100_000
        W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        path = self.docx("deep.docx", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        start = time.monotonic()
        result = run("compile", path)
        self.assertLess(time.monotonic() - start, time_bound(10))
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(),
                         rf"^nianbao: error: {path}: word/document.xml nests elements more than 256 deep, at byte "
                         r"\d+ of that member \(raise the limit with --max-nesting\)\n$")

    def test_html_nested_100000_deep(self):
        page = "<!DOCTYPE html><html><body>\n" + "<div>" * 100_000 + "一、总体情况" + "</div>" * 100_000
        path = self.write("deep.html", page)
        start = time.monotonic()
        result = run("compile", path)
        self.assertLess(time.monotonic() - start, time_bound(5))  # Gumbo alone would take minutes
        # <html> and <body> are 2 deep: the 255th <div> is 257 deep.
        column = 254 * len("<div>") + 1
        self.assert_fails(result, path, f"line 2, column {column} of the page: elements nested more than 256 "
                                        "deep (raise the limit with --max-nesting)")

    def test_html_formatting_elements_reopened_without_end(self):
        # <b> closed by </div> is re-opened inside every later block: 50,000 of them would be
        # millions of nodes (gigabytes) in the parser.
        page = "<html><body>" + "".join(f"<div><b id={i}></div>" for i in range(50_000))
        path = self.write("reopen.html", page)
        start = time.monotonic()
        result = run("compile", path)
        self.assertLess(time.monotonic() - start, time_bound(5))
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr.decode(), rf"^nianbao: error: {path}: line 1, column \d+ of the page: "
                                                 r"elements nested more than 256 deep \(raise the limit with "
                                                 r"--max-nesting\)\n$")

    def test_html_rows_dropped_in_a_template(self):
        # A <template> read as a row drops each <tr>: the elements after it nest ever deeper.
        page = "<html><body><template><td>" + "<tr><t><g><r>" * 60_000 + "</template>"
        path = self.write("template.html", page)
        start = time.monotonic()
        result = run("compile", path)
        self.assertLess(time.monotonic() - start, time_bound(5))  # Gumbo alone: over 20 s
        # html body template: the 85th group's <g> is 3 + 84 * 3 + 2 = 257 deep.
        column = len("<html><body><template><td>") + 84 * len("<tr><t><g><r>") + len("<tr><t>") + 1
        self.assert_fails(result, path, f"line 1, column {column} of the page: elements nested more than 256 "
                                        "deep (raise the limit with --max-nesting)")

    def test_html_nesting_under_a_raised_limit(self):
        page = ("<html><body>" + "<div>" * 9000 + "<p>某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p>" +
                "</div>" * 9000)
        path = self.write("deep9000.html", page)
        self.assertEqual(run("compile", path).returncode, 1)  # refused: deeper than 256
        result = run("compile", "--max-nesting", "10000", path)
        self.assertEqual(result.returncode, 0, result.stderr)  # sections and tables missing, but compiled
        model = json.loads(result.stdout)
        self.assertEqual(model["title"], "某局2024年政府信息公开工作年度报告")
        self.assertEqual([s["heading"] for s in model["sections"]], ["一、总体情况"])
        self.assertEqual(run("compile", "--max-nesting", "10001", path).returncode, 2)

    # --- paths and outputs --------------------------------------------------------------
    def test_path_with_spaces_and_chinese_characters(self):
        folder = self.tmp / "年报 目录 (2024)"
        path = folder / "老城区 卫健委 年报.txt"
        folder.mkdir()
        path.write_bytes(self.example())
        result = run("compile", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["source"]["path"], str(path))
        out = self.tmp / "输出 目录"
        result = run("compile", "-o", f"{out}/", folder)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([p.name for p in out.iterdir()], ["老城区 卫健委 年报.json"])
        empty = folder / "空 文件.txt"
        empty.write_bytes(b"")
        self.assert_fails(run("compile", empty), empty, "the file is empty: there is no report text")
        lint = run("lint", "--lang", "en", path)
        self.assertIn(f"{path}:".encode(), lint.stdout)

    def as_unprivileged(self):
        """The user to run as so that permissions apply: nobody when the tests run as root."""
        if os.geteuid() != 0:
            return None
        for directory in [self.tmp, *pathlib.Path(NIANBAO).resolve().parents]:
            mode = directory.stat().st_mode
            if not mode & stat.S_IXOTH:
                if directory == self.tmp:
                    directory.chmod(0o755)
                else:
                    self.skipTest(f"running as root, and {directory} is not open to others: nianbao cannot be "
                                  "run as an unprivileged user to test permissions")
        return NOBODY

    def test_unreadable_file(self):
        user = self.as_unprivileged()
        path = self.write("secret.txt", self.example())
        path.chmod(0o000)
        result = run("compile", path, user=user)
        self.assert_fails(result, path, "Permission denied", code=2)
        # In a batch the other inputs are still compiled.
        good = self.write("good.txt", self.example())
        good.chmod(0o644)
        result = run("compile", "--lang", "en", good, path, user=user)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr.decode(), f"nianbao: error: {path}: Permission denied\n"
                                                 "nianbao: 2 files: 1 compiled (0 with errors), 1 failed in "
                         + result.stderr.decode().rsplit("failed in ", 1)[1])
        self.assertEqual(len(result.stdout.decode().splitlines()), 2)  # JSON Lines: the model and the failure

    def test_input_that_is_a_directory_entry_but_not_a_file(self):
        # A path through a regular file: not readable by anyone, root included.
        path = self.write("plain.txt", self.example())
        result = run("compile", f"{path}/report.txt")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr.decode(), f"nianbao: error: {path}/report.txt: Not a directory\n")

    def test_unwritable_output_directory(self):
        user = self.as_unprivileged()
        locked = self.tmp / "locked"
        locked.mkdir(mode=0o555)
        locked.chmod(0o555)
        result = run("compile", "-o", locked / "model.json", EXAMPLES / S0, user=user)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr.decode(),
                         f"nianbao: error: {locked}/model.json: cannot write the output: no new file can be created in "
                         f"{locked} (Permission denied); the output is written to a temporary file beside it, "
                         "then renamed\n")
        self.assertEqual(list(locked.iterdir()), [])
        result = run("compile", "-o", f"{locked}/pages/", "--to", "html", EXAMPLES, user=user)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr.decode(),
                         f"nianbao: error: {locked}/pages/: cannot create directory: Permission denied\n")
        # Even root cannot create files in /proc.
        result = run("compile", "-o", "/proc/nianbao-model.json", EXAMPLES / S0)
        self.assertEqual(result.returncode, 2)
        self.assertRegex(result.stderr.decode(),
                         r"^nianbao: error: /proc/nianbao-model.json: cannot write the output: no new file can be created "
                         r"in /proc \(.+\); .+\n$")

    def test_output_path_that_is_a_symlink_is_replaced_not_written_through(self):
        victim = self.write("victim.txt", "keep me")
        link = self.tmp / "model.json"
        link.symlink_to(victim)
        result = run("compile", "-o", link, EXAMPLES / S0)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertFalse(link.is_symlink())
        self.assertEqual(json.loads(link.read_text())["year"], 2024)
        self.assertEqual(victim.read_text(), "keep me")
        # The same for the files of a directory output.
        out = self.tmp / "out"
        out.mkdir()
        (out / "000_e3c010c5c349aa33.json").symlink_to(victim)
        dangling = out / "001_f435a7dd2cd20ddb.json"
        dangling.symlink_to(self.tmp / "nowhere" / "x.json")
        result = run("compile", "-o", f"{out}/", EXAMPLES / S0, EXAMPLES / "001_f435a7dd2cd20ddb.txt")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertFalse((out / "000_e3c010c5c349aa33.json").is_symlink())
        self.assertFalse(dangling.is_symlink())
        self.assertEqual(victim.read_text(), "keep me")
        self.assertFalse((self.tmp / "nowhere").exists())

    def test_nothing_is_written_outside_the_output_directory(self):
        inputs = self.tmp / "in" / "sub"
        inputs.mkdir(parents=True)
        (inputs / "a.txt").write_bytes(self.example())
        (inputs / ".." / ".." / "b.txt").resolve().write_bytes(self.example())
        (inputs / "bad.txt").write_bytes(b"\x00")
        before = sorted(p for p in self.tmp.rglob("*"))
        out = self.tmp / "out"
        result = run("compile", "-o", f"{out}/", self.tmp / "in", f"{inputs}/../../b.txt", cwd=inputs)
        self.assertEqual(result.returncode, 1)
        after = sorted(p for p in self.tmp.rglob("*") if out not in p.parents and p != out)
        self.assertEqual(after, before)
        self.assertEqual(sorted(str(p.relative_to(out)) for p in out.rglob("*")),
                         ["b.json", "sub", "sub/a.json"])


if __name__ == "__main__":
    NIANBAO = os.path.abspath(sys.argv.pop(1))
    EXAMPLES = pathlib.Path(sys.argv.pop(1)).resolve()
    unittest.main(verbosity=2)
