#!/usr/bin/env python3
"""Round trip of generated reports through the compiler, form by form.

Generates COUNT reports per form (reports.py) with consistent, non-zero numbers,
writes each in its form (forms.py) into a scratch directory, compiles them all in
one batch (`nianbao compile --jobs 2 -o DIR/`) and compares every expected cell,
`year` and `layout` with the model. Per form it counts cells right, wrong (a number
that differs from the one printed — the worst outcome), null, and whether each null
comes with a P-CELL-AMBIGUOUS diagnostic.

usage: test_roundtrip.py NIANBAO [--seed S] [--count N] [--forms a,b,...] [--pdf-count K]
                         [--keep DIR] [--show N]

Each file is named FORM-SEED; `--seed SEED --forms FORM --count 1` writes it again.
Exit status 1 when any cell is wrong in any form, or when a form of REQUIRED_FORMS
falls below its threshold; the other forms are measured and reported only.
"""
import argparse
import concurrent.futures
import json
import pathlib
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import forms  # noqa: E402
import reports  # noqa: E402
import splits  # noqa: E402

# The forms the compiler reads in full today; the others are measured and reported.
# (tab, pipe, html, docx and pdf miss cells only where a row has blank cells and merged
# label cells; bar-lines, blank-lines and crawler are not read yet.)
REQUIRED_FORMS = ["tab-lost", "cell-lines", "bar-lines", "blank-lines", "html"]
# Share of cells that must be right. Glued digits may stay ambiguous for the reader too:
# there the rest must be null with P-CELL-AMBIGUOUS (docs/forms.md#w9).
THRESHOLDS = {"crawler": 0.99}
DEFAULT_THRESHOLD = 1.0

DEFAULT_SEED = 20250101
DEFAULT_COUNT = 210      # × 10 forms without PDF: over 2,000 reports a run
DEFAULT_PDF_COUNT = 3    # Chromium takes about a second a page
SEED_STRIDE = 1_000_000  # the seeds of the k-th form listed start at SEED + k × SEED_STRIDE


def next_seed(seed):
    """The seed after `seed` in a run: a full-period generator, so that runs with nearby
    --seed values do not share their reports."""
    return (seed * 48271 + 11) % 2_147_483_647


@dataclass
class Case:
    form: str
    seed: int
    path: pathlib.Path
    expected: dict   # model key → value as printed
    readable: dict   # model key → splits.KNOWN | AMBIGUOUS | UNKNOWN (glued forms only)
    features: frozenset  # the report features it uses (reports.py)

    @property
    def stem(self):
        return self.path.name[: -len(forms.extension(self.form))]


# --- generating ----------------------------------------------------------------------------
def make_case(form, seed, directory, browser):
    """The case of `seed` in `form`, or None when the seed cannot be used for that form: a
    glued report whose digits have one reading that is not the printed one — a reader
    following the template's arithmetic would rightly take it, so it proves nothing."""
    features = reports.ALL_FEATURES - forms.FORM_EXCLUDES.get(form, set())
    report = reports.generate(seed, features)
    readable = splits.readings(report) if form == "crawler" else {}
    if splits.MISLEADING in readable.values():
        return None
    path = directory / f"{form}-{seed}{forms.extension(form)}"
    forms.write_case(form, report, random.Random(f"{form}:{seed}"), str(path), browser)
    return Case(form, seed, path, report.expected, readable, report.features)


def make_cases(form, first_seed, count, directory, browser):
    cases, seed = [], first_seed
    while len(cases) < count:
        case = make_case(form, seed, directory, browser)
        if case:
            cases.append(case)
        seed = next_seed(seed)
    return cases


def make_pdf_cases(first_seed, count, directory, browser):
    """PDFs two at a time: each is a Chromium process of its own."""
    seeds = [first_seed]
    while len(seeds) < count:
        seeds.append(next_seed(seeds[-1]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(make_case, "pdf", seed, directory, browser) for seed in seeds[:count]]
        return [f.result() for f in futures]


# --- compiling -----------------------------------------------------------------------------
def compile_all(nianbao, inputs, outputs):
    started = time.monotonic()
    result = subprocess.run([nianbao, "compile", "--jobs", "2", "--quiet", "-o", f"{outputs}/", str(inputs)],
                            capture_output=True, timeout=900)
    if result.returncode not in (0, 1):
        sys.exit(f"nianbao compile exited {result.returncode}: {result.stderr.decode(errors='replace')[-2000:]}")
    return time.monotonic() - started


def load_model(outputs, case):
    path = outputs / f"{case.stem}.json"
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    return None if "error" in model else model


# --- comparing -----------------------------------------------------------------------------
def model_value(model, key):
    if key in ("year", "layout"):
        return model.get(key)
    table, rest = key[:2], key[3:]
    node = (model.get("tables") or {}).get(table)
    path = ["cells", rest] if table == "T4" else ["rows"] + rest.split(".")
    for step in path:
        if not isinstance(node, dict):
            return None
        node = node.get(step)
    return node


def table_read(model, key):
    return bool(model) and (key in ("year", "layout") or bool((model.get("tables") or {}).get(key[:2])))


def same(want, got):
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, str) or isinstance(got, str) or isinstance(got, bool):
        return want == got
    return float(want) == float(got)


def flagged_tables(model):
    """Tables holding a P-CELL-AMBIGUOUS diagnostic (by span); "*" when one has no span
    inside a table, so that it may stand for any of them."""
    tables = model.get("tables") or {}
    flagged = set()
    for d in model.get("diagnostics", []):
        if d.get("rule") != "P-CELL-AMBIGUOUS":
            continue
        where = [name for name, t in tables.items() if t and _inside((d.get("span") or {}), t.get("span") or {})]
        flagged.update(where or ["*"])
    return flagged


def _inside(span, outer):
    try:
        return outer["offset"] <= span["offset"] < outer["offset"] + outer["length"]
    except (KeyError, TypeError):
        return False


RIGHT, WRONG, NULL_FLAGGED, NULL = "right", "wrong", "null+P-CELL-AMBIGUOUS", "null"


def judge(case, model):
    """[(key, want, got, outcome, readable)] for every expected cell of the case."""
    flagged = flagged_tables(model) if model else set()
    out = []
    for key, want in case.expected.items():
        got = model_value(model, key) if model else None
        readable = case.readable.get(key, splits.KNOWN)
        if want is None and not table_read(model, key):
            outcome = NULL  # a blank cell is only right where its table was read at all
        elif same(want, got):
            outcome = RIGHT
        elif got is None:
            outcome = NULL_FLAGGED if (key[:2] in flagged or "*" in flagged) else NULL
        else:
            outcome = WRONG
        out.append((key, want, got, outcome, readable))
    return out


class Tally:
    """One form's counts. A cell is *readable* unless the form glues digits that admit no
    single reading (splits.py); there, null with P-CELL-AMBIGUOUS is the right answer."""

    def __init__(self, form):
        self.form = form
        self.files = 0
        self.unread = 0                # files that gave no model
        self.counts = Counter()        # outcome → cells
        self.readable = Counter()      # outcome → cells among the readable ones
        self.failures = []             # (case, key, want, got, outcome), wrong ones first when shown

    def add(self, case, model, judged):
        self.files += 1
        self.unread += model is None
        for key, want, got, outcome, readable in judged:
            self.counts[outcome] += 1
            if readable == splits.KNOWN:
                self.readable[outcome] += 1
            if outcome != RIGHT and not (readable != splits.KNOWN and outcome == NULL_FLAGGED):
                self.failures.append((case, key, want, got, outcome))

    @property
    def cells(self):
        return sum(self.counts.values())

    @property
    def unreadable(self):
        return self.cells - sum(self.readable.values())

    def share_right(self):
        """Right cells among the readable ones."""
        total = sum(self.readable.values())
        return self.readable[RIGHT] / total if total else 1.0

    def threshold(self):
        return THRESHOLDS.get(self.form, DEFAULT_THRESHOLD)

    def passes(self):
        if self.counts[WRONG]:
            return False
        if self.threshold() >= 1.0:
            return not self.failures
        # Below 100 %: what is not right must be null and say why.
        return self.share_right() >= self.threshold() and all(f[4] == NULL_FLAGGED for f in self.failures)


# --- reporting -----------------------------------------------------------------------------
def print_table(tallies, required):
    header = (f"{'form':<12}{'files':>6}{'no model':>9}{'cells':>9}{'right':>9}{'wrong':>7}"
              f"{'null+diag':>10}{'null':>8}{'ambiguous':>10}{'right %':>9}  required  result")
    print(header)
    print("-" * len(header))
    for t in tallies:
        status = "pass" if t.passes() else ("FAIL" if t.form in required else "below")
        need = f"≥{t.threshold():.0%}" if t.form in required else "no"
        print(f"{t.form:<12}{t.files:>6}{t.unread:>9}{t.cells:>9}{t.counts[RIGHT]:>9}{t.counts[WRONG]:>7}"
              f"{t.counts[NULL_FLAGGED]:>10}{t.counts[NULL]:>8}{t.unreadable:>10}"
              f"{100 * t.share_right():>8.2f}%  {need:<8}  {status}")
    print("(ambiguous: cells whose glued digits admit no single reading; null with P-CELL-AMBIGUOUS is right there)")


def print_failures(tallies, show):
    for t in tallies:
        if not t.failures or show == 0:
            continue
        ordered = sorted(t.failures, key=lambda f: f[4] != WRONG)
        print(f"\n{t.form}: {len(t.failures)} cell(s) not right; the first {min(show, len(ordered))}:")
        for case, key, want, got, outcome in ordered[:show]:
            features = ",".join(sorted(case.features)) or "-"
            print(f"  {case.path.name}  {key}: want {want!r}, got {got!r}  [{outcome}; features {features}]"
                  f"  (--seed {case.seed} --forms {case.form} --count 1)")


# --- main ----------------------------------------------------------------------------------
def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("nianbao")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--count", type=int, default=DEFAULT_COUNT, help="reports per form (except pdf)")
    p.add_argument("--forms", default=",".join(forms.FORMS), help="comma-separated, from: " + ", ".join(forms.FORMS))
    p.add_argument("--pdf-count", type=int, default=DEFAULT_PDF_COUNT, help="reports in the pdf form")
    p.add_argument("--keep", metavar="DIR", help="write the inputs and models under DIR and keep them")
    p.add_argument("--show", type=int, default=8, help="cells not right to print per form")
    args = p.parse_args(argv)
    args.forms = [f for f in args.forms.split(",") if f]
    unknown = [f for f in args.forms if f not in forms.FORMS]
    if unknown:
        p.error(f"unknown form(s): {', '.join(unknown)}")
    return args


def available_forms(args):
    """The forms to run; the pdf form only with a browser to print it."""
    browser = forms.fixtures.chromium() if "pdf" in args.forms else None
    if "pdf" in args.forms and not browser:
        print("SKIPPED: the pdf form: Chromium is not installed (scripts/setup.sh installs it)")
        return [f for f in args.forms if f != "pdf"], None
    return args.forms, browser


def generate_all(args, run_forms, browser, inputs):
    cases = []
    for k, form in enumerate(run_forms):
        first = args.seed + k * SEED_STRIDE
        if form == "pdf" and args.pdf_count == 0:
            continue
        if form == "pdf":
            cases += make_pdf_cases(first, args.pdf_count, inputs, browser)
        else:
            cases += make_cases(form, first, args.count, inputs, browser)
    return [c for c in cases if c]


def run(args, work):
    run_forms, browser = available_forms(args)
    inputs, outputs = work / "inputs", work / "models"
    inputs.mkdir(parents=True, exist_ok=True)
    outputs.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    cases = generate_all(args, run_forms, browser, inputs)
    generated = time.monotonic() - started
    compiled = compile_all(args.nianbao, inputs, outputs)
    tallies = {form: Tally(form) for form in run_forms if any(c.form == form for c in cases)}
    for case in cases:
        model = load_model(outputs, case)
        tallies[case.form].add(case, model, judge(case, model))
    print(f"{len(cases)} reports (seed {args.seed}): generated in {generated:.1f} s, compiled in {compiled:.1f} s")
    print_table(tallies.values(), REQUIRED_FORMS)
    print_failures(tallies.values(), args.show)
    if args.keep:
        print(f"\ninputs in {inputs}, models in {outputs}")
    any_wrong = any(t.counts[WRONG] for t in tallies.values())
    failing = [t.form for t in tallies.values() if t.form in REQUIRED_FORMS and not t.passes()]
    if any_wrong:
        print("\nFAIL: a number in a wrong cell (see above)")
    if failing:
        print(f"\nFAIL: required form(s) below their threshold: {', '.join(failing)}")
    return 1 if any_wrong or failing else 0


def main(argv):
    args = parse_args(argv)
    if args.keep:
        return run(args, pathlib.Path(args.keep))
    with tempfile.TemporaryDirectory(prefix="nianbao-generator-") as scratch:
        return run(args, pathlib.Path(scratch))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
