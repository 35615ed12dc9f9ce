#!/usr/bin/env bash
# Pull cost on the engines we can run here (issue #12 §5, docs/scaling.md): the rollup query
# that `northstar pull` runs (the shipped resources/warehouse/*.sql, rendered by
# `northstar warehouse-sql`) on N raw events in a throwaway PostgreSQL 15 and ClickHouse
# 18.16 server on 127.0.0.1 (data in a temp folder under WORKDIR, removed at the end).
#
# The raw events are benchmarks/generate_events.cpp's (user_id,timestamp,event,value; the
# import benchmark's 5M events of 50k users over 2024), plus one attribute `country`
# derived from the user id in the database, so the attribute part of the query runs too.
# For each engine it prints: load time (not part of a pull), the query's wall time writing
# the CSV to a file (median of 3, page cache warm), rollup rows and bytes, and the rows and
# bytes the engine says it read (PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) of the query;
# ClickHouse: system.query_log read_rows / read_bytes). PostgreSQL's rollup CSV is
# kept as WORKDIR/pulled_postgresql.csv: rollup_scaling.sh times its import (the other half
# of a pull).
#
# NORTHSTAR is only used for `warehouse-sql` here, so any build of it will do.
# ENGINES=postgresql or ENGINES=clickhouse runs one of them (default: both). PG_PORT and
# CH_PORT move the servers off 55432 / 59000 when those are taken.
# ClickHouse 18.16: the shipped query can stop with "Decimal value is too small" (value_sum
# is written as toDecimal128(toString(float sum), 10), and a float sum printed with more than
# 10 decimals, e.g. 0.30000000000000004, does not parse there). The script then says so,
# shows that expression on its own, and times the query with value_sum left as the Float64
# sum (same columns read, same grouping), labelled "modified".
# Usage: pull_engines.sh NORTHSTAR GENERATE_EVENTS WORKDIR [ROWS=5000000] [USERS=50000]
# Run as root (PostgreSQL runs as user postgres via runuser). Needs postgresql-15,
# clickhouse-server, clickhouse-client, psql, GNU time.
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
generator=${2:?generate_events binary}
workdir=${3:?work directory}
rows=${4:-5000000}
users=${5:-50000}
pgbin=/usr/lib/postgresql/15/bin
pgport=${PG_PORT:-55432}
chport=${CH_PORT:-59000}

mkdir -p "$workdir"
csv="$workdir/events_${rows}.csv"
if [[ ! -s "$csv" ]]; then
    "$generator" "$csv.tmp" "$rows" "$users" 20240101
    mv "$csv.tmp" "$csv"
fi
tmp=$(mktemp -d "$workdir/engines.XXXXXX")
chmod 755 "$tmp"
chmod 644 "$csv"
pgpid=""
chpid=""
cleanup() {
    [[ -n "$pgpid" ]] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg" -m fast stop >/dev/null 2>&1 || true
    [[ -n "$chpid" ]] && kill "$chpid" 2>/dev/null && wait "$chpid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

median3() { sort -n | sed -n 2p; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

sqlargs=(--table raw_events --user user_id --time ts --event event --value value --attribute country --timezone UTC)

engines=${ENGINES:-postgresql clickhouse}
# ---------------------------------------------------------------- PostgreSQL 15
if [[ $engines == *postgresql* ]]; then
mkdir -p "$tmp/pg"
chown postgres "$tmp/pg"
runuser -u postgres -- "$pgbin/initdb" -D "$tmp/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg" -l "$tmp/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$pgport -c unix_socket_directories=$tmp/pg -c shared_buffers=512MB -c work_mem=256MB" start >/dev/null
pgpid=yes
pg() { PGTZ=UTC psql -X -q -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 "$@"; }
t0=$(now)
pg -c "CREATE UNLOGGED TABLE staging (user_id text, ts timestamptz, event text, value numeric)" \
   -c "\\copy staging FROM '$csv' CSV HEADER" \
   -c "CREATE TABLE raw_events AS SELECT user_id, ts, event, value, 'c' || (abs(hashtext(user_id)) % 20) AS country FROM staging" \
   -c "DROP TABLE staging" -c "VACUUM ANALYZE raw_events"
t1=$(now)
pgtable=$(pg -At -c "SELECT pg_total_relation_size('raw_events')")
"$northstar" warehouse-sql --engine postgresql "${sqlargs[@]}" > "$tmp/pg.sql"
times=()
for i in 1 2 3; do
    s=$(now)
    pg --csv -v FETCH_COUNT=50000 -f "$tmp/pg.sql" -o "$tmp/pg.csv"
    times+=("$(elapsed "$s" "$(now)")")
done
pgq=$(printf '%s\n' "${times[@]}" | median3)
pgrows=$(( $(wc -l < "$tmp/pg.csv") - 1 ))
pgbytes=$(stat -c %s "$tmp/pg.csv")
# EXPLAIN: the scan node's rows and the buffers read (8 kB pages).
{ echo "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT)"; grep -v '^--' "$tmp/pg.sql"; } > "$tmp/pg_explain.sql"
pg -f "$tmp/pg_explain.sql" > "$tmp/pg_explain.txt"
pgscan=$(grep -m1 -o 'Seq Scan on raw_events.*actual[^)]*rows=[0-9]*' "$tmp/pg_explain.txt" | grep -o 'rows=[0-9]*$' | tr -dc 0-9)
pgbuf=$(grep -m1 'Buffers:' "$tmp/pg_explain.txt" | sed 's/^ *//')
echo "postgresql: load ${rows} events $(elapsed "$t0" "$t1") s; table ${pgtable} bytes; query+CSV median ${pgq} s (${times[*]});" \
     "rollup ${pgrows} rows ${pgbytes} bytes; seq scan rows ${pgscan}; top ${pgbuf}"
cp "$tmp/pg_explain.txt" "$workdir/pg_explain.txt"
runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg" -m fast stop >/dev/null
pgpid=""

mv "$tmp/pg.csv" "$workdir/pulled_postgresql.csv" # for rollup_scaling.sh: the import half of a pull

fi
# ---------------------------------------------------------------- ClickHouse 18.16
if [[ $engines == *clickhouse* ]]; then
root="$tmp/ch"
mkdir -p "$root"
cat > "$root/config.xml" <<XML
<yandex>
    <logger><level>warning</level><log>$root/server.log</log><errorlog>$root/server.err.log</errorlog></logger>
    <tcp_port>$chport</tcp_port>
    <listen_host>127.0.0.1</listen_host>
    <path>$root/data/</path>
    <tmp_path>$root/tmp/</tmp_path>
    <user_files_path>$root/user_files/</user_files_path>
    <format_schema_path>$root/format_schemas/</format_schema_path>
    <users_config>$root/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <mark_cache_size>5368709</mark_cache_size>
    <timezone>UTC</timezone>
    <query_log><database>system</database><table>query_log</table><flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log>
</yandex>
XML
cat > "$root/users.xml" <<'XML'
<yandex>
    <profiles><default><max_memory_usage>6000000000</max_memory_usage><log_queries>1</log_queries></default></profiles>
    <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
        <profile>default</profile><quota>default</quota></default></users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
        <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
    </interval></default></quotas>
</yandex>
XML
clickhouse-server --config-file="$root/config.xml" > "$root/stdout.log" 2>&1 &
chpid=$!
ch() { clickhouse-client --host 127.0.0.1 --port "$chport" "$@"; }
for i in $(seq 150); do ch --query "SELECT 1" >/dev/null 2>&1 && break; sleep 0.2; done
t0=$(now)
ch --query "CREATE TABLE raw_events (user_id String, ts DateTime, event String, value Nullable(Float64), country String)
            ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY ts"
# 18.16 reads 'YYYY-MM-DD hh:mm:ss' and \N for NULL; the country as in PostgreSQL is not
# needed to match (it is only there to be read).
tail -n +2 "$csv" | sed -e 's/\([0-9]\)T\([0-9]\)/\1 \2/' -e 's/Z,/,/' -e 's/,$/,\\N/' \
    | awk -F, 'BEGIN { OFS = "," } { print $0, "c" (length($1) * 7 + substr($1, length($1), 1)) % 20 }' \
    | ch --query "INSERT INTO raw_events FORMAT CSV"
ch --query "OPTIMIZE TABLE raw_events FINAL"
t1=$(now)
chtable=$(ch --query "SELECT sum(bytes_on_disk) FROM system.parts WHERE table = 'raw_events' AND active")
"$northstar" warehouse-sql --engine clickhouse "${sqlargs[@]}" > "$tmp/ch.sql"
label="shipped"
if ! ch --query "$(cat "$tmp/ch.sql") FORMAT CSVWithNames" > "$tmp/ch.csv" 2> "$tmp/ch.err"; then
    echo "clickhouse: the shipped query failed: $(tr '\n' ' ' < "$tmp/ch.err")"
    echo "clickhouse: toDecimal128(toString(0.1 + 0.2), 10): $(ch --query "SELECT toString(0.1 + 0.2), toDecimal128(toString(0.1 + 0.2), 10)" 2>&1 | tr '\n' ' ')"
    sed -i 's/toDecimal128(toString(\(sum(ifNull(toFloat64(`value`), 0))\)), 10)/\1/' "$tmp/ch.sql"
    label="modified (value_sum as Float64)"
fi
query="$(cat "$tmp/ch.sql") FORMAT CSVWithNames"
times=()
for i in 1 2 3; do
    s=$(now)
    ch --query "$query" > "$tmp/ch.csv"
    times+=("$(elapsed "$s" "$(now)")")
done
chq=$(printf '%s\n' "${times[@]}" | median3)
chrows=$(( $(wc -l < "$tmp/ch.csv") - 1 ))
chbytes=$(stat -c %s "$tmp/ch.csv")
sleep 2
ch --query "SYSTEM FLUSH LOGS" >/dev/null 2>&1 || true
chread=$(ch --query "SELECT read_rows, read_bytes, memory_usage, query_duration_ms FROM system.query_log
                      WHERE type = 2 AND query LIKE '%ns_user%' ORDER BY event_time DESC LIMIT 1" | tr '\t' ' ')
echo "clickhouse [$label]: load ${rows} events $(elapsed "$t0" "$t1") s; table ${chtable} bytes; query+CSV median ${chq} s (${times[*]});" \
     "rollup ${chrows} rows ${chbytes} bytes; read_rows read_bytes memory_usage duration_ms: ${chread}"
fi
