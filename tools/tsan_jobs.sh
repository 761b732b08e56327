#!/usr/bin/env bash
# --jobs under ThreadSanitizer: check the fixtures, some bench files and files
# that fail (a binary, a missing path) with several workers, fail on any
# ThreadSanitizer report, and demand byte for byte the output and messages
# of a plain build's --jobs 1.
#   tools/tsan_jobs.sh TSAN_JIANFU PLAIN_JIANFU
set -uo pipefail
cd "$(dirname "$0")/.."
tsan=$1 plain=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tools/bench_gen.py --out "$work/bench" --size-mb 1 >/dev/null
printf 'bin\0ary' >"$work/binary.txt"
inputs=(fixtures "$work/bench/many" "$work/binary.txt" "$work/missing.txt")
status=0
for jobs in 2 3; do
  TSAN_OPTIONS=halt_on_error=0 "$tsan" check --format json --jobs "$jobs" "${inputs[@]}" \
    >"$work/out.json" 2>"$work/err.txt"
  code=$?
  "$plain" check --format json --jobs 1 "${inputs[@]}" >"$work/ref.json" 2>"$work/ref.txt"
  ref_code=$?
  if grep -q "ThreadSanitizer" "$work/err.txt"; then
    echo "tsan_jobs: ThreadSanitizer report with --jobs $jobs:"; cat "$work/err.txt"; status=1
  elif ! cmp -s "$work/out.json" "$work/ref.json" || ! cmp -s "$work/err.txt" "$work/ref.txt" ||
       [[ $code -ne $ref_code ]]; then
    echo "tsan_jobs: --jobs $jobs differs from --jobs 1 (exit $code vs $ref_code)"; status=1
  else
    echo "tsan_jobs: --jobs $jobs clean, same output as --jobs 1 ($(wc -c <"$work/out.json") bytes, exit $code)"
  fi
done
exit $status
