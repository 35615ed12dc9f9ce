#!/usr/bin/env bash
# The review benchmark of issue #9 §5. On the import benchmark's data (5M rows, 50k users,
# 2024, UTC) with the tree of tree.json (a North Star, five inputs, a guardrail, work items),
# measures in one run:
#   (a) `northstar review --json`, process start included (goal: at most 1 s);
#   (b) `northstar metrics --node NAME` for the same seven metrics one by one, start included;
# and prints both with their ratio. Not a test: no time is asserted anywhere.
#
# Usage: review_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS]
# Needs hyperfine and python3 (Debian packages hyperfine, python3).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
here=$(cd "$(dirname "$0")" && pwd)

for tool in hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "review_benchmark: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

# shellcheck source=../benchmark_workspace.sh
source "$here/../benchmark_workspace.sh"
benchmark_workspace "$northstar" "$generator" "$workdir" "$rows" "$here/tree.json" review

metrics=("Weekly buyers" "Weekly searchers" "Messages per sender" "Session days" "Cart value per shopper"
         "Purchase activation" "Weekly sharers")
commands=()
for name in "${metrics[@]}"; do
    commands+=("$northstar metrics $workspace --node '$name'")
done

echo "Timing northstar review --json (10 runs) ..."
hyperfine -N --warmup 2 --runs 10 --export-json "$workdir/review.json" \
    "$northstar review $workspace --json" > /dev/null
echo "Timing northstar metrics --node for the same ${#metrics[@]} metrics (10 runs each) ..."
hyperfine --warmup 1 --runs 10 --export-json "$workdir/metrics.json" "${commands[@]}" > /dev/null
"$northstar" review "$workspace" --json > "$workdir/review.out"

python3 - "$workdir" <<'PY'
import json, sys
work = sys.argv[1]
review = json.load(open(f"{work}/review.json"))["results"][0]
metrics = json.load(open(f"{work}/metrics.json"))["results"]
total = sum(r["mean"] for r in metrics)
out = json.load(open(f"{work}/review.out"))
print()
print(f"{'northstar review --json:':52} {review['mean']:7.3f} s  (min {review['min']:.3f}; goal <= 1 s)")
for r in metrics:
    name = r["command"].split("--node ", 1)[1]
    print(f"{'  northstar metrics --node ' + name + ':':52} {r['mean'] * 1000:7.1f} ms")
print(f"{'northstar metrics, the same metrics one by one:':52} {total:7.3f} s")
print(f"{'ratio review / metrics one by one:':52} {review['mean'] / total:7.3f}")
print(f"review of {out['period']}: {len(out['metrics'])} metrics, {len(out['work'])} work verdicts, "
      f"{len(out['disconnects'])} disconnects")
print("goal met" if review["mean"] <= 1.0 else "GOAL MISSED")
PY
