#!/usr/bin/env bash
# check --db records each run; history lists them newest first and filters
# by issuer, rule and date; a database that cannot be opened stops the run
# before any checking, with exit status 2.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.." || exit 2
export JIANFU_RULES_DIR=rules
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
fail=0
die() { echo "history: $*"; fail=1; }
"$bin" check --db "$d/h.db" fixtures/cases/yihuang-2023.yaml fixtures/cases/gansu-prisons-2024.yaml >/dev/null
[[ $? -eq 1 ]] || die "first run: exit status $?"
"$bin" check --db "$d/h.db" --jobs 2 fixtures/cases/yihuang-2023.yaml >/dev/null
out=$("$bin" history --db "$d/h.db")
[[ $(grep -c '^run ' <<<"$out") -eq 2 ]] || die "expected two runs:"$'\n'"$out"
head -1 <<<"$out" | grep -q '^run 2 ' || die "newest run is not first"
grep -q 'yihuang-2023.yaml:28:33: error \[app-usage-metric\]' <<<"$out" || die "Yihuang finding not recorded"
issuer=$("$bin" history --db "$d/h.db" --issuer 宜黄)
grep -q gansu <<<"$issuer" && die "--issuer did not filter"
grep -q yihuang <<<"$issuer" || die "--issuer lost the matching file"
rule=$("$bin" history --db "$d/h.db" --rule checkin)
grep -q 'app-usage-metric' <<<"$rule" && die "--rule did not filter"
grep -q 'gansu-prisons-2024.yaml' <<<"$rule" || die "--rule lost the checkin finding"
[[ $("$bin" history --db "$d/h.db" --since 2999-01-01) == "no recorded findings match" ]] || die "--since"
"$bin" check --db "$d/no/such/dir/h.db" fixtures/cases/yihuang-2023.yaml >"$d/o" 2>"$d/e"
[[ $? -eq 2 ]] || die "unopenable db: exit status not 2"
[[ -s "$d/o" ]] && die "unopenable db: checking went ahead"
grep -q 'no/such/dir/h.db' "$d/e" || die "unopenable db: error does not name the file"
"$bin" history >/dev/null 2>&1; [[ $? -eq 2 ]] || die "history without --db is a usage error"
[[ $fail -eq 0 ]] && echo "history: ok"
exit $fail
