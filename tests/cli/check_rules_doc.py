#!/usr/bin/env python3
"""docs/rules.md is the output of `nianbao rules --format markdown`: fails,
with the difference and the command that regenerates the file, when the two
have drifted apart.

usage: check_rules_doc.py NIANBAO DOCS_RULES_MD
"""
import difflib
import pathlib
import subprocess
import sys

REGENERATE = "build/nianbao rules --format markdown > docs/rules.md"


def main():
    nianbao, document = sys.argv[1], pathlib.Path(sys.argv[2])
    result = subprocess.run([nianbao, "rules", "--format", "markdown"], capture_output=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"`nianbao rules --format markdown` exited with {result.returncode}:\n"
                 + result.stderr.decode(errors="replace"))
    generated = result.stdout.decode()
    committed = document.read_text(encoding="utf-8") if document.exists() else ""
    if generated == committed:
        print(f"{document} matches `nianbao rules --format markdown`")
        return
    diff = difflib.unified_diff(committed.splitlines(keepends=True), generated.splitlines(keepends=True),
                                fromfile=f"{document} (committed)", tofile="nianbao rules --format markdown")
    sys.stdout.writelines(list(diff)[:200])
    sys.exit(f"\n{document} is out of date with the rule registry. Regenerate it from the repository root:\n\n"
             f"    {REGENERATE}\n\nand commit the result.")


if __name__ == "__main__":
    main()
