#!/usr/bin/env bash
# The metrics benchmark of issue #4, section 6. On the import benchmark's data (5M rows,
# 50k users, 2024, UTC), measures in one run:
#   (a) plain SQL over the raw rows in sqlite3: weekly (Monday) breadth, depth, frequency,
#       the three queries in one sqlite3 process;
#   (b) `northstar metrics` for the same three, three processes, start included;
# prints both times and the ratio (goal <= 0.05), and checks that the numbers agree.
#
# Usage: metrics_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS]
# Needs sqlite3, hyperfine and python3 (Debian packages sqlite3, hyperfine, python3).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}

for tool in sqlite3 hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "metrics_benchmark: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

mkdir -p "$workdir"
csv="$workdir/events_${rows}.csv"
if [[ ! -s "$csv" ]]; then
    echo "Generating $csv ..."
    "$generator" "$csv.tmp" "$rows" 50000 20240101 # the import benchmark's arguments
    mv "$csv.tmp" "$csv"
fi

# Both stores are built once per data file (not timed): a workspace through the real
# importer, and sqlite3's own .import into a plain table.
workspace="$workdir/metrics_${rows}.northstar"
if [[ ! -s "$workspace" ]]; then
    echo "Importing into $workspace ..."
    rm -f "$workspace.tmp"
    "$northstar" import "$workspace.tmp" "$csv" > /dev/null
    mv "$workspace.tmp" "$workspace"
fi
sqlite_db="$workdir/plain_${rows}.db"
if [[ ! -s "$sqlite_db" ]]; then
    echo "Loading $sqlite_db ..."
    rm -f "$sqlite_db.tmp"
    sqlite3 "$sqlite_db.tmp" \
        "CREATE TABLE events (user_id TEXT, timestamp TEXT, event TEXT, value REAL)" \
        "BEGIN" ".import --csv --skip 1 '$csv' events" "COMMIT"
    mv "$sqlite_db.tmp" "$sqlite_db"
fi

# The week of an event: the Monday on or before its UTC date (the workspace's reporting
# timezone is UTC, the default). Timestamps are ISO 8601 with Z, which date() reads.
week="date(timestamp, '-6 days', 'weekday 1')"
sql_breadth="SELECT $week AS week, count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week;"
sql_depth="SELECT $week AS week, count(*) * 1.0 / count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week;"
sql_frequency="SELECT week, avg(days) FROM (SELECT $week AS week, user_id, count(DISTINCT date(timestamp)) AS days
               FROM events GROUP BY week, user_id) GROUP BY week ORDER BY week;"
printf '%s\n' ".mode csv" "$sql_breadth" ".print ---" "$sql_depth" ".print ---" "$sql_frequency" > "$workdir/queries.sql"

cat "$sqlite_db" > /dev/null # both start with their data in the page cache
cat "$workspace" > /dev/null

echo "Timing plain SQL in sqlite3 (3 runs) ..."
hyperfine --runs 3 --export-json "$workdir/sqlite.json" \
    "sqlite3 -readonly '$sqlite_db' < '$workdir/queries.sql' > '$workdir/sqlite.out'" > /dev/null
echo "Timing northstar metrics (20 runs each) ..."
hyperfine -N --warmup 2 --runs 20 --export-json "$workdir/northstar.json" \
    "$northstar metrics $workspace --metric breadth" \
    "$northstar metrics $workspace --metric depth" \
    "$northstar metrics $workspace --metric frequency" > /dev/null

for kind in breadth depth frequency; do
    "$northstar" metrics "$workspace" --metric "$kind" > "$workdir/northstar_$kind.csv"
done

python3 - "$workdir" <<'PY'
import csv, json, math, sys
work = sys.argv[1]
sqlite_s = json.load(open(f"{work}/sqlite.json"))["results"][0]["mean"]
ours = json.load(open(f"{work}/northstar.json"))["results"]
ours_s = sum(r["mean"] for r in ours)
print()
print(f"{'plain SQL in sqlite3 (3 queries):':40} {sqlite_s:8.3f} s")
for r, kind in zip(ours, ("breadth", "depth", "frequency")):
    print(f"{'  northstar metrics --metric ' + kind + ':':40} {r['mean'] * 1000:8.1f} ms  (min {r['min'] * 1000:.1f})")
print(f"{'northstar metrics (3 processes):':40} {ours_s:8.3f} s")
print(f"ratio northstar / sqlite3:               {ours_s / sqlite_s:8.4f}  (goal <= 0.05)")

blocks = open(f"{work}/sqlite.out").read().split("---\n")
ok = True
for kind, block in zip(("breadth", "depth", "frequency"), blocks):
    expected = {row[0]: float(row[1]) for row in csv.reader(block.splitlines()) if row}
    got = {}
    with open(f"{work}/northstar_{kind}.csv") as f:
        for row in csv.DictReader(f):
            got[row["period_start"]] = float(row["value"]) if row["value"] else None
    bad = [w for w in sorted(set(expected) | set(got))
           if w not in expected or w not in got or got[w] is None
           or not math.isclose(got[w], expected[w], rel_tol=1e-11, abs_tol=0)]
    print(f"check {kind:9}: {len(got)} weeks, " + ("numbers agree" if not bad else f"MISMATCH in {len(bad)} weeks, first {bad[0]}"))
    ok = ok and not bad
sys.exit(0 if ok else 1)
PY
