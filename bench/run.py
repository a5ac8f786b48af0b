#!/usr/bin/env python3
"""nianbao benchmark: the work users do — batches of real-size reports of
every input kind — against a reference program on the same files, and a
linearity check on one large input. Prints a table and writes it to
build/bench/results.md (and results.json).

usage: python3 bench/run.py [--nianbao build/nianbao] [--compare OTHER_NIANBAO]
                            [--repeat 5] [--files 2000]

Batches (real reports only: examples/, tests/corpus/ and the web page, .docx
and PDF forms tests/input/fixtures.py builds from the examples, copied round
robin to the batch size):
  text and web pages: `nianbao compile --jobs 1` over 2,000 files in one
      process, against `cmark` over the same files in one process;
  Word and PDF: a tenth as many files; against `pdftotext` (one process per
      file, as it reads one file at a time) where it is installed.
--compare runs another nianbao build on the same batches, in turn with this
one, so that two builds are compared on the same machine state.
Linearity: the examples concatenated 300 times (~10 MB) and 600 times (~20
MB), one input each: time of 2× ≤ 2.1 × time of 1×; peak RSS ≤ 5 × input + 20
MiB. Outputs go to /dev/null.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "input"))
MB = 1_000_000


def real_reports(forms_dir):
    """The real reports by input kind: {"text": [...], "html": [...], "docx": [...], "pdf": [...]}."""
    import fixtures  # noqa: E402
    if forms_dir.exists():
        shutil.rmtree(forms_dir)
    forms_dir.mkdir(parents=True)
    fixtures.build(str(ROOT / "examples"), str(forms_dir), pdf=fixtures.chromium() is not None)
    corpus = ROOT / "tests" / "corpus"
    files = sorted((ROOT / "examples").glob("*.txt")) + sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.html"))
    files += sorted(corpus.glob("*.pdf")) + sorted(p for p in forms_dir.iterdir() if not p.name.endswith(".print.html"))
    kinds = {"text": [], "html": [], "docx": [], "pdf": []}
    for path in files:
        kinds[path.suffix.lstrip(".") if path.suffix in (".html", ".docx", ".pdf") else "text"].append(path)
    return kinds


def make_batch(where, sources, count):
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    batch = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = where / f"r{i:05}{source.suffix}"
        shutil.copyfile(source, target)
        batch.append(target)
    return batch


def one_copy():
    parts = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        data = path.read_bytes()
        parts.append(data if data.endswith(b"\n") else data + b"\n")
    return b"".join(parts)


def run_once(command):
    """Wall time, CPU time (user+sys) and peak RSS of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(map(str, command[:4]))} … exited {code}: {process.stderr.read().decode()[:500]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def measure_together(commands, repeat):
    """Median wall and CPU time and max peak RSS of each named command, run in
    turn `repeat` times, after one uncounted run of each: commands that are
    compared see the same machine (a shared machine's speed drifts over a
    minute by more than the differences measured)."""
    os.sync()
    for command in commands.values():
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(run_once(command))
    return {name: {"wall": statistics.median(s[0] for s in runs), "cpu": statistics.median(s[1] for s in runs),
                   "rss": max(s[2] for s in runs)} for name, runs in samples.items()}


def nianbao_batch(nianbao, files):
    return [nianbao, "compile", "--jobs", "1", "--quiet", *map(str, files)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nianbao", default=str(ROOT / "build" / "nianbao"))
    parser.add_argument("--compare", help="another nianbao build, measured on the same batches")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    nb, other = args.nianbao, args.compare
    kinds = real_reports(out / "forms")
    rows, results, checks = [], {}, []

    def record(measured, sizes):
        for name, m in measured.items():
            results[name] = dict(m, bytes=sizes[name])
            rows.append((name, sizes[name], m))

    # --- text and web pages -------------------------------------------------------
    text_batch = make_batch(out / "batch-text", kinds["text"] + kinds["html"], args.files)
    size = sum(p.stat().st_size for p in text_batch)
    n = len(text_batch)
    commands = {f"nianbao, {n} text and web-page reports": nianbao_batch(nb, text_batch),
                f"cmark, the same {n} files": ["cmark", *map(str, text_batch)]}
    if other:
        commands[f"other nianbao, {n} text and web-page reports"] = nianbao_batch(other, text_batch)
    record(measure_together(commands, args.repeat), {name: size for name in commands})
    ours = results[f"nianbao, {n} text and web-page reports"]
    checks.append((f"reports/s, {n} text and web-page reports, --jobs 1", n / ours["wall"], None))
    checks.append(("time ratio nianbao / cmark, text and web pages", ours["wall"] / results[f"cmark, the same {n} files"]["wall"], None))
    if other:
        checks.append(("time ratio this / other nianbao, text and web pages",
                       ours["wall"] / results[f"other nianbao, {n} text and web-page reports"]["wall"], None))

    # --- the database against CSV, on the same batch (a fresh database each run) ------
    csv_out, db_out = out / "batch.csv", out / "batch.db"
    commands = {f"nianbao --to csv, {n} reports": [*nianbao_batch(nb, [])[:4], "--to", "csv", "-o", str(csv_out),
                                                   *map(str, text_batch)],
                f"nianbao --to sqlite, {n} reports": ["sh", "-c", 'rm -f "$0"; exec "$@"', str(db_out),
                                                      *nianbao_batch(nb, [])[:4], "--to", "sqlite", "-o", str(db_out),
                                                      *map(str, text_batch)]}
    record(measure_together(commands, args.repeat), {name: size for name in commands})
    ratio = results[f"nianbao --to sqlite, {n} reports"]["wall"] / results[f"nianbao --to csv, {n} reports"]["wall"]
    checks.append(("time ratio --to sqlite / --to csv (target ≤ 1.2)", ratio, ratio <= 1.2))

    # --- Word and PDF ------------------------------------------------------------------
    binary = kinds["docx"] + kinds["pdf"]
    if binary:
        binary_batch = make_batch(out / "batch-binary", binary, max(10, args.files // 10))
        size = sum(p.stat().st_size for p in binary_batch)
        m = len(binary_batch)
        commands = {f"nianbao, {m} Word and PDF reports": nianbao_batch(nb, binary_batch)}
        pdfs = [p for p in binary_batch if p.suffix == ".pdf"]
        if shutil.which("pdftotext") and pdfs:
            commands[f"pdftotext, the {len(pdfs)} PDFs of them"] = [
                "sh", "-c", 'for f in "$@"; do pdftotext -layout "$f" /dev/null; done', "sh", *map(str, pdfs)]
        if other:
            commands[f"other nianbao, {m} Word and PDF reports"] = nianbao_batch(other, binary_batch)
        sizes = {name: size for name in commands}
        sizes.update({name: sum(p.stat().st_size for p in pdfs) for name in commands if name.startswith("pdftotext")})
        record(measure_together(commands, args.repeat), sizes)
        ours = results[f"nianbao, {m} Word and PDF reports"]
        checks.append((f"reports/s, {m} Word and PDF reports, --jobs 1", m / ours["wall"], None))
        if other:
            checks.append(("time ratio this / other nianbao, Word and PDF",
                           ours["wall"] / results[f"other nianbao, {m} Word and PDF reports"]["wall"], None))

    # --- linearity on one large input ----------------------------------------------
    copy = one_copy()
    big10, big20 = out / "big10.txt", out / "big20.txt"
    big10.write_bytes(copy * 300)
    big20.write_bytes(copy * 600)
    size10, size20 = big10.stat().st_size, big20.stat().st_size
    commands = {"nianbao, one 10 MB input": [nb, "compile", str(big10)],
                "nianbao, one 20 MB input": [nb, "compile", str(big20)]}
    record(measure_together(commands, args.repeat), {"nianbao, one 10 MB input": size10, "nianbao, one 20 MB input": size20})
    n10, n20 = results["nianbao, one 10 MB input"], results["nianbao, one 20 MB input"]
    checks.append(("time ratio 20 MB / 10 MB (target ≤ 2.1)", n20["wall"] / n10["wall"], n20["wall"] / n10["wall"] <= 2.1))
    limit = 5 * size10 + 20 * 1024 * 1024
    checks.append(("peak RSS on 10 MB / (5 × input + 20 MiB) (target ≤ 1.0)", n10["rss"] / limit, n10["rss"] <= limit))

    lines = ["| run | input MB | wall s | MB/s | CPU s | peak RSS MB |", "|---|---:|---:|---:|---:|---:|"]
    for name, size, m in rows:
        lines.append(f"| {name} | {size / MB:.1f} | {m['wall']:.3f} | {size / MB / m['wall']:.1f} | {m['cpu']:.3f} | {m['rss'] / MB:.1f} |")
    lines += ["", "| measure | value | target met |", "|---|---:|---|"]
    for name, value, ok in checks:
        lines.append(f"| {name} | {value:.2f} | {'' if ok is None else ('yes' if ok else 'NO')} |")
    header = [f"# nianbao benchmark ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, median of {args.repeat} runs)", ""]
    table = "\n".join(header + lines) + "\n"
    print(table)
    (out / "results.md").write_text(table, encoding="utf-8")
    (out / "results.json").write_text(json.dumps({"runs": results, "checks": checks}, indent=2))


if __name__ == "__main__":
    main()
