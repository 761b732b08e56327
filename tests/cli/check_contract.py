#!/usr/bin/env python3
"""The public output contract (shared/spec/OUTPUT.md), checked on real runs.

JSON: every required field with its type on every finding and error; exit
statuses. SARIF: valid against the SARIF 2.1.0 schema. All formats report the
same findings as JSON. Usage: check_contract.py JIANFU_BIN (from the repo root).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BIN = sys.argv[1]
CATEGORIES = {"app-usage-metric", "install-registration-quota", "forced-engagement", "checkin",
              "online-time", "points-ranking", "trace-evidence", "data-entry-quota",
              "chat-group-burden", "duplicate-reporting"}
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, input=stdin)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def check_type(where, obj, key, types, required=True):
    if key not in obj:
        if required:
            fail(f"{where}: missing '{key}'")
        return
    if not isinstance(obj[key], types) or isinstance(obj[key], bool) and bool not in (
            types if isinstance(types, tuple) else (types,)):
        fail(f"{where}: '{key}' has type {type(obj[key]).__name__}")


def check_json_doc(doc, where):
    check_type(where, doc, "schema", int)
    if doc.get("schema") != 1:
        fail(f"{where}: schema is {doc.get('schema')!r}")
    if doc.get("tool", {}).get("name") != "jianfu":
        fail(f"{where}: tool.name")
    check_type(where, doc.get("tool", {}), "version", str)
    for f in doc.get("files", []):
        w = f"{where}:{f.get('path')}"
        for k, t in (("path", str), ("format", (str, type(None))), ("sha256", (str, type(None))),
                     ("findings", list), ("errors", list)):
            check_type(w, f, k, t)
        for g in f.get("findings", []):
            for k, t in (("rule", str), ("category", str), ("severity", str), ("message", str),
                         ("line", int), ("column", int), ("excerpt", str),
                         ("end_line", int), ("end_column", int), ("evidence", dict),
                         ("basis", list), ("precedents", list), ("suppressed", bool)):
                check_type(w, g, k, t)
            if g.get("category") not in CATEGORIES:
                fail(f"{w}: unknown category {g.get('category')!r}")
            if g.get("severity") not in ("error", "warning", "info"):
                fail(f"{w}: bad severity {g.get('severity')!r}")
            if not (g.get("line", 0) >= 1 and g.get("column", 0) >= 1):
                fail(f"{w}: line/column must be 1-based")
        for e in f.get("errors", []):
            check_type(w + " error", e, "message", str)
            if "line" not in e:
                fail(f"{w}: error without 'line'")
    s = doc.get("summary", {})
    for k in ("files", "findings", "errors"):
        check_type(where + " summary", s, k, int)
    for k in ("error", "warning", "info"):
        check_type(where + " summary.by_severity", s.get("by_severity", {}), k, int)
    n = sum(1 for f in doc["files"] for g in f["findings"] if not g["suppressed"])
    if s.get("findings") != n:
        fail(f"{where}: summary.findings {s.get('findings')} but {n} unsuppressed findings")


def spans(doc):
    return sorted((f["path"], g["line"], g["column"], g["rule"]) for f in doc["files"]
                  for g in f["findings"] if not g["suppressed"])


# 1. the case fixtures: findings, exit status 1
rc, out, err = run("check", "--format", "json", "fixtures/cases")
doc = json.loads(out)
check_json_doc(doc, "fixtures/cases")
if rc != 1:
    fail(f"fixtures/cases: exit status {rc}, expected 1")
if not spans(doc):
    fail("fixtures/cases: no findings at all")

# 2. bad input: errors in the file entry, other files still checked, status 2
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "a-broken.yaml"), "w").write("scheme:\n  title: [unclosed\n")
    open(os.path.join(d, "b-binary.txt"), "wb").write(b"\x00\x01\x02binary\x00" * 10)
    open(os.path.join(d, "c-good.txt"), "w").write("考核细则\n各乡镇APP活跃率不得低于80%。\n")
    rc, out, err = run("check", "--format", "json", d)
    bad = json.loads(out)
    check_json_doc(bad, "bad input")
    if rc != 2:
        fail(f"bad input: exit status {rc}, expected 2")
    by = {os.path.basename(f["path"]): f for f in bad["files"]}
    for name in ("a-broken.yaml", "b-binary.txt"):
        if not by.get(name, {}).get("errors"):
            fail(f"bad input: {name} has no error entry")
    if not by.get("c-good.txt", {}).get("findings"):
        fail("bad input: the good file was not checked")
    if "a-broken.yaml" not in err or "b-binary.txt" not in err:
        fail("bad input: stderr does not name the broken files")

# 3. every format reports the same findings
rc, sarif_out, _ = run("check", "--format", "sarif", "fixtures/cases")
sarif = json.loads(sarif_out)
try:
    import jsonschema
    schema = json.load(open("tests/data/sarif-schema-2.1.0.json"))
    jsonschema.validate(sarif, schema)
except ImportError:
    fail("python3-jsonschema is not installed: cannot validate SARIF (tools/install-deps.sh)")
except jsonschema.ValidationError as e:
    fail(f"SARIF does not validate: {e.message} at {list(e.absolute_path)}")
res = sarif["runs"][0]["results"]
got = sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"],
              r["locations"][0]["physicalLocation"]["region"]["startColumn"], r["ruleId"])
             for r in res if not r.get("suppressions"))
if got != spans(doc):
    fail("SARIF results differ from JSON findings")
ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
if not {r["ruleId"] for r in res} <= ids:
    fail("SARIF: a result's rule is missing from tool.driver.rules")

rc, gh, _ = run("check", "--format", "github", "fixtures/cases")
got = sorted((m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)) for m in
             re.finditer(r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),"
                         r"endLine=\d+,endColumn=\d+,title=([^:]+)::", gh, re.M))
if got != spans(doc):
    fail("github annotations differ from JSON findings")

rc, junit, _ = run("check", "--format", "junit", "fixtures/cases")
root = ET.fromstring(junit)
cases = root.findall(".//testcase")
if len(cases) != len(doc["files"]):
    fail(f"junit: {len(cases)} testcases for {len(doc['files'])} files")
failing = {c.get("name") for c in cases if c.find("failure") is not None}
expect = {f["path"] for f in doc["files"]
          if any(g["severity"] == "error" and not g["suppressed"] for g in f["findings"])}
if failing != expect:
    fail(f"junit failures {sorted(failing)} != files with errors {sorted(expect)}")

rc, text, _ = run("check", "--format", "text", "fixtures/cases")
got = sorted((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)) for m in
             re.finditer(r"^(\S+):(\d+):(\d+): \w+ \[([a-z0-9-]+)\] (?!.*\(suppressed\)$)", text, re.M))
if got != spans(doc):
    fail("text findings differ from JSON findings")

# 4. --jobs gives byte-identical output
_, j1, _ = run("check", "--format", "json", "--jobs", "1", "fixtures")
_, j2, _ = run("check", "--format", "json", "--jobs", "2", "fixtures")
if j1 != j2:
    fail("--jobs 2 output differs from --jobs 1")

print("contract: ok" if not failures else f"contract: {len(failures)} problems")
sys.exit(1 if failures else 0)
