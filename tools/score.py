#!/usr/bin/env python3
"""Accuracy of jianfu on the labeled corpus (Python 3 standard library only).

    tools/score.py --jianfu build/jianfu [--corpus fixtures/corpus]
                   [--min-precision 0.95 --min-recall 0.95] [--verbose]

* clauses.tsv: every row becomes its own document `<id>.txt` in a temporary
  directory (title on line 1 and the clause on line 2 if the row has a title,
  else the clause on line 1; `\\n` becomes a real line break; gb18030 rows are
  GB18030-encoded, the others UTF-8); ONE `jianfu check --format json --jobs 1
  <tmpdir>` run; the predicted set of categories of a file (any line) is
  compared with the row's expected set.
* docs/: ONE run over the documents (every file of docs/ except labels.tsv and
  READMEs); (file, line, category) triples are compared with docs/labels.tsv.

Suppressed findings are ignored.  Prints per-category TP/FP/FN, precision,
recall and F1 (clauses and documents together), overall micro figures, the
false-alarm rate on compliant units (clauses expected silent; non-blank
document lines not in labels.tsv), and lists misses and false alarms (first 30
of each unless --verbose).

Exit status: 0 = thresholds met; 1 = overall precision or recall below a
threshold; 2 = jianfu could not be run, its output is not valid JSON, or a
file has errors (they are printed).
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

CATEGORIES = [
    "app-usage-metric", "install-registration-quota", "forced-engagement",
    "checkin", "online-time", "points-ranking", "trace-evidence",
    "data-entry-quota", "chat-group-burden", "duplicate-reporting",
]

DOC_EXTS = (".txt", ".md", ".markdown", ".yaml", ".yml", ".docx", ".csv")


class RunError(Exception):
    """jianfu could not be run or reported file errors."""


def run_jianfu(jianfu, paths, cwd=None, timeout=900):
    """Run `jianfu check --format json --jobs 1 PATHS...`.

    Returns {basename: [finding, ...]} of unsuppressed findings, keyed by the
    file's base name (paths may be printed as given or relative to a given
    directory), plus the list of (path, error) pairs.  Raises RunError when
    jianfu cannot run or its output cannot be parsed.
    """
    cmd = [jianfu, "check", "--format", "json", "--jobs", "1"] + list(paths)
    try:
        proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except FileNotFoundError:
        raise RunError(f"cannot execute {jianfu}")
    except PermissionError:
        raise RunError(f"{jianfu} is not executable")
    except subprocess.TimeoutExpired:
        raise RunError(f"jianfu did not finish within {timeout} s")
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode not in (0, 1, 2):
        raise RunError(f"jianfu exited with status {proc.returncode}"
                       + (f":\n{stderr}" if stderr else ""))
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
        files = doc["files"]
        if not isinstance(files, list):
            raise TypeError("files is not a list")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
        head = proc.stdout[:400].decode("utf-8", "replace")
        raise RunError(f"jianfu output is not the JSON of OUTPUT.md ({e}); "
                       f"status {proc.returncode}; stdout begins:\n{head}"
                       + (f"\nstderr:\n{stderr}" if stderr else ""))
    found, errors = {}, []
    for f in files:
        path = f.get("path", "")
        key = os.path.basename(path)
        lst = found.setdefault(key, [])
        for fd in f.get("findings") or []:
            if fd.get("suppressed"):
                continue
            lst.append(fd)
        for err in f.get("errors") or []:
            errors.append((path, err))
    if proc.returncode == 2 and not errors:
        errors.append(("(run)", {"message": "jianfu exited with status 2"
                                 + (f": {stderr}" if stderr else "")}))
    return found, errors


def fmt_errors(errors):
    out = []
    for path, err in errors:
        if isinstance(err, dict):
            line = err.get("line")
            msg = err.get("message", json.dumps(err, ensure_ascii=False))
            out.append(f"  {path}{':' + str(line) if line else ''}: {msg}")
        else:
            out.append(f"  {path}: {err}")
    return "\n".join(out)


def show(text, width=90):
    """A one-line, visible rendering of a clause for the report."""
    rep = {"\n": "⏎", "\u200b": "<U+200B>", "\u200c": "<U+200C>",
           "\ufeff": "<U+FEFF>", "\t": " "}
    s = "".join(rep.get(ch, ch) for ch in text)
    return s if len(s) <= width else s[:width - 1] + "…"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path}:{n}: expected {len(header)} columns, got {len(cells)}")
        rows.append(dict(zip(header, cells)))
    return rows


def split_cats(s):
    s = s.strip()
    return set() if s in ("", "-") else {c.strip() for c in s.split(",") if c.strip()}


def decode_doc(data):
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def materialize(rows, tmp):
    for r in rows:
        text = r["text"].replace("\\n", "\n")
        body = (r["title"] + "\n" + text if r["title"] else text) + "\n"
        enc = "gb18030" if r["form"] == "gb18030" else "utf-8"
        with open(os.path.join(tmp, r["id"] + ".txt"), "wb") as f:
            f.write(body.encode(enc))


class Tally:
    def __init__(self):
        self.tp = collections.Counter()
        self.fp = collections.Counter()
        self.fn = collections.Counter()

    def add(self, expected, got):
        for c in expected & got:
            self.tp[c] += 1
        for c in got - expected:
            self.fp[c] += 1
        for c in expected - got:
            self.fn[c] += 1

    def totals(self):
        return sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jianfu", required=True, help="path of the jianfu binary")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "fixtures", "corpus"))
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument("--min-recall", type=float, default=0.95)
    ap.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--keep", action="store_true", help="keep the temporary clause documents")
    args = ap.parse_args()

    jianfu = os.path.abspath(args.jianfu) if os.sep in args.jianfu else args.jianfu
    corpus = os.path.abspath(args.corpus)
    rows = read_tsv(os.path.join(corpus, "clauses.tsv"))
    ddir = os.path.join(corpus, "docs")
    labels = read_tsv(os.path.join(ddir, "labels.tsv")) if os.path.isdir(ddir) else []
    doc_files = sorted(
        n for n in os.listdir(ddir)
        if n.lower().endswith(DOC_EXTS) and not n.lower().startswith("readme")
    ) if os.path.isdir(ddir) else []

    for r in rows:
        for c in split_cats(r["expected"]):
            if c not in CATEGORIES:
                raise SystemExit(f"clauses.tsv {r['id']}: unknown category {c}")

    tmp = tempfile.mkdtemp(prefix="jianfu-score-")
    try:
        materialize(rows, tmp)
        try:
            cfound, cerr = run_jianfu(jianfu, [tmp])
            dfound, derr = (run_jianfu(jianfu, [os.path.join(ddir, n) for n in doc_files])
                            if doc_files else ({}, []))
        except RunError as e:
            print(f"score: {e}", file=sys.stderr)
            return 2
    finally:
        if args.keep:
            print(f"clause documents kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if cerr or derr:
        print("score: jianfu reported errors:", file=sys.stderr)
        print(fmt_errors(cerr + derr), file=sys.stderr)
        return 2

    warnings = []
    all_t, cl_t, doc_t = Tally(), Tally(), Tally()
    form_t = collections.defaultdict(Tally)  # clause rows by text form
    misses, alarms = [], []

    # ---- clause rows
    compliant_rows = alarmed_rows = 0
    for r in rows:
        name = r["id"] + ".txt"
        if name not in cfound:
            warnings.append(f"{name}: not in jianfu's output (counted as no finding)")
        got = {fd.get("category", "?") for fd in cfound.get(name, [])}
        exp = split_cats(r["expected"])
        cl_t.add(exp, got)
        all_t.add(exp, got)
        form_t[r["form"]].add(exp, got)
        if not exp:
            compliant_rows += 1
            alarmed_rows += bool(got)
        unit = (r["id"], r["form"], ",".join(sorted(exp)) or "-",
                ",".join(sorted(got)) or "-", show(r["text"]))
        if exp - got:
            misses.append(unit)
        if got - exp:
            alarms.append(unit)

    # ---- documents
    want = collections.defaultdict(set)
    for lab in labels:
        want[(lab["file"], int(lab["line"]))] |= split_cats(lab["categories"])
    for (fname, _), cats in want.items():
        if fname not in doc_files:
            raise SystemExit(f"labels.tsv names {fname}, which is not in {ddir}")
        for c in cats:
            if c not in CATEGORIES:
                raise SystemExit(f"labels.tsv {fname}: unknown category {c}")
    have = collections.defaultdict(set)
    for fname in doc_files:
        if fname not in dfound:
            warnings.append(f"docs/{fname}: not in jianfu's output (counted as no finding)")
        for fd in dfound.get(fname, []):
            have[(fname, int(fd.get("line", 0)))].add(fd.get("category", "?"))
    doc_lines = {}
    compliant_lines = alarmed_lines = 0
    for fname in doc_files:
        with open(os.path.join(ddir, fname), "rb") as f:
            lines = decode_doc(f.read()).split("\n")
        for i, text in enumerate(lines, 1):
            doc_lines[(fname, i)] = text
            if text.strip() and (fname, i) not in want:
                compliant_lines += 1
                alarmed_lines += bool(have.get((fname, i)))
    for key in sorted(set(want) | set(have)):
        exp, got = want.get(key, set()), have.get(key, set())
        doc_t.add(exp, got)
        all_t.add(exp, got)
        unit = (f"{key[0]}:{key[1]}", "doc", ",".join(sorted(exp)) or "-",
                ",".join(sorted(got)) or "-", show(doc_lines.get(key, "")))
        if exp - got:
            misses.append(unit)
        if got - exp:
            alarms.append(unit)

    # ---- report
    cats = CATEGORIES + sorted((set(all_t.fp) | set(all_t.tp)) - set(CATEGORIES))
    print(f"corpus: {len(rows)} clauses ({compliant_rows} compliant), "
          f"{len(doc_files)} documents ({len(want)} labeled lines, "
          f"{compliant_lines} other non-blank lines)")
    print()
    hdr = f"{'category':28} {'TP':>5} {'FP':>5} {'FN':>5} {'prec':>7} {'recall':>7} {'F1':>7}"
    print(hdr)
    print("-" * len(hdr))
    for c in cats:
        tp, fp, fn = all_t.tp[c], all_t.fp[c], all_t.fn[c]
        p, r, f = prf(tp, fp, fn)
        mark = "" if c in CATEGORIES else "  (not a TAXONOMY id)"
        print(f"{c:28} {tp:5} {fp:5} {fn:5} {p:7.3f} {r:7.3f} {f:7.3f}{mark}")
    print("-" * len(hdr))
    for label, t in (("clauses (micro)", cl_t), ("documents (micro)", doc_t),
                     ("overall (micro)", all_t)):
        tp, fp, fn = t.totals()
        p, r, f = prf(tp, fp, fn)
        print(f"{label:28} {tp:5} {fp:5} {fn:5} {p:7.3f} {r:7.3f} {f:7.3f}")
    print()
    far_c = alarmed_rows / compliant_rows if compliant_rows else 0.0
    far_d = alarmed_lines / compliant_lines if compliant_lines else 0.0
    far_all = ((alarmed_rows + alarmed_lines) / (compliant_rows + compliant_lines)
               if compliant_rows + compliant_lines else 0.0)
    print(f"false-alarm rate on compliant units: clauses {alarmed_rows}/{compliant_rows} "
          f"({far_c:.1%}), document lines {alarmed_lines}/{compliant_lines} ({far_d:.1%}), "
          f"overall {far_all:.1%}")

    print()
    print("clause rows by text form (each form must be seen through, not just simplified text)")
    hdr2 = f"{'form':28} {'TP':>5} {'FP':>5} {'FN':>5} {'prec':>7} {'recall':>7}"
    print(hdr2)
    print("-" * len(hdr2))
    for form in sorted(form_t):
        tp, fp, fn = form_t[form].totals()
        p, r, _ = prf(tp, fp, fn)
        print(f"{form:28} {tp:5} {fp:5} {fn:5} {p:7.3f} {r:7.3f}")

    limit = None if args.verbose else 30
    for title, units in (("misses (expected, not found)", misses),
                         ("false alarms (found, not expected)", alarms)):
        print()
        print(f"{title}: {len(units)}")
        for u in units[:limit]:
            print(f"  {u[0]:<40} [{u[1]}] expected {u[2]}; got {u[3]}\n      {u[4]}")
        if limit is not None and len(units) > limit:
            print(f"  … {len(units) - limit} more (use --verbose)")
    for w in warnings[:limit]:
        print(f"warning: {w}", file=sys.stderr)
    if limit is not None and len(warnings) > limit:
        print(f"warning: … {len(warnings) - limit} more", file=sys.stderr)

    tp, fp, fn = all_t.totals()
    p, r, _ = prf(tp, fp, fn)
    print()
    ok = p >= args.min_precision and r >= args.min_recall
    print(f"overall precision {p:.3f} (min {args.min_precision}), "
          f"recall {r:.3f} (min {args.min_recall}): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
