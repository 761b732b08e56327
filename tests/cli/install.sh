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
out=$("$bin" check "$root/fixtures/cases/yihuang-2023.yaml")
rc=$?
[[ $rc -eq 1 ]] || { echo "check exit status $rc, expected 1"; echo "$out"; exit 1; }
echo "$out" | grep -q 'yihuang-2023.yaml:28:33: error \[app-usage-metric\]' ||
  { echo "the Yihuang finding is missing:"; echo "$out"; exit 1; }
echo "install: ok"
