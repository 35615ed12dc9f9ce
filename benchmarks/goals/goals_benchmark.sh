#!/usr/bin/env bash
# The benchmark of issue #13: every goal it names, measured with its peer in the same run,
# printed as a table of measured / goal / MET or NOT MET, with the ratio and peak memory.
#
#   goals_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR NODE_MODULES [--quick]
#
# Data (generate_events, cached in WORKDIR): the import benchmark's 5M events of 50k users
# in 2024; 20M events of the same 50k users; 5M events of 1M users; and (python3) 100k users
# with 200 attribute columns. --quick leaves out the 20M file and the 1M-user file.
#
# Peers: sqlite3 (plain SQL over the raw rows, and .import), DuckDB (NODE_MODULES from
# scripts/install-test-node.sh: @duckdb/node-api), and a throwaway clickhouse-server on
# 127.0.0.1 (data in a temporary folder, stopped at exit). The window's goal (a 20M-event
# workspace shows live numbers within 1 s) is the reviewui benchmark's, not this script's.
# Needs sqlite3, hyperfine, GNU time, python3, node, clickhouse-server and -client.
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
modules=${4:?node_modules folder with @duckdb/node-api (scripts/install-test-node.sh)}
quick=${5:-}
rows=${GOALS_ROWS:-5000000} # smaller only to try the script out
here=$(cd "$(dirname "$0")" && pwd)

for tool in sqlite3 hyperfine python3 node clickhouse-client /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "goals_benchmark: $tool is missing (see the header)" >&2; exit 1; }
done
[[ -d $modules/@duckdb/node-api ]] || { echo "goals_benchmark: no @duckdb/node-api in $modules" >&2; exit 1; }

mkdir -p "$workdir"
tmp=$(mktemp -d)
ch_pid=
cleanup() {
    [[ -n $ch_pid ]] && kill "$ch_pid" 2>/dev/null && wait "$ch_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
# shellcheck source-path=SCRIPTDIR source=../clickhouse_server.sh
source "$here/../clickhouse_server.sh"

results="$workdir/goals.tsv" # goal, measured, limit, unit (lower is better)
: > "$results"
record() { printf '%s\t%s\t%s\t%s\n' "$@" >> "$results"; }
measure() { # LOG COMMAND...: seconds elapsed and peak RSS in kB (GNU time)
    local log=$1
    shift
    /usr/bin/time -f '%e %M' -o "$log" "$@"
}
events_file() { # ROWS USERS: the cached export
    local csv="$workdir/events_$1_$2.csv"
    if [[ ! -s $csv ]]; then
        echo "Generating $csv ..." >&2
        "$generator" "$csv.tmp" "$1" "$2" 20240101 >&2
        mv "$csv.tmp" "$csv"
    fi
    echo "$csv"
}
import_into() { # WORKSPACE CSV LOG [IMPORT FLAGS...]: a fresh workspace, timed
    local workspace=$1 csv=$2 log=$3
    shift 3
    rm -f "$workspace" "$workspace-journal"
    cat "$csv" > /dev/null
    measure "$log" "$northstar" import "$workspace" "$csv" "$@" > /dev/null
}
mb() { echo $(( $1 / 1024 )); }

# --- Import, file size: 5M events, 50k users ------------------------------------------------
csv5=$(events_file "$rows" 50000)
echo "Import: sqlite3 .import and northstar import of $csv5 ..."
rm -f "$tmp/plain.db"
cat "$csv5" > /dev/null
measure "$tmp/sqlite_import.time" sqlite3 "$tmp/plain.db" \
    "CREATE TABLE events (user_id TEXT, timestamp TEXT, event TEXT, value REAL)" \
    "BEGIN" ".import --csv --skip 1 '$csv5' events" "COMMIT"
read -r sqlite_import_s _ < "$tmp/sqlite_import.time"
ws5="$workdir/goals_5m.northstar"
import_into "$ws5" "$csv5" "$tmp/import5.time"
read -r import5_s import5_kb < "$tmp/import5.time"
record "import $rows rows: northstar / sqlite3 .import ($import5_s s / $sqlite_import_s s)" \
    "$(python3 -c "print(round($import5_s / $sqlite_import_s, 3))")" 0.25 ratio
record "workspace file / CSV ($(( $(stat -c %s "$ws5") / 1000000 )) MB / $(( $(stat -c %s "$csv5") / 1000000 )) MB)" \
    "$(python3 -c "print(round($(stat -c %s "$ws5") / $(stat -c %s "$csv5"), 3))")" 0.25 ratio
echo "  northstar import peak: $(mb "$import5_kb") MB"

if [[ $quick != --quick ]]; then
    # Memory that grows with users, not rows: more rows of the same users, then many users.
    for sizes in "20000000 50000 256" "5000000 1000000 512"; do
        read -r n users limit <<< "$sizes"
        big_csv=$(events_file "$n" "$users")
        echo "Import: $n events of $users users ..."
        import_into "$tmp/big.northstar" "$big_csv" "$tmp/big.time"
        read -r _ big_kb < "$tmp/big.time"
        record "import $n events / $users users: peak memory" "$(mb "$big_kb")" "$limit" MB
        rm -f "$tmp/big.northstar"
    done
fi

# --- Metrics: weekly breadth, depth, frequency over the 5M rows -------------------------------
week="date(timestamp, '-6 days', 'weekday 1')" # the Monday on or before the UTC date
cat > "$tmp/queries.sql" <<EOF
.mode csv
SELECT $week AS week, count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week;
.print ---
SELECT $week AS week, count(*) * 1.0 / count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week;
.print ---
SELECT week, avg(days) FROM (SELECT $week AS week, user_id, count(DISTINCT date(timestamp)) AS days
    FROM events GROUP BY week, user_id) GROUP BY week ORDER BY week;
EOF
echo "Metrics: sqlite3 (plain SQL, 1 run) ..."
cat "$tmp/plain.db" > /dev/null
measure "$tmp/sqlite_metrics.time" sh -c "sqlite3 -readonly '$tmp/plain.db' < '$tmp/queries.sql' > '$tmp/sqlite.out'"
read -r sqlite_s _ < "$tmp/sqlite_metrics.time"
rm -f "$tmp/plain.db"

echo "Metrics: DuckDB (in memory, load not timed) ..."
node "$here/duckdb_metrics.mjs" "$modules" "$csv5" "$tmp/duck" > "$tmp/duck.log"
duck_s=$(awk '$1 == "queries" { print $2 }' "$tmp/duck.log")

echo "Metrics: ClickHouse (MergeTree, load not timed) ..."
ch_start "$tmp/ch"
ch --query "CREATE TABLE events (user_id String, timestamp DateTime('UTC'), event String, value Nullable(Float64))
            ENGINE = MergeTree PARTITION BY toYYYYMM(timestamp) ORDER BY (timestamp, user_id)"
tail -n +2 "$csv5" | sed -e 's/T/ /' -e 's/Z,/,/' | ch --query "INSERT INTO events FORMAT CSV"
chweek="toMonday(toDate(timestamp))"
ch_queries=(
    "SELECT $chweek AS week, uniqExact(user_id) FROM events GROUP BY week ORDER BY week FORMAT CSV"
    "SELECT $chweek AS week, count() / uniqExact(user_id) FROM events GROUP BY week ORDER BY week FORMAT CSV"
    "SELECT week, avg(days) FROM (SELECT $chweek AS week, user_id, uniqExact(toDate(timestamp)) AS days
     FROM events GROUP BY week, user_id) GROUP BY week ORDER BY week FORMAT CSV"
)
ch --query "${ch_queries[0]}" > /dev/null # its caches warm, like the others' page cache
start=$(date +%s.%N)
for i in 0 1 2; do ch --query "${ch_queries[$i]}" > "$tmp/ch_$i.csv"; done
ch_s=$(python3 -c "print(round($(date +%s.%N) - $start, 3))")
kill "$ch_pid"; wait "$ch_pid" 2>/dev/null || true
ch_pid=

echo "Metrics: northstar (10 runs each, process start included) ..."
cat "$ws5" > /dev/null
hyperfine -N --warmup 1 --runs 10 --export-json "$tmp/northstar.json" \
    "$northstar metrics $ws5 --metric breadth" \
    "$northstar metrics $ws5 --metric depth" \
    "$northstar metrics $ws5 --metric frequency" > /dev/null
peak_kb=0
for kind in breadth depth frequency; do
    measure "$tmp/$kind.time" "$northstar" metrics "$ws5" --metric "$kind" > "$tmp/northstar_$kind.csv"
    read -r _ kb < "$tmp/$kind.time"
    if (( kb > peak_kb )); then peak_kb=$kb; fi
done
ours_s=$(python3 -c "import json; print(round(sum(r['mean'] for r in json.load(open('$tmp/northstar.json'))['results']), 4))")
record "metrics x3: northstar / sqlite3 ($ours_s s / $sqlite_s s)" \
    "$(python3 -c "print(round($ours_s / $sqlite_s, 4))")" 0.01 ratio
record "metrics: peak memory of one call" "$(mb "$peak_kb")" 64 MB
echo "  northstar / DuckDB: $(python3 -c "print(round($ours_s / $duck_s, 3))") ($ours_s s / $duck_s s)"
echo "  northstar / ClickHouse: $(python3 -c "print(round($ours_s / $ch_s, 3))") ($ours_s s / $ch_s s)"

# Every engine's numbers are the same numbers (METRICS.md in UTC, Monday weeks).
python3 - "$tmp" <<'PY'
import csv, math, sys
tmp = sys.argv[1]
kinds = ("breadth", "depth", "frequency")
def table(rows):
    return {r[0][:10]: float(r[1]) for r in rows if r}
peers = {"sqlite3": [table(csv.reader(b.splitlines())) for b in open(f"{tmp}/sqlite.out").read().split("---\n")],
         "duckdb": [table(csv.reader(open(f"{tmp}/duck_{k}.csv"))) for k in kinds],
         "clickhouse": [table(csv.reader(open(f"{tmp}/ch_{i}.csv"))) for i in range(3)]}
ok = True
for i, kind in enumerate(kinds):
    ours = {r["period_start"]: float(r["value"]) for r in csv.DictReader(open(f"{tmp}/northstar_{kind}.csv")) if r["value"]}
    for name, tables in peers.items():
        theirs = tables[i]
        bad = [w for w in sorted(set(ours) | set(theirs))
               if w not in ours or w not in theirs or not math.isclose(ours[w], theirs[w], rel_tol=1e-9)]
        if bad:
            ok = False
            print(f"  MISMATCH {kind} vs {name}: {len(bad)} weeks, first {bad[0]}")
print("  numbers agree with sqlite3, DuckDB and ClickHouse" if ok else "  numbers DIFFER")
sys.exit(0 if ok else 1)
PY

# --- Another reporting timezone: the first call ---------------------------------------------
hyperfine -N --runs 3 --export-json "$tmp/tz.json" \
    "$northstar metrics $ws5 --metric breadth --timezone America/New_York" > /dev/null
tz_s=$(python3 -c "import json; print(round(json.load(open('$tmp/tz.json'))['results'][0]['mean'], 3))")
record "metrics in another timezone: first call" "$tz_s" 0.3 s

# --- Segments and 200 attributes: 100k users --------------------------------------------------
attrs_csv="$workdir/attributes_100k_200.csv"
if [[ ! -s $attrs_csv ]]; then
    echo "Generating $attrs_csv ..."
    python3 - "$attrs_csv" <<'PY'
import random, sys
random.seed(13)
users, columns = 100_000, 200
with open(sys.argv[1], "w") as out:
    out.write("user_id,timestamp,event," + ",".join(f"attr_{c:03}" for c in range(columns)) + "\n")
    for u in range(users):
        day = 1 + u % 28
        values = ",".join(f"v{random.randrange(2 + c % 12)}" for c in range(columns))
        out.write(f"user{u},2024-02-{day:02}T12:00:00Z,session_start,{values}\n")
PY
fi
attr_flags=()
for c in $(seq -f '%03g' 0 199); do attr_flags+=(--attribute "attr_$c"); done
echo "Import: 200 attributes of 100k users ..."
import_into "$tmp/attrs.northstar" "$attrs_csv" "$tmp/attrs.time" "${attr_flags[@]}"
read -r attrs_s attrs_kb < "$tmp/attrs.time"
record "import 200 attributes x 100k users (peak $(mb "$attrs_kb") MB)" "$attrs_s" 5 s
hyperfine -N --warmup 1 --runs 3 --export-json "$tmp/segment.json" \
    "$northstar metrics $tmp/attrs.northstar --metric breadth" \
    "$northstar metrics $tmp/attrs.northstar --metric breadth --segment attr_007=v3" > /dev/null
read -r plain_s segment_s < <(python3 -c "import json; r = json.load(open('$tmp/segment.json'))['results']; print(r[0]['mean'], r[1]['mean'])")
record "segment / unfiltered, 100k users ($(printf '%.3f' "$segment_s") s / $(printf '%.3f' "$plain_s") s)" \
    "$(python3 -c "print(round($segment_s / $plain_s, 3))")" 2 ratio

# --- The table ---------------------------------------------------------------------------------
echo
printf '%-72s %10s %8s  %s\n' "goal (issue #13)" measured limit ""
while IFS=$'\t' read -r goal value limit unit; do
    verdict=$(python3 -c "print('MET' if $value <= $limit else 'NOT MET')")
    printf '%-72s %10s %8s  %-5s %s\n' "$goal" "$value" "$limit" "$unit" "$verdict"
done < "$results"
echo "(the window's goal: the reviewui benchmark)"
