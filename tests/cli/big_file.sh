#!/usr/bin/env bash
# A 1 GiB file (sparse, so the test is cheap) is refused by size before it is
# read: a clear error naming the file, exit status 2, and the other file given
# is still checked.
set -uo pipefail
bin=$1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
truncate -s 1G "$d/huge.txt"
printf '考核细则\n各乡镇APP活跃率不得低于80%%。\n' >"$d/small.txt"
out=$("$bin" check --format json "$d/huge.txt" "$d/small.txt" 2>"$d/err")
rc=$?
fail=0
[[ $rc -eq 2 ]] || { echo "exit status $rc, expected 2"; fail=1; }
grep -q "huge.txt: file too large" "$d/err" || { echo "stderr lacks the size error:"; cat "$d/err"; fail=1; }
echo "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = {x["path"].rsplit("/", 1)[1]: x for x in d["files"]}
assert f["huge.txt"]["errors"], "no error entry for huge.txt"
assert f["small.txt"]["findings"], "small.txt was not checked"
' || fail=1
# the limit is configurable
"$bin" check --max-file-size 10 "$d/small.txt" >/dev/null 2>"$d/err2"
[[ $? -eq 2 ]] && grep -q "file too large" "$d/err2" || { echo "--max-file-size not honoured"; fail=1; }
# jianfu clauses refuses it too, instead of reading it all
"$bin" clauses "$d/huge.txt" >/dev/null 2>"$d/err3"
[[ $? -eq 2 ]] && grep -q "huge.txt: file too large" "$d/err3" || { echo "clauses read a 1 GiB file"; fail=1; }
[[ $fail -eq 0 ]] && echo "big file: ok"
exit $fail
