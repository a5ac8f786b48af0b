#!/usr/bin/env python3
"""`nianbao lint --format sarif` over the examples, a broken copy and an
input that cannot be compiled validates against the SARIF 2.1.0 schema
(draft-04), lists every rule, and has one result per diagnostic.

usage: validate_sarif.py NIANBAO SCHEMA EXAMPLES_DIR
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema


def run(*args):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, timeout=120)


def original_file_regions(nianbao, validator, corpus):
    """A web page's results carry the HTML source's region, a PDF's a page."""
    failures = []
    page, pdf = corpus / "shanghai-gov-office-2019.html", corpus / "huaian-gov-2024.pdf"
    log = json.loads(run(nianbao, "lint", "--format", "sarif", page, pdf).stdout)
    for error in validator.iter_errors(log):
        failures.append(f"corpus: {'/'.join(map(str, error.path))}: {error.message}")
    lines = len(page.read_text(encoding="utf-8").split("\n"))
    for result in log["runs"][0]["results"]:
        location = result["locations"][0]
        artifact = location["physicalLocation"]["artifactLocation"]["index"]
        region = location["physicalLocation"].get("region")
        if artifact == 0 and region and not 1 <= region["startLine"] <= lines:
            failures.append(f"{page.name}: {result['ruleId']} at line {region['startLine']} of a {lines}-line page")
        if artifact == 1 and (region or not location.get("logicalLocations")):
            failures.append(f"{pdf.name}: {result['ruleId']} has no page location: {location}")
    return failures


def main():
    nianbao, schema_path, examples = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        text = (examples / "000_e3c010c5c349aa33.txt").read_text(encoding="utf-8")
        broken = tmp / "broken 000.txt"  # a space in the name: the URI must encode it
        broken.write_text(text.replace("行政许可\t2498", "行政许可\t约2498"), encoding="utf-8")
        binary = tmp / "binary.txt"
        binary.write_bytes(b"\x00\x01\x02")
        inputs = sorted(examples.glob("*.txt")) + [broken, binary]
        sarif_run = run(nianbao, "lint", "--format", "sarif", *inputs)
        json_run = run(nianbao, "lint", "--format", "json", *inputs)
    if sarif_run.returncode != 1:
        failures.append(f"exit code {sarif_run.returncode}, expected 1: {sarif_run.stderr}")
    log = json.loads(sarif_run.stdout)
    for error in validator.iter_errors(log):
        failures.append(f"{'/'.join(map(str, error.path))}: {error.message}")

    sarif = log["runs"][0]
    rules = json.loads(run(nianbao, "rules", "--format", "json").stdout)["rules"]
    if [r["id"] for r in sarif["tool"]["driver"]["rules"]] != [r["id"] for r in rules]:
        failures.append("tool.driver.rules is not the rule catalogue")
    if sarif.get("columnKind") != "unicodeCodePoints":
        failures.append("columnKind is not unicodeCodePoints")
    expected = [(f["path"], d["rule"], d["span"]["line"] if d["span"] else None)
                for f in json.loads(json_run.stdout)["files"] for d in f["diagnostics"]]
    uris = [a["location"]["uri"] for a in sarif["artifacts"]]
    got = [(uris[r["locations"][0]["physicalLocation"]["artifactLocation"]["index"]], r["ruleId"],
            r["locations"][0]["physicalLocation"].get("region", {}).get("startLine")) for r in sarif["results"]]
    if [(rule, line) for _, rule, line in expected] != [(rule, line) for _, rule, line in got]:
        failures.append("results differ from the diagnostics of --format json")
    if not any(u.endswith("broken%20000.txt") for u in uris):
        failures.append(f"artifact URIs not percent-encoded: {uris}")
    if sarif["invocations"][0]["executionSuccessful"] or not sarif["invocations"][0]["toolExecutionNotifications"]:
        failures.append("the binary input is not reported as a failed execution")
    for rule_index, result in enumerate(sarif["results"]):
        rule = sarif["tool"]["driver"]["rules"][result["ruleIndex"]]
        if rule["id"] != result["ruleId"]:
            failures.append(f"result {rule_index}: ruleIndex points at {rule['id']}")
    if len(sys.argv) > 4:
        failures += original_file_regions(nianbao, validator, pathlib.Path(sys.argv[4]))
    print(f"{len(sarif['results'])} results, {len(sarif['tool']['driver']['rules'])} rules")
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
