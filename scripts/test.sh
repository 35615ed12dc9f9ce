#!/usr/bin/env bash
# README command 2 (and CI): install what is needed, build everything, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# GUI tests run offscreen; none of them needs a display.
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j"$(nproc)"
bash scripts/fuzz.sh
# The .deb as a user installs it: lintian finds no error in it.
bash scripts/package-check.sh build
