#!/usr/bin/env bash
# Run one CLI golden test: tests/cli/cases/NAME/{cmd,stdout,stderr,status[,stdin]}.
# `cmd` holds the arguments after `jianfu`, as shell words, run from the
# repository root with the bundled rules. stdout, stderr and the exit status
# are compared byte for byte.
#   tests/cli/run.sh BIN CASE_DIR            compare
#   tests/cli/run.sh BIN CASE_DIR --update   rewrite the expected files
set -uo pipefail
bin=$1 case=$2 mode=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
export JIANFU_RULES_DIR=rules NO_COLOR=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
in=/dev/null
[[ -f "$case/stdin" ]] && in="$case/stdin"
eval "set -- $(cat "$case/cmd")"
"$bin" "$@" <"$in" >"$out/stdout" 2>"$out/stderr"
echo $? >"$out/status"
if [[ "$mode" == "--update" ]]; then
  cp "$out/stdout" "$out/stderr" "$out/status" "$case/"
  echo "updated $case"
  exit 0
fi
rc=0
for f in status stdout stderr; do
  if ! diff -u --label "expected $f" --label "actual $f" "$case/$f" "$out/$f"; then rc=1; fi
done
exit $rc
