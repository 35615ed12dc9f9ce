#!/usr/bin/env bash
# The report benchmark of issue #10 §2. On the import benchmark's data (5M rows, 50k users,
# 2024, UTC) with the review benchmark's five-input tree (../review/tree.json), measures in
# one run, process start included:
#   (a) `northstar report --out r.pdf` (goal: at most 2 s);
#   (b) `northstar review --json` on the same data, the review the report is made from;
# and prints both with their ratio. Not a test: no time is asserted anywhere.
#
# Usage: report_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS]
# Needs hyperfine and python3 (Debian packages hyperfine, python3).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
here=$(cd "$(dirname "$0")" && pwd)
tree="$here/../review/tree.json"

for tool in hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "report_benchmark: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

# shellcheck source=../benchmark_workspace.sh
source "$here/../benchmark_workspace.sh"
benchmark_workspace "$northstar" "$generator" "$workdir" "$rows" "$tree" report

echo "Timing northstar report --out r.pdf and northstar review --json (10 runs each) ..."
hyperfine -N --warmup 2 --runs 10 --export-json "$workdir/report.json" \
    "$northstar report $workspace --out $workdir/r.pdf" \
    "$northstar review $workspace --json" > /dev/null
pages=$(command -v pdfinfo > /dev/null && pdfinfo "$workdir/r.pdf" | sed -n 's/^Pages: *//p' || echo "?")

python3 - "$workdir" "$pages" <<'PY'
import json, sys
work, pages = sys.argv[1], sys.argv[2]
report, review = json.load(open(f"{work}/report.json"))["results"]
print()
print(f"{'northstar report --out r.pdf:':36} {report['mean']:7.3f} s  (min {report['min']:.3f}; goal <= 2 s; {pages} pages)")
print(f"{'northstar review --json:':36} {review['mean']:7.3f} s  (min {review['min']:.3f})")
print(f"{'ratio report / goal:':36} {report['mean'] / 2.0:7.3f}")
print(f"{'ratio report / review --json:':36} {report['mean'] / review['mean']:7.3f}")
print("goal met" if report["mean"] <= 2.0 else "GOAL MISSED")
PY
