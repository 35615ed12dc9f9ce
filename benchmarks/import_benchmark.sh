#!/usr/bin/env bash
# The import benchmark of issue #3, section 9. Measures in one run:
#   1. sqlite3's own `.import` of the file into a plain 4-column table, in one transaction;
#   2. `northstar import` of the same file into a fresh workspace;
# and prints both times, the ratio (goal: <= 0.5) and our peak RSS (goal: < 256 MB).
#
# Usage: import_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS] [LOAD_ACTIVITY]
# Needs sqlite3 and GNU time (/usr/bin/time; Debian packages sqlite3 and time).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
load_activity=${5:-}

for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "import_benchmark: $tool is missing (apt-get install sqlite3 time)" >&2; exit 1; }
done

mkdir -p "$workdir"
csv="$workdir/events_${rows}.csv"
if [[ ! -s "$csv" ]]; then
    echo "Generating $csv ..."
    "$generator" "$csv.tmp" "$rows" 50000 20240101
    mv "$csv.tmp" "$csv"
fi
size_mb=$(( $(stat -c %s "$csv") / 1000000 ))
echo "Input: $csv ($rows rows, $size_mb MB)"
cat "$csv" > /dev/null # both runs start with the file in the page cache

# seconds elapsed, peak RSS in kB: from GNU time's output
measure() {
    local log=$1
    shift
    /usr/bin/time -f '%e %M' -o "$log" "$@"
}

sqlite_db="$workdir/sqlite_import.db"
rm -f "$sqlite_db" "$sqlite_db-journal"
measure "$workdir/sqlite.time" sqlite3 "$sqlite_db" \
    "CREATE TABLE events (user_id TEXT, timestamp TEXT, event TEXT, value TEXT)" \
    "BEGIN" ".import --csv --skip 1 '$csv' events" "COMMIT"
read -r sqlite_s sqlite_kb < "$workdir/sqlite.time"
sqlite_rows=$(sqlite3 "$sqlite_db" "SELECT count(*) FROM events")

workspace="$workdir/benchmark.northstar"
rm -f "$workspace" "$workspace-journal"
measure "$workdir/northstar.time" "$northstar" import "$workspace" "$csv" --json > "$workdir/northstar.json"
read -r ours_s ours_kb < "$workdir/northstar.time"
ours_rows=$(grep -m1 '"imported"' "$workdir/northstar.json" | tr -dc '0-9')

ratio=$(awk -v a="$ours_s" -v b="$sqlite_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
ours_mb=$(( ours_kb / 1024 ))
echo
printf '%-28s %8s s  %6s MB peak  %s rows\n' "sqlite3 .import (1 txn):" "$sqlite_s" "$(( sqlite_kb / 1024 ))" "$sqlite_rows"
printf '%-28s %8s s  %6s MB peak  %s rows\n' "northstar import:" "$ours_s" "$ours_mb" "$ours_rows"
echo "ratio northstar / sqlite3:  $ratio  (goal <= 0.50)"
echo "northstar peak memory:      $ours_mb MB  (goal < 256 MB)"
echo "workspace size:             $(( $(stat -c %s "$workspace") / 1000000 )) MB"
if [[ -n "$load_activity" ]]; then
    "$load_activity" "$workspace" 5
fi
rm -f "$sqlite_db"
