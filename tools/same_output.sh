#!/usr/bin/env bash
# Speed work must not change what jianfu says. Compares two builds, byte for byte, on the bench
# corpus and every fixture, in every output format.
#   tools/same_output.sh snapshot DIR [JIANFU]   keep JIANFU (default build/jianfu) and the rules/
#                                               it runs with in DIR, as the reference
#   tools/same_output.sh compare DIR [JIANFU]    run both on the same inputs; exit 1 on any
#                                               difference (the first lines of each diff shown)
# The reference keeps its own copy of rules/, so a change to the rule files is compared too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
ref=${2:-}
new=${3:-$root/build/jianfu}
[[ ($mode == snapshot || $mode == compare) && -n $ref ]] || {
  sed -n '2,8p' "$0" >&2
  exit 2
}
corpus=$root/build/same-output-corpus
python3 "$root/tools/bench_gen.py" --out "$corpus" --size-mb 4 --subset-mb 1 >/dev/null

if [[ $mode == snapshot ]]; then
  rm -rf "$ref"
  mkdir -p "$ref"
  cp "$new" "$ref/jianfu"
  cp -r "$root/rules" "$ref/rules"
  echo "same_output: reference kept in $ref"
  exit 0
fi

inputs=("$corpus/big.md" "$corpus/subset" "$root/fixtures")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
run() { # NAME BIN RULES FORMAT JOBS -> exit code in file
  local out=$work/$1
  (cd "$root" && JIANFU_RULES_DIR=$3 "$2" check --no-color --format "$4" --jobs "$5" \
    --max-file-size 67108864 "${inputs[@]}" >"$out.out" 2>"$out.err"; echo $? >"$out.rc") || true
}
for fmt in json text sarif junit github; do
  for jobs in 1 2; do
    run "ref-$fmt-$jobs" "$ref/jianfu" "$ref/rules" "$fmt" "$jobs"
    run "new-$fmt-$jobs" "$new" "$root/rules" "$fmt" "$jobs"
    for part in out err rc; do
      if ! cmp -s "$work/ref-$fmt-$jobs.$part" "$work/new-$fmt-$jobs.$part"; then
        echo "same_output: --format $fmt --jobs $jobs: $part differs"
        diff "$work/ref-$fmt-$jobs.$part" "$work/new-$fmt-$jobs.$part" | head -8 || true
        fail=1
      fi
    done
  done
done
[[ $fail == 0 ]] && echo "same_output: identical ($(wc -c <"$work/new-json-1.out") bytes of JSON," \
  "5 formats x --jobs 1/2)"
exit $fail
