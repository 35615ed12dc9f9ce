#!/usr/bin/env bash
# The raw-events comparison point for docs/scaling.md (issue #12 §5): bytes on disk per raw
# event when the same product usage is imported as raw events instead of as a rollup.
# Imports the import benchmark's file (benchmarks/generate_events.cpp: ROWS events of 50k
# users over 2024, user_id,timestamp,event,value) with `northstar import WORKSPACE CSV`
# into a fresh workspace; prints import time and peak RSS, the workspace's bytes by table
# (sqlite3 dbstat), bytes per event and per (user, day, event) of that data, and
# `northstar metrics --metric breadth` time and peak RSS.
#
# Usage: raw_events_bytes.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS=5000000]
# Needs sqlite3 (with dbstat, as Debian's) and /usr/bin/time.
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
mkdir -p "$workdir"
csv="$workdir/events_${rows}.csv"
if [[ ! -s "$csv" ]]; then
    "$generator" "$csv.tmp" "$rows" 50000 20240101
    mv "$csv.tmp" "$csv"
fi
cat "$csv" > /dev/null
ws="$workdir/raw_${rows}.northstar"
rm -f "$ws" "$ws-journal"
/usr/bin/time -f '%e %M' -o "$workdir/raw.import.time" "$northstar" import "$ws" "$csv" > /dev/null
read -r imps impkb < "$workdir/raw.import.time"
sqlite3 "$ws" "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC" > "$workdir/raw.dbstat"
cat "$workdir/raw.dbstat"
total=$(stat -c %s "$ws")
chunks=$(awk -F'|' '$1 ~ /^event_chunks|^sqlite_autoindex_event_chunks|^idx_event_chunks/ { s += $2 } END { printf "%d", s }' "$workdir/raw.dbstat")
activity=$(awk -F'|' '$1 ~ /^activity$|^sqlite_autoindex_activity/ { s += $2 } END { printf "%d", s }' "$workdir/raw.dbstat")
# (user, UTC day, event) triples: the rows a daily rollup of this file would have.
triples=$(tail -n +2 "$csv" | awk -F, '{ print $1 "," substr($2, 1, 10) "," $3 }' | sort -u -S 1G | wc -l)
best=""
for i in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$workdir/raw.metrics.time" "$northstar" metrics "$ws" --metric breadth > /dev/null
    read -r s kb < "$workdir/raw.metrics.time"
    if [[ -z "$best" ]] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; fi
done
per() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "RESULT raw events=$rows csv_bytes=$(stat -c %s "$csv") import_s=$imps import_peak_mb=$(( impkb / 1024 ))" \
     "workspace_bytes=$total event_chunks=$chunks activity=$activity ws_per_event=$(per "$total" "$rows")" \
     "chunks_per_event=$(per "$chunks" "$rows") rollup_rows_equiv=$triples ws_per_rollup_row_equiv=$(per "$total" "$triples")" \
     "metrics_breadth_s=$best metrics_peak_mb=$(( kb / 1024 )) load=$(cut -d' ' -f1-3 /proc/loadavg)"
