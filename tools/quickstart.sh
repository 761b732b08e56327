#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build, and lint the bundled
# fixtures. The case fixtures reproduce banned practices, so jianfu reports
# findings (its exit status 1); this script fails only if jianfu could not do
# its job (exit status 2) or the build failed.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
set +e
./build/jianfu check fixtures/cases
rc=$?
set -e
echo "jianfu exit status: $rc (1 = findings reported, as expected for the case fixtures)"
[[ $rc -le 1 ]]
