#!/usr/bin/env python3
"""The stages depend on earlier stages only (README, *How it is built*):
input → grammar → model → lint → backends → cli. A file may include headers of
its own stage and of the stages before it; of grammar/, later stages see only
the parse driver's interface, grammar/parse.hpp. Lint reads the model only, so
no file in lint/ asks the source for its text. One exception: the web page
and PDF front-ends of input/ find the report inside a page by its title and
headings, which they ask of the grammar's single-line interface (parse.hpp)."""
import pathlib
import re
import sys

ORDER = ["input", "grammar", "model", "lint", "backends", "cli"]
INCLUDE = re.compile(r'#include\s+"([a-z_]+)/([^"]+)"')


def problems(root):
    for stage_index, stage in enumerate(ORDER):
        for path in sorted((root / stage).rglob("*.[ch]pp")):
            text = path.read_text(encoding="utf-8")
            for line_no, line in enumerate(text.splitlines(), 1):
                match = INCLUDE.search(line)
                if match:
                    target, header = match.groups()
                    if target not in ORDER:
                        continue
                    where = f"{path.relative_to(root)}:{line_no}"
                    front_end_asks_grammar = stage == "input" and target == "grammar" and header == "parse.hpp"
                    if ORDER.index(target) > stage_index and not front_end_asks_grammar:
                        yield f"{where}: {stage}/ includes the later stage {target}/{header}"
                    elif target == "grammar" and stage not in ("grammar",) and header != "parse.hpp":
                        yield f"{where}: {stage}/ includes grammar/{header}, not the interface grammar/parse.hpp"
                if stage == "lint" and re.search(r"\bsource\w*(\.|->)text\(\)", line):
                    yield f"{where}: lint/ reads the source text"


def main():
    root = pathlib.Path(sys.argv[1])
    found = list(problems(root))
    for problem in found:
        print(problem)
    print(f"{len(found)} dependency problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
