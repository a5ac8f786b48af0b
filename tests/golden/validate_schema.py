#!/usr/bin/env python3
"""Validates the JSON model of every example, and of inputs that exercise
null cells and failures, against schema/nianbao-1.schema.json.

usage: validate_schema.py NIANBAO SCHEMA EXAMPLES_DIR
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema


def models(nianbao, inputs):
    """JSON Lines for several inputs: one object per line."""
    run = subprocess.run([nianbao, "compile", *map(str, inputs)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"nianbao exited {run.returncode}: {run.stderr}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def main():
    nianbao, schema_path, examples = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        broken = tmp / "broken.txt"  # blank, placeholder and unreadable cells, a missing table
        broken.write_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n内容。\n二、主动公开政府信息情况\n"
                          "第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                          "规章\t\t-\t约10\n", encoding="utf-8")
        binary = tmp / "binary.txt"
        binary.write_bytes(b"\x00\x01\x02binary")
        inputs = sorted(examples.glob("*.txt")) + [broken, binary]
        results = models(nianbao, inputs)

    if len(results) != len(inputs):
        sys.exit(f"expected {len(inputs)} JSON lines, got {len(results)}")
    failures = 0
    for path, model in zip(inputs, results):
        errors = sorted(validator.iter_errors(model), key=lambda e: list(e.path))
        for error in errors:
            failures += 1
            print(f"{path.name}: {'/'.join(map(str, error.path))}: {error.message}")
        if not errors:
            print(f"{path.name}: valid")
    # The schema must reject what the model must never contain.
    bad = dict(results[0])
    bad["tables"] = dict(bad["tables"], T4={"span": None, "cells": {"RV_UPHELD": -1}})
    if validator.is_valid(bad):
        failures += 1
        print("schema accepted a T4 with a negative count and missing cells")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
