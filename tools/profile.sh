#!/usr/bin/env bash
# Where jianfu's time goes: profile one check of a ~5 MB bench corpus file, print the top 15
# functions by self and by inclusive cost (for the README's performance section).
#   tools/profile.sh [JIANFU (default build/jianfu)] [SIZE_MB (default 5)]
# Uses perf when the CPU's instruction counter is usable (not in most VMs), else callgrind
# (exact instruction counts, ~50× slower; fine for 5 MB).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jf=${1:-$root/build/jianfu}
size=${2:-5}
out=$root/build/profile
mkdir -p "$out"
[[ -x $jf ]] || { echo "profile: $jf is not an executable (build first)" >&2; exit 2; }
python3 "$root/tools/bench_gen.py" --out "$out/corpus" --size-mb "$size"
input=$out/corpus/big.md
cmd=("$jf" check --format json --jobs 1 "$input")
echo "profile: ${cmd[*]} ($(du -h "$input" | cut -f1))"

if command -v perf >/dev/null &&
   ! perf stat -e instructions true 2>&1 | grep -q "not supported" &&
   perf stat -e instructions true >/dev/null 2>&1; then
  perf record -q -g -o "$out/perf.data" -- "${cmd[@]}" >/dev/null || true
  perf report -i "$out/perf.data" --stdio --no-children --sort symbol >"$out/self.txt" 2>/dev/null
  perf report -i "$out/perf.data" --stdio --children --sort symbol >"$out/incl.txt" 2>/dev/null
  echo "== top 15 by self cost (perf, cycles)"
  { grep -E '^ +[0-9.]+%' "$out/self.txt" | head -15; } || true
  echo "== top 15 by inclusive cost (perf, cycles)"
  { grep -E '^ +[0-9.]+%' "$out/incl.txt" | head -15; } || true
  exit 0
fi

command -v valgrind >/dev/null || { echo "profile: neither perf nor valgrind works" >&2; exit 2; }
# Lua seeds its string hashes with time(), which moves the instruction count of one binary by
# up to ~0.5 % between runs; a time() that returns a constant makes two runs count the same,
# so a small change can be told from noise.
preload=()
if command -v cc >/dev/null; then
  printf '#include <time.h>\ntime_t time(time_t *t) { if (t) *t = 1; return 1; }\n' >"$out/fixtime.c"
  cc -shared -fPIC -O2 -o "$out/fixtime.so" "$out/fixtime.c" && preload=(env LD_PRELOAD="$out/fixtime.so")
fi
# jianfu exits 1 when it has findings, which the corpus is full of.
"${preload[@]}" valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "${cmd[@]}" \
  >/dev/null 2>"$out/valgrind.log" || [[ $? -eq 1 ]] || {
  echo "profile: valgrind failed, see $out/valgrind.log" >&2; exit 2; }
echo "== total: $(sed -n 's/.*Collected : //p' "$out/valgrind.log") instructions${preload:+ (time() fixed)}"
# Annotate to files first: `head` closing a pipe early would kill the script under pipefail.
callgrind_annotate --threshold=100 "$out/callgrind.out" >"$out/self.txt" 2>/dev/null
callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.out" >"$out/incl.txt" 2>/dev/null
# Function lines only (they name their object in [...]), without the loader and libc start-up.
top() {
  grep -E '^ *[0-9,]+ \(.*\[' "$1" | grep -vE 'PROGRAM TOTALS|below main|libc_start|\?\?\?:0x' |
    head -15 || true
}
echo "== top 15 by self cost (callgrind, instructions)"
top "$out/self.txt"
echo "== top 15 by inclusive cost (callgrind, instructions)"
top "$out/incl.txt"
echo "(full data: callgrind_annotate $out/callgrind.out)"
