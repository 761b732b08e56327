#!/usr/bin/env python3
"""JIANFU_RULE_STATS=1: `jianfu check` prints, after the report, one line per
rule to stderr (rules/README.md, "Which rule is slow"). Over the case
fixtures, with --jobs 1 and 2 (each worker's engine counts its own calls,
the sums are printed once):

- stdout is byte for byte what it is without the variable, and without it
  stderr holds no stats;
- every loaded rule has a line, in load order, and the last line sums them;
- for each rule woken = skipped (prohibited + unless + needs + metric) + calls, and
  a rule without calls has no findings;
- the findings sum to the findings of the JSON report, per rule too;
- the counts do not depend on --jobs, nor on JIANFU_CHECK_PROMISES (which
  makes the skipped calls but counts them as skipped);
- each kind of skip happens somewhere (the fixtures exercise all three).

    tests/cli/rule_stats.py JIANFU
"""
import collections
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLS = ["woken", "prohibited", "unless", "needs", "metric", "calls", "findings", "us"]


def run(jianfu, files, jobs, env_extra):
    env = dict(os.environ, JIANFU_RULES_DIR="rules", NO_COLOR="1")
    env.pop("JIANFU_RULE_STATS", None)
    env.pop("JIANFU_CHECK_PROMISES", None)
    env.update(env_extra)
    p = subprocess.run([jianfu, "check", "--format", "json", "--jobs", str(jobs)] + files,
                       cwd=ROOT, env=env, capture_output=True, timeout=300)
    if p.returncode not in (0, 1):
        raise SystemExit(f"jianfu exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout, p.stderr.decode()


def parse(stderr):
    """[(rule, {col: int})] from the stats lines, header checked."""
    lines = [l.split() for l in stderr.splitlines() if l.startswith("jianfu: stats ")]
    if not lines or lines[0][2:] != ["rule"] + COLS:
        raise AssertionError(f"no stats header in stderr:\n{stderr}")
    rows = []
    for parts in lines[1:]:
        name = " ".join(parts[2:-len(COLS)])
        rows.append((name, dict(zip(COLS, map(int, parts[-len(COLS):])))))
    return rows


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    jianfu = os.path.abspath(sys.argv[1])
    cases = os.path.join(ROOT, "fixtures", "cases")
    files = sorted(os.path.relpath(p, ROOT) for p in
                   glob.glob(os.path.join(cases, "*.txt")) + glob.glob(os.path.join(cases, "*.yaml")))
    errors = []

    def expect(cond, what):
        if not cond:
            errors.append(what)

    plain_out, plain_err = run(jianfu, files, 1, {})
    expect("jianfu: stats" not in plain_err, "stats printed without JIANFU_RULE_STATS")
    report = json.loads(plain_out)
    per_rule = collections.Counter(f["rule"] for fl in report["files"] for f in fl["findings"])
    rules = subprocess.run([jianfu, "rules", "list"], cwd=ROOT, capture_output=True, text=True,
                           env=dict(os.environ, JIANFU_RULES_DIR="rules")).stdout

    seen = {}
    for label, jobs, extra in [("jobs 1", 1, {}), ("jobs 2", 2, {}),
                               ("promises checked", 2, {"JIANFU_CHECK_PROMISES": "1"})]:
        out, err = run(jianfu, files, jobs, dict(extra, JIANFU_RULE_STATS="1"))
        expect(out == plain_out, f"{label}: stdout differs from the run without stats")
        rows = parse(err)
        *each, (total_name, total) = rows
        expect(total_name == "(all rules)", f"{label}: the last line is not the sum")
        for name, r in each:
            expect(name in rules, f"{label}: unknown rule {name}")
            skipped = r["prohibited"] + r["unless"] + r["needs"] + r["metric"]
            expect(r["woken"] == skipped + r["calls"],
                   f"{label}: {name}: woken {r['woken']} != skipped {skipped} + calls {r['calls']}")
            expect(r["calls"] > 0 or r["findings"] == 0, f"{label}: {name}: findings without calls")
            expect(r["findings"] == per_rule.get(name, 0),
                   f"{label}: {name}: {r['findings']} findings counted, "
                   f"{per_rule.get(name, 0)} in the report")
        for c in COLS:
            if c != "us":
                expect(total[c] == sum(r[c] for _, r in each), f"{label}: total {c} is not the sum")
        expect(total["findings"] == sum(per_rule.values()),
               f"{label}: {total['findings']} findings counted, {sum(per_rule.values())} reported")
        for c in ("prohibited", "needs", "metric"):
            expect(total[c] > 0, f"{label}: no call skipped by {c}")
        counts = {n: {c: v for c, v in r.items() if c != "us"} for n, r in each}
        for other, prev in seen.items():
            expect(counts == prev, f"{label}: counts differ from {other}")
        seen[label] = counts

    for e in errors:
        print("rule-stats:", e)
    print("rule-stats:", "FAILED" if errors else "ok", f"({len(files)} files)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
