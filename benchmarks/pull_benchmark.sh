#!/usr/bin/env bash
# The pull benchmark of issue #12 ("Done when"). In one run:
#   1. the import benchmark's export (generate_events: ROWS events, 50k users, 2024) and a
#      smaller one (SMALL_ROWS) are loaded into a throwaway PostgreSQL (Debian's, initdb in a
#      temporary folder) and a throwaway clickhouse-server, both on free ports of 127.0.0.1;
#   2. `northstar pull` of each table from each engine into a fresh workspace (Europe/Berlin),
#      timed with its peak RSS, and the same query run by the engine's own client as the peer
#      (psql --csv -o FILE; clickhouse-client ... FORMAT CSVWithNames > FILE), with the ratio;
#   3. the client's file imported alone (`northstar import --rollup`: the pull's second half),
#      and `northstar import` of the raw CSV into another workspace;
#   4. weekly breadth, depth, frequency, stickiness (k=2) and lifecycle printed by
#      `northstar metrics` on the three workspaces must be identical (else exit 1).
# The peak RSS of the pull for SMALL_ROWS against ROWS shows whether memory grows with the
# result (it should not: the rows are streamed to a file, then imported in batches).
#
# Usage: pull_benchmark.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS] [SMALL_ROWS]
# Needs postgresql, clickhouse-server, clickhouse-client, time, python3
# (scripts/install-deps.sh, and apt-get install time).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
small=${5:-1000000}
zone=Europe/Berlin

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
for tool in psql clickhouse-client /usr/bin/time python3 "$pgbin/initdb" "$pgbin/pg_ctl"; do
    command -v "$tool" >/dev/null || {
        echo "pull_benchmark: $tool is missing (apt-get install postgresql clickhouse-client time python3)" >&2; exit 1; }
done

mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)
for n in "$small" "$rows"; do
    csv="$workdir/events_${n}.csv"
    if [[ ! -s "$csv" ]]; then
        echo "Generating $csv ..."
        "$generator" "$csv.tmp" "$n" 50000 20240101
        mv "$csv.tmp" "$csv"
    fi
done

tmp=$(mktemp -d /tmp/pull_benchmark.XXXXXX)
# shellcheck source-path=SCRIPTDIR source=clickhouse_server.sh
source "$(dirname "$0")/clickhouse_server.sh" # ch_start, ch, free_port
as_postgres=()
if [[ $(id -u) == 0 ]]; then
    as_postgres=(runuser -u postgres --)
    chown postgres: "$tmp"
fi
ch_pid=
cleanup() {
    "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$tmp/pg" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
    if [[ -n $ch_pid ]]; then kill "$ch_pid" 2>/dev/null || true; wait "$ch_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# PostgreSQL: TCP on 127.0.0.1 only, trusted (a throwaway cluster), its socket in $tmp.
pg_port=$(free_port)
"${as_postgres[@]}" "$pgbin/initdb" -D "$tmp/pg" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
"${as_postgres[@]}" "$pgbin/pg_ctl" -D "$tmp/pg" -l "$tmp/pg.log" -w -t 30 \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$tmp -c fsync=off -c synchronous_commit=off" \
    start >/dev/null
pg() { PGTZ=UTC psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

# ClickHouse: HTTP and native TCP on 127.0.0.1, data in $tmp/ch.
ch_start "$tmp/ch"

echo "PostgreSQL $(pg -Atc 'SHOW server_version') on 127.0.0.1:$pg_port, ClickHouse $(ch --query 'SELECT version()') on 127.0.0.1:$ch_http"
for n in "$small" "$rows"; do
    csv="$workdir/events_${n}.csv"
    echo "Loading $n events into both ..."
    pg -c "CREATE TABLE events_$n (user_id text, \"timestamp\" timestamptz, event text, value double precision)" \
       -c "\\copy events_$n FROM '$csv' WITH (FORMAT csv, HEADER true)" -c "ANALYZE events_$n"
    ch --query "CREATE TABLE events_$n (user_id String, timestamp DateTime('UTC'), event String, value Nullable(Float64))
                ENGINE = MergeTree PARTITION BY toYYYYMM(timestamp) ORDER BY (timestamp, user_id)"
    # 2024-01-01T00:00:00Z as 2024-01-01 00:00:00 (18.16 reads no other form in CSV).
    tail -n +2 "$csv" | sed -e 's/T/ /' -e 's/Z,/,/' | ch --query "INSERT INTO events_$n FORMAT CSV"
    pg_count=$(pg -Atc "SELECT count(*) FROM events_$n")
    ch_count=$(ch --query "SELECT count() FROM events_$n")
    [[ $pg_count == "$n" && $ch_count == "$n" ]] || { echo "loaded $pg_count / $ch_count of $n" >&2; exit 1; }
done
cat "$workdir/events_${rows}.csv" > /dev/null # the raw import starts with the file in the page cache

measure() { # LOG COMMAND...: seconds elapsed and peak RSS in kB
    local log=$1
    shift
    /usr/bin/time -f '%e %M' -o "$log" "$@"
}
json_number() { grep -m1 "\"$2\"" "$1" | tr -dc '0-9'; }

declare -A pull_s pull_kb peer_s peer_kb fetched rollup_s rollup_kb
for engine in postgres clickhouse; do
    if [[ $engine == postgres ]]; then url=(--postgres "postgresql://postgres@127.0.0.1:$pg_port/postgres")
    else url=(--clickhouse "http://127.0.0.1:$ch_http/?database=default"); fi
    for n in "$small" "$rows"; do
        ws="$workdir/pull_${engine}_$n.northstar"
        rm -f "$ws" "$ws"-*
        flags=(--table "events_$n" --user user_id --time timestamp --event event --value value --timezone "$zone")
        measure "$tmp/pull.time" env NORTHSTAR_WAREHOUSE_PASSWORD= "$northstar" pull "$ws" "${url[@]}" "${flags[@]}" \
            --json </dev/null > "$tmp/pull.json"
        read -r pull_s[$engine$n] pull_kb[$engine$n] < "$tmp/pull.time"
        fetched[$engine$n]=$(json_number "$tmp/pull.json" fetched_rows)
        events=$(json_number "$tmp/pull.json" events)
        [[ $events == "$n" ]] || { echo "pull from $engine imported $events of $n events" >&2; exit 1; }

        # The peer: the very query, run by the engine's own client into a file.
        "$northstar" pull "$tmp/dry.northstar" "${url[@]}" "${flags[@]}" --dry-run > "$tmp/rollup.sql"
        if [[ $engine == postgres ]]; then
            measure "$tmp/peer.time" env PGTZ=UTC psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -X \
                --csv -v ON_ERROR_STOP=1 -v FETCH_COUNT=50000 -f "$tmp/rollup.sql" -o "$tmp/peer.csv"
        else
            measure "$tmp/peer.time" clickhouse-client --host 127.0.0.1 --port "$ch_tcp" \
                --query "$(cat "$tmp/rollup.sql") FORMAT CSVWithNames" > "$tmp/peer.csv"
        fi
        read -r peer_s[$engine$n] peer_kb[$engine$n] < "$tmp/peer.time"
        peer_rows=$(( $(wc -l < "$tmp/peer.csv") - 1 ))
        [[ $peer_rows == "${fetched[$engine$n]}" ]] || { echo "$engine: peer $peer_rows rows, pull ${fetched[$engine$n]}" >&2; exit 1; }
        # What the import part costs alone: the client's file imported as a rollup.
        rm -f "$tmp/rollup.northstar" "$tmp/rollup.northstar"-*
        measure "$tmp/rollup.time" "$northstar" import "$tmp/rollup.northstar" "$tmp/peer.csv" --rollup \
            --timezone "$zone" --json > "$tmp/rollup.json"
        read -r rollup_s[$engine$n] rollup_kb[$engine$n] < "$tmp/rollup.time"
        rm -f "$tmp/peer.csv" "$tmp/rollup.northstar" "$tmp/rollup.northstar"-*
    done
done

raw="$workdir/pull_raw_$rows.northstar"
rm -f "$raw" "$raw"-*
measure "$tmp/import.time" "$northstar" import "$raw" "$workdir/events_${rows}.csv" --json > "$tmp/import.json"
read -r import_s import_kb < "$tmp/import.time"

echo
printf '%-12s %10s %12s %8s %8s %9s %10s %7s %10s %10s\n' engine events rollup_rows pull_s pull_MB \
    client_s client_MB ratio import_s import_MB
for engine in postgres clickhouse; do
    for n in "$small" "$rows"; do
        k=$engine$n
        ratio=$(awk -v a="${pull_s[$k]}" -v b="${peer_s[$k]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        printf '%-12s %10s %12s %8s %8s %9s %10s %7s %10s %10s\n' "$engine" "$n" "${fetched[$k]}" "${pull_s[$k]}" \
            "$(( ${pull_kb[$k]} / 1024 ))" "${peer_s[$k]}" "$(( ${peer_kb[$k]} / 1024 ))" "$ratio" \
            "${rollup_s[$k]}" "$(( ${rollup_kb[$k]} / 1024 ))"
    done
done
echo "(client: psql --csv -o FILE, clickhouse-client FORMAT CSVWithNames > FILE; ratio: pull / client;"
echo " import: northstar import --rollup of the client's file alone, the part of the pull after the fetch)"
echo "northstar import of the raw CSV ($rows events): $import_s s, $(( import_kb / 1024 )) MB peak"

echo
status=0
for metric in breadth depth frequency "stickiness --k 2" lifecycle; do
    # shellcheck disable=SC2086
    expected=$("$northstar" metrics "$raw" --metric $metric --timezone "$zone")
    same=yes
    for engine in postgres clickhouse; do
        # shellcheck disable=SC2086
        actual=$("$northstar" metrics "$workdir/pull_${engine}_$rows.northstar" --metric $metric)
        if [[ $actual != "$expected" ]]; then
            same=no
            status=1
            diff <(echo "$expected") <(echo "$actual") | head -5 | sed "s/^/  $engine: /"
        fi
    done
    printf 'weekly %-16s raw import = pull from PostgreSQL = pull from ClickHouse: %s (%d lines)\n' \
        "$metric" "$same" "$(echo "$expected" | wc -l)"
done
exit $status
