"""Which glued cells of the crawler form a reader can know (docs/forms.md#w9).

In crawler text a row's numbers follow each other with no separator (`710000071`).
A reader may split them only where the template's arithmetic leaves one reading:
a T3 row's six details sum to its 总计, the result rows sum to the 总计 row per
column, NEW + CARRY_IN = TOTAL + CARRY_OUT per column, a T4 block's four results
sum to its 总计, and no number but 0 starts with 0. T2 rows have no arithmetic, so
a T2 row is known only when its digits split one way.

`readings(report)` tells, per table, whether the printed digits admit exactly one
reading and whether that reading is the printed one. The spaces a crawler sometimes
keeps between cells are not used: they can only remove readings, so a table known
here is known with them too.
"""
import itertools
import re

from template import T2_BLOCKS, T3_COLUMNS, T3_ROW_KEYS, T3_RESULT_KEYS, T4_KEYS

INTEGER = r"(?:0|[1-9]\d*)"
PATTERNS = {"int": INTEGER, "signed": r"[+-]?" + INTEGER, "decimal": INTEGER + r"(?:\.\d+)?(?:万元|元)?"}
FIELD_KIND = {"delta": "signed", "amount_wan": "decimal", "amount": "decimal"}
COMBINATION_LIMIT = 200000  # partial readings of T3 beyond which a table counts as unknown

KNOWN, AMBIGUOUS, MISLEADING, UNKNOWN = "known", "ambiguous", "misleading", "unknown"


def splits(run, kinds, limit=3):
    """The ways (at most `limit`) to cut `run` into consecutive numbers of `kinds`."""
    out = []

    def walk(start, k, taken):
        if len(out) >= limit:
            return
        if k == len(kinds):
            if start == len(run):
                out.append(tuple(taken))
            return
        pattern = re.compile(PATTERNS[kinds[k]])
        for end in range(start + 1, len(run) + 1):
            piece = run[start:end]
            if pattern.fullmatch(piece):
                walk(end, k + 1, taken + [piece])

    walk(0, 0, [])
    return out


def t2_status(report):
    """{row: KNOWN | AMBIGUOUS} for each T2 row."""
    status = {}
    for _, _, rows, fields in T2_BLOCKS[report.layout]:
        for _, row in rows:
            printed = [report.printed[f"T2.{row}.{f}"] for f in fields]
            kinds = [FIELD_KIND.get(f, "int") for f in fields]
            found = splits("".join(printed), kinds, limit=2)
            status[row] = KNOWN if found == [tuple(printed)] else AMBIGUOUS
    return status


def row_readings(run, parts):
    """Readings of a glued row of `parts` integers whose last is the sum of the others."""
    out, n = [], len(run)
    for width in range(max(1, -(-n // parts)), n - parts + 2):  # the total's digits
        total_text = run[n - width:]
        if width > 1 and total_text[0] == "0":
            continue
        _sum_splits(run, 0, n - width, parts - 1, int(total_text), [], out)
    return out


def _sum_splits(run, start, stop, parts, target, taken, out):
    """Cuts run[start:stop] into `parts` integers summing to `target`."""
    left = stop - start
    if parts == 1:
        piece = run[start:stop]
        if left and (left == 1 or piece[0] != "0") and int(piece) == target:
            out.append(tuple(taken) + (target, sum(taken) + target))
        return
    longest = min(len(str(target)), left - parts + 1)
    for end in range(start + 1, start + longest + 1):
        if end > start + 1 and run[start] == "0":
            break
        value = int(run[start:end])
        if value > target:
            break
        _sum_splits(run, end, stop, parts - 1, target - value, taken + [value], out)


def t3_status(report):
    """KNOWN, AMBIGUOUS (no reading or several) or MISLEADING (one reading, not the printed
    one) for the whole T3; UNKNOWN when there are too many readings of its rows to tell."""
    keys = T3_ROW_KEYS[report.layout]
    truth = {row: tuple(int(report.printed[f"T3.{row}.{c}"]) for c in T3_COLUMNS) for row in keys}
    options = {row: row_readings("".join(report.printed[f"T3.{row}.{c}"] for c in T3_COLUMNS), 7) for row in keys}
    results = T3_RESULT_KEYS[report.layout]
    found = []  # readings of the whole table, at most two
    for total, new, carry_in, carry_out in itertools.product(
            options["TOTAL"], options["NEW"], options["CARRY_IN"], options["CARRY_OUT"]):
        if any(new[c] + carry_in[c] != total[c] + carry_out[c] for c in range(7)):
            continue
        combos = _results_summing_to(total, [options[r] for r in results])
        if combos is None:
            return UNKNOWN
        for combo in combos:
            found.append(dict(zip(results, combo), TOTAL=total, NEW=new, CARRY_IN=carry_in, CARRY_OUT=carry_out))
        if len(found) > 1:
            return AMBIGUOUS
    if not found:
        return AMBIGUOUS
    return KNOWN if found[0] == truth else MISLEADING


def _results_summing_to(total, options):
    """Up to two choices of one reading per result row whose columns sum to `total`, met
    in the middle (the rows' readings multiply too fast to try every combination); None
    when even half of them are too many."""
    half = len(options) // 2
    first, second = _partial_sums(options[:half], total), _partial_sums(options[half:], total)
    if first is None or second is None:
        return None
    combos = []
    for sums, heads in first.items():
        rest = tuple(t - s for t, s in zip(total, sums))
        for head in heads:
            for tail in second.get(rest, ()):
                combos.append(head + tail)
                if len(combos) > 1:
                    return combos
    return combos


def _partial_sums(options, total):
    """{column sums: [up to two choices reaching them]} over the rows of `options`."""
    states = {(0,) * 7: [()]}
    for readings in options:
        if len(states) * len(readings) > COMBINATION_LIMIT:
            return None
        grown = {}
        for sums, choices in states.items():
            for reading in readings:
                new = tuple(s + v for s, v in zip(sums, reading))
                if any(n > t for n, t in zip(new, total)):
                    continue
                kept = grown.setdefault(new, [])
                for choice in choices:
                    if len(kept) < 2:
                        kept.append(choice + (reading,))
        states = grown
    return states


def t4_status(report):
    printed = [report.printed[f"T4.{k}"] for k in T4_KEYS]
    truth = tuple(int(p) for p in printed)
    found = []

    def walk(run, block, taken):
        if len(found) > 1:
            return
        if block == 3:
            if run == "":
                found.append(tuple(taken))
            return
        for width in range(5, len(run) + 1):  # the block's five numbers take `width` digits
            for reading in row_readings(run[:width], 5):
                walk(run[width:], block + 1, taken + list(reading))

    walk("".join(printed), 0, [])
    if len(found) != 1:
        return AMBIGUOUS
    return KNOWN if found[0] == truth else MISLEADING


def readings(report):
    """{model key: KNOWN | AMBIGUOUS | MISLEADING} for every table cell of the report."""
    status = {}
    for row, s in t2_status(report).items():
        for key in report.expected:
            if key.startswith(f"T2.{row}."):
                status[key] = s
    t3 = t3_status(report)
    t4 = t4_status(report)
    for key in report.expected:
        if key.startswith("T3."):
            status[key] = t3
        elif key.startswith("T4."):
            status[key] = t4
    return status
