#!/usr/bin/env bash
# Installs what tests/warehouse runs the shipped warehouse queries with (DuckDB's engine from
# npm, the Spark SQL and BigQuery grammars) into BUILD/warehouse-node, from the lock file in
# tests/warehouse/node. Needs node and npm (scripts/install-deps.sh). Safe to run again.
#   bash scripts/install-test-node.sh [BUILD]      (default: build-test)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
target="$build/warehouse-node"
mkdir -p "$target"
if ! cmp -s tests/warehouse/node/package-lock.json "$target/package-lock.json" || [ ! -d "$target/node_modules" ]; then
    cp tests/warehouse/node/package.json tests/warehouse/node/package-lock.json "$target/"
    (cd "$target" && npm ci --no-audit --no-fund --loglevel=error)
fi
