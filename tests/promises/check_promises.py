#!/usr/bin/env python3
"""Check the rules' promises (rules/README.md: skip_prohibited, needs, and the
engine's dry run of a metric_check) on everything the project has labeled.

    tests/promises/check_promises.py JIANFU            the bundled rules
    tests/promises/check_promises.py JIANFU --broken   this test can fail

With JIANFU_CHECK_PROMISES=1 jianfu makes every call a promise would skip and
turns a finding from one into a rule error. The first form runs it over the
development corpus (docs/ and every clauses.tsv row as its own document, as
tools/score.py makes them), the held-out set, the case fixtures and a 1 MB
bench file, and fails on any error. --broken loads broken_promises.lua,
whose rules promise what they do not keep, and fails unless each broken
promise is reported as the error it should be.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import score  # noqa: E402  (read_tsv, materialize: the clause documents)


def run(jianfu, args):
    env = dict(os.environ, JIANFU_CHECK_PROMISES="1", JIANFU_RULES_DIR=os.path.join(ROOT, "rules"))
    p = subprocess.run([jianfu, "check", "--format", "json", "--jobs", "2", "--no-color",
                        "--max-file-size", "67108864"] + args,
                       cwd=ROOT, env=env, capture_output=True, timeout=900)
    if p.returncode not in (0, 1, 2):
        raise SystemExit(f"jianfu exited {p.returncode}: {p.stderr.decode(errors='replace')[:2000]}")
    doc = json.loads(p.stdout)
    errors = list(doc.get("errors", []))
    for f in doc.get("files", []):
        errors += f.get("errors", [])
    return p.returncode, errors, len(doc.get("files", []))


def docs_of(d):
    return [os.path.join(d, n) for n in sorted(os.listdir(d))
            if n != "labels.tsv" and not n.startswith("README")]


def corpus(jianfu):
    with tempfile.TemporaryDirectory(prefix="jianfu-promises-") as tmp:
        paths = []
        for name in ("corpus", "heldout"):
            fx = os.path.join(ROOT, "fixtures", name)
            if os.path.isfile(os.path.join(fx, "clauses.tsv")):
                out = os.path.join(tmp, name)
                os.mkdir(out)
                score.materialize(score.read_tsv(os.path.join(fx, "clauses.tsv")), out)
                paths.append(out)
            if os.path.isdir(os.path.join(fx, "docs")):
                paths += docs_of(os.path.join(fx, "docs"))
        cases = os.path.join(ROOT, "fixtures", "cases")
        if os.path.isdir(cases):
            paths += [p for p in docs_of(cases) if not p.endswith(".tsv")]
        bench = os.path.join(tmp, "bench")
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "bench_gen.py"), "--out", bench,
                        "--size-mb", "1"], check=True, stdout=subprocess.DEVNULL)
        paths.append(os.path.join(bench, "big.md"))
        _, errors, n = run(jianfu, paths)
    for e in errors:
        print(f"{e.get('file')}:{e.get('line')}: {e.get('message')}")
    print(f"promises: {n} files checked, {len(errors)} errors")
    return 1 if errors or n < 100 else 0


# (rule, promise words the error must name, line of the clause in broken.md)
EXPECTED = [
    ("broken-needs", "broken promise 'needs'", 3),
    ("broken-prohibited", "broken promise 'skip_prohibited'", 5),
    ("broken-unless", "broken promise 'skip_unless'", 9),
    ("broken-groups", "broken promise 'needs'", 11),
    ("broken-row", "broken promise 'needs'", 13),
]


def broken(jianfu):
    rc, errors, _ = run(jianfu, ["--no-default-rules", "--rules",
                                 os.path.join(HERE, "broken_promises.lua"),
                                 os.path.join(HERE, "broken.md")])
    fail = 0 if rc == 2 else 1
    if fail:
        print(f"expected exit status 2, got {rc}")
    for rule, words, line in EXPECTED:
        hit = [e for e in errors if e.get("line") == line and f"rule '{rule}' failed" in
               e.get("message", "") and words in e.get("message", "")]
        if not hit:
            print(f"missing: line {line}: rule '{rule}' … {words}")
            fail = 1
    kept = [e for e in errors if "kept-" in e.get("message", "")]
    for e in kept:
        print(f"a kept promise reported as broken: {e.get('message')}")
        fail = 1
    for e in errors:
        print(f"{e.get('file')}:{e.get('line')}: {e.get('message')}")
    print("promises: broken promises", "not all reported" if fail else "reported")
    return fail


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    jianfu = os.path.abspath(sys.argv[1])
    return broken(jianfu) if sys.argv[2:] == ["--broken"] else corpus(jianfu)


if __name__ == "__main__":
    sys.exit(main())
