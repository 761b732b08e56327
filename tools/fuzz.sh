#!/usr/bin/env bash
# Run every fuzz target in build dir $1 for $2 seconds each, seeded from the
# fixtures. A crash leaves its input in build dir/fuzz-crashes/.
set -euo pipefail
dir=$1; secs=${2:-20}
status=0
mkdir -p "$dir/fuzz-crashes"
for f in "$dir"/fuzz_*; do
  [[ -x "$f" ]] || continue
  name=$(basename "$f")
  corpus="$dir/fuzz-corpus/$name"
  mkdir -p "$corpus"
  find fixtures -type f \( -name '*.yaml' -o -name '*.txt' -o -name '*.md' \) \
    -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
  echo "fuzz $name for ${secs}s"
  if ! "$f" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=16384 \
       -artifact_prefix="$dir/fuzz-crashes/$name-" "$corpus" >"$dir/$name.log" 2>&1 ||
     grep -q "runtime error" "$dir/$name.log"; then
    echo "fuzz $name FAILED:"; tail -40 "$dir/$name.log"; status=1
  else
    grep -E '^Done|stat::number_of_executed_units' "$dir/$name.log" | tail -1 || true
  fi
done
exit $status
