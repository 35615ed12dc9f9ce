#!/usr/bin/env bash
# README command 1: install what is needed, build, and open the window on the demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh --target northstar
exec ./build/app/northstar --demo
