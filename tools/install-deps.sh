#!/usr/bin/env bash
# Install every Debian 12 package jianfu needs to build and test.
# Idempotent: does nothing when everything is already installed. Runs as root
# with no prompts; uses sudo when not root.
#   tools/install-deps.sh          build + test dependencies
#   tools/install-deps.sh --bench  also what tools/bench compares against
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config
  liblua5.4-dev libcyaml-dev libyaml-dev libutf8proc-dev libopencc-dev
  libjansson-dev nettle-dev libsqlite3-dev)
test_pkgs=(python3 python3-jsonschema clang libclang-rt-14-dev)
bench_pkgs=(ripgrep hyperfine nodejs npm valgrind time)

pkgs=("${build_pkgs[@]}" "${test_pkgs[@]}")
if [[ "${1:-}" == "--bench" ]]; then
  pkgs+=("${bench_pkgs[@]}")
  # a Node.js that already brings its own npm conflicts with Debian's npm package
  if command -v npm >/dev/null 2>&1; then
    pkgs=($(printf '%s\n' "${pkgs[@]}" | grep -vxE 'nodejs|npm'))
  fi
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
