#!/usr/bin/env python3
"""Runs the fuzz targets, one after the other or two at a time, each for a
fixed time, and prints what they did: seconds, executions, findings.

usage: run.py BUILD_DIR [--seconds N] [--parallel 1|2] [TARGET...]

BUILD_DIR is a build configured with -DNIANBAO_FUZZ=ON (clang++); the seed
corpora are made under BUILD_DIR/fuzz-seeds/ by make_corpus.py when missing.
Each target grows its own corpus in BUILD_DIR/fuzz-corpus/<target>/ (kept
between runs) and writes what it finds to BUILD_DIR/fuzz-findings/: an input
that crashes, trips ASan/UBSan, throws, runs longer than 10 s, or makes the
process use more than 2 GB. Exit status 1 when anything was found.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent
TARGETS = ["fuzz_text", "fuzz_html", "fuzz_docx", "fuzz_pdf", "fuzz_html_nesting"]
DICTIONARIES = {"fuzz_html": "html.dict", "fuzz_html_nesting": "html.dict"}
# Printed PDFs are about 500 KB (embedded fonts); a shorter limit would cut
# them, and a PDF without its end has no cross-reference table.
MAX_LEN = {"fuzz_pdf": 1 << 20}


def run_target(build, target, seconds):
    seeds = build / "fuzz-seeds" / target
    corpus = build / "fuzz-corpus" / target
    findings = build / "fuzz-findings"
    corpus.mkdir(parents=True, exist_ok=True)
    findings.mkdir(parents=True, exist_ok=True)
    log = build / "fuzz-logs" / f"{target}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    before = set(findings.iterdir())
    command = [str(build / "fuzz" / target), str(corpus), str(seeds), f"-max_total_time={seconds}",
               "-timeout=10", "-rss_limit_mb=2048", "-malloc_limit_mb=2048", "-print_final_stats=1",
               f"-max_len={MAX_LEN.get(target, 65536)}", f"-artifact_prefix={findings}/{target}-"]
    if target in DICTIONARIES:
        command.append(f"-dict={HERE / DICTIONARIES[target]}")
    start = time.monotonic()
    environment = dict(os.environ, LSAN_OPTIONS=f"suppressions={HERE / 'lsan.supp'}:print_suppressions=0")
    with open(log, "w") as out:
        result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, env=environment)
    elapsed = time.monotonic() - start
    text = log.read_text(errors="replace")
    executions = re.search(r"stat::number_of_executed_units:\s*(\d+)", text)
    slowest = re.search(r"stat::slowest_unit_time_sec:\s*(\d+)", text)
    peak = re.search(r"stat::peak_rss_mb:\s*(\d+)", text)
    new = sorted(str(p) for p in set(findings.iterdir()) - before if p.name.startswith(target + "-"))
    return {"target": target, "seconds": elapsed, "executions": int(executions.group(1)) if executions else 0,
            "status": result.returncode, "findings": new, "log": str(log),
            "slowest": int(slowest.group(1)) if slowest else None, "peak": int(peak.group(1)) if peak else None}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=pathlib.Path)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--parallel", type=int, choices=(1, 2), default=1)
    parser.add_argument("targets", nargs="*", default=TARGETS)
    args = parser.parse_intermixed_args()
    build = args.build.resolve()
    if not (build / "fuzz-seeds").exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(build / "fuzz-seeds")], check=True)
    with ThreadPoolExecutor(args.parallel) as pool:
        results = list(pool.map(lambda t: run_target(build, t, args.seconds), args.targets))
    total_seconds = sum(r["seconds"] for r in results)
    total_executions = sum(r["executions"] for r in results)
    print(f"{'target':<10} {'seconds':>8} {'executions':>11} {'exec/s':>7} {'slowest s':>9} {'peak MB':>8}  findings")
    for r in results:
        found = ", ".join(r["findings"]) or ("none" if r["status"] == 0 else f"exit {r['status']}, see {r['log']}")
        print(f"{r['target']:<10} {r['seconds']:>8.0f} {r['executions']:>11} {r['executions'] / max(r['seconds'], 1):>7.0f}"
              f" {r['slowest'] if r['slowest'] is not None else '-':>9} {r['peak'] if r['peak'] is not None else '-':>8}"
              f"  {found}")
    print(f"{'total':<10} {total_seconds:>8.0f} {total_executions:>11}")
    return 1 if any(r["findings"] or r["status"] != 0 for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
