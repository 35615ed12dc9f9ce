#!/usr/bin/env bash
# Builds the Debian package in a configured build directory (default ./build) with
# `cpack -G DEB` and checks it with lintian. Prints lintian's findings and a one-line
# verdict; exits non-zero when CPack fails or lintian reports an error.
# What the package holds is brought up to date first (CPack only builds before installing
# with the Makefile generators, not with Ninja); that costs nothing when it is current.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(realpath "${1:-build}")

if [ ! -f "$build_dir/CPackConfig.cmake" ]; then
    echo "package-check: $build_dir is not a configured build directory (no CPackConfig.cmake)" >&2
    exit 2
fi
command -v lintian >/dev/null || { echo "package-check: lintian is not installed (scripts/install-deps.sh)" >&2; exit 2; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! cmake --build "$build_dir" --target northstar northstar_debian_docs >"$log" 2>&1; then
    cat "$log"
    echo "package-check: FAILED: the build in $build_dir failed"
    exit 1
fi
if ! (cd "$build_dir" && cpack -G DEB) >"$log" 2>&1; then
    cat "$log"
    echo "package-check: FAILED: cpack -G DEB did not produce a package"
    exit 1
fi
# CPack reports "CPack: - package: /path/to/name.deb generated."
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$log" | tail -n 1)
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    cat "$log"
    echo "package-check: FAILED: cannot find the .deb CPack generated"
    exit 1
fi

set +e
findings=$(lintian --fail-on error "$deb" 2>&1)
status=$?
set -e
# lintian complains about running as root on every call (containers, CI); that is not a finding.
findings=$(printf '%s\n' "$findings" | grep -v 'running with root privileges is not recommended' || true)
[ -n "$findings" ] && printf '%s\n' "$findings"

errors=$(printf '%s\n' "$findings" | grep -c '^E: ' || true)
warnings=$(printf '%s\n' "$findings" | grep -c '^W: ' || true)
name=$(basename "$deb")
if [ "$status" -eq 0 ]; then
    echo "package-check: OK: $name: $errors lintian errors, $warnings warnings"
else
    echo "package-check: FAILED: $name: $errors lintian errors, $warnings warnings (lintian exit $status)"
    exit 1
fi
