#!/usr/bin/env bash
# Quick start, command 2: install what is needed, build, and run every test:
# unit, CLI golden, rule examples, sandbox, accuracy scorer — once in a normal
# build and once under AddressSanitizer + UndefinedBehaviorSanitizer — then
# --jobs under ThreadSanitizer and the loader fuzzers for a short while.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
jobs=$(nproc)
fail=0

run_suite() { # dir, extra cmake args...
  local dir=$1; shift
  echo "== build $dir"
  cmake -S . -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j"$jobs" >/dev/null
  echo "== ctest $dir"
  (cd "$dir" && ctest --output-on-failure -j"$jobs") || fail=1
}

run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DJF_SANITIZE=ON

echo "== thread sanitizer (--jobs)"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DJF_TESTS=OFF \
  -DCMAKE_C_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread >/dev/null
cmake --build build-tsan -j"$jobs" --target jianfu_cli >/dev/null
tools/tsan_jobs.sh build-tsan/jianfu build/jianfu || fail=1

if command -v clang >/dev/null; then
  echo "== fuzz (short)"
  cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DJF_FUZZ=ON -DJF_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build build-fuzz -j"$jobs" >/dev/null
  tools/fuzz.sh build-fuzz "${FUZZ_SECONDS:-20}" || fail=1
fi

if [[ $fail -ne 0 ]]; then
  echo "FAILED"
  exit 1
fi
echo "all suites passed"
