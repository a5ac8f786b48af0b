#!/usr/bin/env python3
"""Writes every output nianbao gives on a set of inputs into one directory, so
that two builds can be compared byte for byte (`diff -r A B`) before and after
a change that must not change behaviour.

usage: snapshot_outputs.py NIANBAO OUT_DIR [--fixtures DIR] [INPUT...]
With no INPUT: examples/, ../shared/corpus/ (when it is there) and the web
page, .docx and PDF forms of the examples built by tests/input/fixtures.py
into DIR (built once when DIR is empty or absent, then reused: a .docx or PDF
built again differs in its dates, and so in its hash).
For every input: compile --to json (zh, en), csv, csv-long, html (--annotate),
lint text / json / sarif (zh, en), each with its exit status; once: rules.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "input"))

RUNS = {
    "json.zh": ["compile", "--to", "json"],
    "json.en": ["compile", "--to", "json", "--lang", "en"],
    "csv": ["compile", "--to", "csv"],
    "csv-long": ["compile", "--to", "csv", "--csv-long"],
    "html": ["compile", "--to", "html", "--annotate"],
    "lint.zh": ["lint"],
    "lint.en": ["lint", "--lang", "en"],
    "lint.json": ["lint", "--format", "json"],
    "lint.sarif": ["lint", "--format", "sarif", "--lang", "en"],
}


def default_inputs(built):
    inputs = sorted((ROOT / "examples").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        inputs += sorted(p for p in corpus.iterdir() if not p.name.endswith((".json", ".md")))
    import fixtures  # noqa: E402
    if not built.is_dir() or not any(built.iterdir()):
        built.mkdir(parents=True, exist_ok=True)
        fixtures.build(str(ROOT / "examples"), str(built), pdf=shutil.which("chromium") is not None)
    inputs += sorted(p for p in built.iterdir() if p.is_file())
    return inputs


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    nianbao, out, rest = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    fixture_dir = None
    if rest[:1] == ["--fixtures"]:
        fixture_dir, rest = pathlib.Path(rest[1]), rest[2:]
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        inputs = [pathlib.Path(p) for p in rest] or default_inputs(fixture_dir or work / "fixtures")
        # Inputs are copied under one name each, so that paths in the outputs
        # do not depend on where the inputs were built.
        stage = work / "in"
        stage.mkdir()
        for path in inputs:
            staged = stage / path.name
            shutil.copyfile(path, staged)
            for name, args in RUNS.items():
                p = subprocess.run([nianbao, *args, staged.name], cwd=stage, capture_output=True, timeout=300)
                (out / f"{path.name}.{name}").write_bytes(
                    p.stdout + b"\n--- stderr ---\n" + p.stderr + b"\n--- exit %d\n" % p.returncode)
        for fmt in ("text", "json"):
            p = subprocess.run([nianbao, "rules", "--format", fmt], capture_output=True)
            (out / f"rules.{fmt}").write_bytes(p.stdout)
    print(f"{len(inputs)} inputs → {out}")


if __name__ == "__main__":
    main()
