#!/usr/bin/env bash
# README command 2 (and CI): install what is needed, build everything, run every test.
#
# The tests run in one build, build-test/: Debug (assertions on, Qt's included), with
# AddressSanitizer and UndefinedBehaviorSanitizer; any report fails its test. -O1 keeps the
# sanitized suite quick; benchmarks are left out (they keep the optimised build/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DNORTHSTAR_SANITIZE=ON -DNORTHSTAR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-test -j"$(nproc)"
# tests/warehouse runs the shipped warehouse queries on DuckDB, from npm (ClickHouse and
# PostgreSQL come from install-deps.sh).
bash scripts/install-test-node.sh build-test
# GUI tests run offscreen; none of them needs a display. The sanitizer options are set
# per test in tests/CMakeLists.txt.
QT_QPA_PLATFORM=offscreen ctest --test-dir build-test --output-on-failure -j"$(nproc)" | tee build-test/ctest.log
bash scripts/fuzz.sh
# The .deb as a user installs it, from the optimised build: lintian finds no error in it.
bash scripts/build.sh --target northstar northstar_debian_docs
bash scripts/package-check.sh build
# The suite's verdict again, last, where CI reads it.
grep -E '^[0-9]+% tests passed' build-test/ctest.log | tail -n 1
