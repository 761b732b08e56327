#!/usr/bin/env python3
"""Check jianfu against the precedent fixtures (Python 3 standard library only).

    tools/check_cases.py --jianfu build/jianfu [--cases fixtures/cases]

Runs `jianfu check --format json --jobs 1` once over every fixture in
fixtures/cases (*.yaml, *.yml, *.txt, *.md) and compares the set of
(file, line, category) of its unsuppressed findings with
fixtures/cases/expected.tsv, exactly and in both directions.

Exit status: 0 = identical; 1 = mismatch (a diff is printed: `-` expected but
not reported, `+` reported but not expected); 2 = jianfu could not be run,
its output is not valid JSON, or a file has errors.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import ROOT, RunError, fmt_errors, run_jianfu  # noqa: E402

EXTS = (".yaml", ".yml", ".txt", ".md")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jianfu", required=True, help="path of the jianfu binary")
    ap.add_argument("--cases", default=os.path.join(ROOT, "fixtures", "cases"))
    args = ap.parse_args()

    jianfu = os.path.abspath(args.jianfu) if os.sep in args.jianfu else args.jianfu
    cases = os.path.abspath(args.cases)
    names = sorted(n for n in os.listdir(cases) if n.lower().endswith(EXTS))
    if not names:
        print(f"check_cases: no fixtures in {cases}", file=sys.stderr)
        return 2

    expected = set()
    with open(os.path.join(cases, "expected.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            cells = line.rstrip("\n").split("\t")
            if n == 1 and cells[0] == "file":
                continue
            if not line.strip():
                continue
            if len(cells) != 3:
                raise SystemExit(f"expected.tsv:{n}: need file<TAB>line<TAB>category")
            name = os.path.basename(cells[0])
            if name not in names:
                raise SystemExit(f"expected.tsv:{n}: {cells[0]} is not a fixture")
            expected.add((name, int(cells[1]), cells[2]))

    try:
        found, errors = run_jianfu(jianfu, [os.path.join(cases, n) for n in names])
    except RunError as e:
        print(f"check_cases: {e}", file=sys.stderr)
        return 2
    if errors:
        print("check_cases: jianfu reported errors:", file=sys.stderr)
        print(fmt_errors(errors), file=sys.stderr)
        return 2

    got = set()
    for name, findings in found.items():
        for fd in findings:
            got.add((name, int(fd.get("line", 0)), fd.get("category", "?")))
    missing = [n for n in names if n not in found]

    rel = os.path.relpath(cases, ROOT) if cases.startswith(ROOT + os.sep) else cases
    diff = sorted([("-",) + t for t in expected - got] + [("+",) + t for t in got - expected],
                  key=lambda d: (d[1], d[2], d[3], d[0]))
    for n in missing:
        print(f"warning: {n} is not in jianfu's output", file=sys.stderr)
    if not diff:
        print(f"check_cases: {len(names)} fixtures, {len(expected)} expected findings: all match")
        return 0
    print(f"check_cases: mismatch ({sum(d[0] == '-' for d in diff)} missing, "
          f"{sum(d[0] == '+' for d in diff)} unexpected)")
    print("--- expected.tsv")
    print("+++ jianfu")
    for sign, name, line, cat in diff:
        print(f"{sign}{rel}/{name}\t{line}\t{cat}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
