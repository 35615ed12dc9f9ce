#!/usr/bin/env bash
# A short libFuzzer run over the CSV reader (clang, ASan, UBSan), seeded with the csv
# fixtures. CI runs it briefly; run it longer by hand with FUZZ_SECONDS=600.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-30}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DNORTHSTAR_BUILD_FUZZERS=ON -DNORTHSTAR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_csvreader
corpus=build-fuzz/fuzz-corpus
mkdir -p "$corpus"
build-fuzz/tests/fuzz/fuzz_csvreader -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    "$corpus" tests/data/csv 2>&1 | tail -n 12
echo "fuzz_csvreader: ${seconds} s without a crash"
