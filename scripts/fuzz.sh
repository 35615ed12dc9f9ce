#!/usr/bin/env bash
# A short libFuzzer run over the CSV reader and the workspace loader (clang, ASan, UBSan),
# seeded with fixtures. CI runs each briefly; run longer by hand with FUZZ_SECONDS=600.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DNORTHSTAR_BUILD_FUZZERS=ON -DNORTHSTAR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_csvreader fuzz_workspaceloader

# fuzz TARGET SEEDS MAX_LEN: new inputs it finds go to build-fuzz/corpus-TARGET.
fuzz() {
    local corpus="build-fuzz/corpus-$1"
    mkdir -p "$corpus"
    "build-fuzz/tests/fuzz/$1" -max_total_time="$seconds" -max_len="$3" -print_final_stats=1 \
        "$corpus" "$2" 2>&1 | tail -n 12
    echo "$1: ${seconds} s without a finding"
}
fuzz fuzz_csvreader tests/data/csv 65536
fuzz fuzz_workspaceloader tests/data/fuzz-workspace 4096
