#!/usr/bin/env python3
"""nianbao benchmark: throughput, ratio to cmark (and pandoc), peak memory,
linear growth, batch rate. Prints a table and writes it to
build/bench/results.md (and results.json).

usage: python3 bench/run.py [--nianbao build/nianbao] [--repeat 9] [--small 10000]

The corpus is generated from examples/: 300 copies of the five reports as one
file (about 10 MB), 600 copies (about 20 MB) for the growth ratio, and
10,000 small files (the five reports, copied) for the batch rate.
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
MB = 1_000_000


def one_copy():
    parts = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        data = path.read_bytes()
        parts.append(data if data.endswith(b"\n") else data + b"\n")
    return b"".join(parts)


def make_corpus(where, small_count):
    where.mkdir(parents=True, exist_ok=True)
    copy = one_copy()
    big10, big20, small = where / "big10.txt", where / "big20.txt", where / "small"
    big10.write_bytes(copy * 300)
    big20.write_bytes(copy * 600)
    if small.exists():
        shutil.rmtree(small)
    small.mkdir()
    reports = sorted((ROOT / "examples").glob("*.txt"))
    for i in range(small_count):
        shutil.copyfile(reports[i % len(reports)], small / f"r{i:05}.txt")
    return big10, big20, small


def run_once(command):
    """Wall time, CPU time (user+sys) and peak RSS of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(map(str, command))} exited {code}: {process.stderr.read().decode()[:500]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def measure_together(commands, repeat):
    """Median wall time, median CPU time and max peak RSS of each named command,
    run in turn `repeat` times: commands that are compared see the same machine
    (a shared machine's speed drifts over a minute by more than the differences
    measured). One uncounted run of each first: files in the page cache,
    nothing left to write back."""
    os.sync()
    for command in commands.values():
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(run_once(command))
    return {name: {"wall": statistics.median(s[0] for s in runs), "cpu": statistics.median(s[1] for s in runs),
                   "rss": max(s[2] for s in runs)} for name, runs in samples.items()}


def measure(command, repeat):
    return measure_together({"": command}, repeat)[""]


def has_command(nianbao, name):
    usage = subprocess.run([nianbao, "--help"], capture_output=True).stdout.decode()
    return f"nianbao {name} " in usage


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nianbao", default=str(ROOT / "build" / "nianbao"))
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench"))
    args = parser.parse_args()

    out = pathlib.Path(args.out)
    big10, big20, small = make_corpus(out / "corpus", args.small)
    size10, size20 = big10.stat().st_size, big20.stat().st_size
    small_bytes = sum(p.stat().st_size for p in small.iterdir())
    nb = args.nianbao
    rows, results = [], {}

    def add(name, command, size, repeat=args.repeat):
        m = measure(command, repeat)
        results[name] = dict(m, bytes=size)
        rows.append((name, size, m))
        return m

    # Like cmark's, nianbao's output goes to standard output (/dev/null here).
    single = {
        "nianbao compile --to json, 10 MB": ([nb, "compile", "--to", "json", str(big10)], size10),
        "nianbao compile --to json, 20 MB": ([nb, "compile", "--to", "json", str(big20)], size20),
        "cmark, 10 MB": (["cmark", str(big10)], size10),
        "cmark, 20 MB": (["cmark", str(big20)], size20),
    }
    if has_command(nb, "lint"):
        single["nianbao lint, 10 MB"] = ([nb, "lint", "--format", "json", str(big10)], size10)
    measured = measure_together({name: command for name, (command, _) in single.items()}, args.repeat)
    for name, (_, size) in single.items():
        results[name] = dict(measured[name], bytes=size)
        rows.append((name, size, measured[name]))
    if shutil.which("pandoc"):
        add("pandoc (markdown → html), 10 MB", ["pandoc", "-f", "markdown", "-t", "html", str(big10)], size10, 1)
    tenth = sorted(small.iterdir())[: max(1, args.small // 10)]
    tenth_dir = out / "corpus" / "small_tenth"
    if tenth_dir.exists():
        shutil.rmtree(tenth_dir)
    tenth_dir.mkdir()
    for p in tenth:
        os.link(p, tenth_dir / p.name)
    add(f"nianbao compile --jobs 2, {len(tenth)} files",
        [nb, "compile", "--jobs", "2", "--quiet", "-o", str(out / "tenth.jsonl"), str(tenth_dir)],
        sum(p.stat().st_size for p in tenth))
    add(f"nianbao compile --jobs 2, {args.small} files",
        [nb, "compile", "--jobs", "2", "--quiet", "-o", str(out / "small.jsonl"), str(small)], small_bytes)

    lines = ["| run | input MB | wall s | MB/s | CPU s | peak RSS MB |", "|---|---:|---:|---:|---:|---:|"]
    for name, size, m in rows:
        lines.append(f"| {name} | {size / MB:.1f} | {m['wall']:.3f} | {size / MB / m['wall']:.1f} | {m['cpu']:.3f} | {m['rss'] / MB:.1f} |")
    n10, n20 = results["nianbao compile --to json, 10 MB"], results["nianbao compile --to json, 20 MB"]
    c10 = results["cmark, 10 MB"]
    batch = results[f"nianbao compile --jobs 2, {args.small} files"]
    batch_tenth = results[f"nianbao compile --jobs 2, {len(tenth)} files"]
    rss_limit = 5 * size10 + 20 * 1024 * 1024
    checks = [
        ("time ratio nianbao/cmark, 10 MB (target ≤ 1.0)", n10["wall"] / c10["wall"], n10["wall"] / c10["wall"] <= 1.0),
        ("CPU-time ratio nianbao/cmark, 10 MB", n10["cpu"] / c10["cpu"], None),
        ("time ratio 20 MB / 10 MB (target ≤ 2.1)", n20["wall"] / n10["wall"], n20["wall"] / n10["wall"] <= 2.1),
        (f"reports/s, {args.small} files, --jobs 2 (target ≥ 1000)", args.small / batch["wall"],
         args.small / batch["wall"] >= 1000),
        ("peak RSS per input MB, 10 MB file", n10["rss"] / (size10 / MB) / MB, None),
        ("peak RSS 10 MB file vs 5×input+20 MiB (target ≤ 1.0)", n10["rss"] / rss_limit, n10["rss"] <= rss_limit),
        (f"peak RSS {args.small} files / {len(tenth)} files (flat: ≈ 1)", batch["rss"] / batch_tenth["rss"], None),
    ]
    lines += ["", "| measure | value | target met |", "|---|---:|---|"]
    for name, value, ok in checks:
        lines.append(f"| {name} | {value:.2f} | {'' if ok is None else ('yes' if ok else 'NO')} |")
    cpu = os.cpu_count()
    header = [f"# nianbao benchmark ({time.strftime('%Y-%m-%d %H:%M')}, {cpu} cores, median of {args.repeat} runs)", ""]
    table = "\n".join(header + lines) + "\n"
    print(table)
    (out / "results.md").write_text(table, encoding="utf-8")
    (out / "results.json").write_text(json.dumps({"runs": results, "checks": [(n, v, o) for n, v, o in checks]}, indent=2))


if __name__ == "__main__":
    main()
