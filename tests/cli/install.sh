#!/usr/bin/env bash
# `cmake --install` puts the command and the rule pack where the installed
# binary finds them without flags or environment.
set -uo pipefail
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
unset JIANFU_RULES_DIR
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "install failed"; exit 1; }
bin="$prefix/bin/jianfu"
[[ -x "$bin" ]] || { echo "no $bin"; exit 1; }
[[ -f "$prefix/share/jianfu/rules/app-usage-metric.lua" ]] || { echo "rules not installed"; exit 1; }
cd /  # away from the source tree
"$bin" rules list | grep -q '^app-usage-metric ' || { echo "installed binary does not find its rules"; exit 1; }
# the installed rule files are the bundled ones: loaded from the embedded
# bytecode (engine/src/rules_bundle.c), not parsed
trace=$(JIANFU_LOAD_TRACE=1 "$bin" rules list 2>&1 >/dev/null)
n_rules=$(ls "$prefix/share/jianfu/rules/"*.lua | wc -l)
n_bc=$(grep -c "^jianfu: loaded $prefix/.*share/jianfu/rules/.*\.lua from bundled bytecode$" <<<"$trace")
[[ $n_bc -eq $n_rules ]] || { echo "$n_bc of $n_rules installed rule files from bytecode:"; echo "$trace"; exit 1; }
out=$("$bin" check "$root/fixtures/cases/yihuang-2023.yaml")
rc=$?
[[ $rc -eq 1 ]] || { echo "check exit status $rc, expected 1"; echo "$out"; exit 1; }
echo "$out" | grep -q 'yihuang-2023.yaml:28:33: error \[app-usage-metric\]' ||
  { echo "the Yihuang finding is missing:"; echo "$out"; exit 1; }
echo "install: ok"
