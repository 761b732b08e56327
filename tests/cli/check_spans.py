#!/usr/bin/env python3
"""Spans map back to the original file, in every text form.

Runs the span-probe test rule over the labeled corpus (traditional,
full-width, Chinese numerals, PDF spacing, broken lines, zero-width,
GB18030), the corpus documents and the case fixtures. For every finding it
cuts [line:column, end_line:end_column) out of the ORIGINAL file (columns in
code points), normalizes that text again through `jianfu clauses`, and
requires it to equal the term the rule matched in the normalized text. It
also checks that every finding of the real rule pack lies inside its
excerpt. Usage: check_spans.py JIANFU_BIN (from the repository root).
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
import score  # noqa: E402  (read_tsv, materialize, decode_doc)

BIN = sys.argv[1]
PROBE = "tests/cli/rules/span-probe.lua"
problems = []


def check_json(args, rules):
    p = subprocess.run([BIN, "check", "--format", "json", "--jobs", "1", *rules, *args],
                       capture_output=True)
    if p.returncode == 2:
        sys.exit(f"jianfu failed:\n{p.stderr.decode()}")
    return json.loads(p.stdout)


def cut(path, f):
    text = score.decode_doc(open(path, "rb").read())
    lines = text.split("\n")
    out = []
    for ln in range(f["line"], f["end_line"] + 1):
        s = lines[ln - 1].rstrip("\r")
        a = f["column"] - 1 if ln == f["line"] else 0
        b = f["end_column"] - 1 if ln == f["end_line"] else len(s)
        out.append(s[a:b])
    return "\n".join(out)


def neighbours(path, f):
    """The nearest non-space characters before and after the span, on its
    lines, when they are CJK ideographs or punctuation (else "")."""
    text = score.decode_doc(open(path, "rb").read())
    lines = text.split("\n")
    a = lines[f["line"] - 1].rstrip("\r")[:f["column"] - 1].rstrip()
    b = lines[f["end_line"] - 1].rstrip("\r")[f["end_column"] - 1:].lstrip()

    def cjk(ch):
        return bool(ch) and (0x3000 <= ord(ch) <= 0x9FFF or ch in "“”‘’")
    return (a[-1] if a and cjk(a[-1]) else "", b[0] if b and cjk(b[0]) else "")


with tempfile.TemporaryDirectory() as tmp:
    cl = os.path.join(tmp, "clauses")
    os.mkdir(cl)
    score.materialize(score.read_tsv("fixtures/corpus/clauses.tsv"), cl)
    targets = [cl, "fixtures/corpus/docs", "fixtures/cases"]
    probe = check_json(targets, ["--no-default-rules", "--rules", PROBE])
    frags = os.path.join(tmp, "frags")
    os.mkdir(frags)
    want, want_ctx = {}, {}
    n = 0
    for f in probe["files"]:
        if f["path"].endswith((".yaml", ".yml")):
            # a fragment of a YAML value is text; keep the clause machinery the same
            pass
        for g in f["findings"]:
            n += 1
            orig = cut(f["path"], g)
            if orig not in g["excerpt"]:
                problems.append(f"{f['path']}:{g['line']}:{g['column']}: span {orig!r} is not "
                                f"inside the excerpt {g['excerpt']!r}")
            name = f"{n:06d}.txt"
            # one fragment per file; a leading title-like line would not change it
            open(os.path.join(frags, name), "w", encoding="utf-8").write(orig)
            want[name] = (g["evidence"]["term"], f["path"], g["line"], g["column"], orig)
            want_ctx[name] = neighbours(f["path"], g)
    p = subprocess.run([BIN, "clauses", "--json", frags], capture_output=True)
    got = {os.path.basename(d["path"]): "".join(c["text"] for c in d["clauses"])
           for d in json.loads(p.stdout)}
    # A span whose normalization depends on the characters around it (PDF
    # spacing in a Latin word, "两 个 A P P 中", is dropped only between
    # Chinese text) is normalized again with its nearest non-space neighbour
    # on each side; without the neighbours' own characters it must be the term.
    ctx = os.path.join(tmp, "ctx")
    os.mkdir(ctx)
    redo = {}
    for name, (term, path, line, col, orig) in sorted(want.items()):
        if got.get(name) == term:
            continue
        before, after = want_ctx[name]
        if before and after:
            open(os.path.join(ctx, name), "w", encoding="utf-8").write(before + orig + after)
            redo[name] = True
    got2 = {}
    if redo:
        p = subprocess.run([BIN, "clauses", "--json", ctx], capture_output=True)
        got2 = {os.path.basename(d["path"]): "".join(c["text"] for c in d["clauses"])
                for d in json.loads(p.stdout)}
    for name, (term, path, line, col, orig) in sorted(want.items()):
        if got.get(name) == term or (name in got2 and got2[name][1:-1] == term):
            continue
        problems.append(f"{path}:{line}:{col}: original span {orig!r} normalizes to "
                        f"{got.get(name)!r}, expected {term!r}")
    # the real rule pack: every span inside its excerpt
    real = check_json(targets, [])
    m = 0
    for f in real["files"]:
        for g in f["findings"]:
            m += 1
            orig = cut(f["path"], g)
            if not orig or orig not in g["excerpt"]:
                problems.append(f"{f['path']}:{g['line']}:{g['column']} [{g['rule']}]: span "
                                f"{orig!r} not inside the excerpt")

for p in problems[:40]:
    print("FAIL:", p)
print(f"spans: {n} probe spans and {m} rule-pack spans checked; {len(problems)} problems")
sys.exit(1 if problems or n < 500 else 0)
