#!/usr/bin/env bash
# Rollup scaling measurement (issue #12 §5, docs/scaling.md). For one rollup CSV:
#   - CSV bytes per rollup row;
#   - `northstar import WORKSPACE CSV --rollup --timezone UTC` into a fresh workspace:
#     wall time and peak RSS (GNU time);
#   - workspace bytes per table and index (sqlite3 dbstat: SUM(pgsize) GROUP BY name),
#     grouped as rollup_chunks, activity (the per-user daily activity blob), users +
#     user_attributes, other; per rollup row and per user-day;
#   - `northstar metrics WORKSPACE --metric breadth` (weekly, loads the whole activity):
#     wall time and peak RSS, best of 3 (process start included).
# Prints one `key=value` line (RESULT ...) for docs/scaling.md.
#
# Usage: rollup_scaling.sh NORTHSTAR WORKDIR LABEL CSV
#   or:  rollup_scaling.sh NORTHSTAR WORKDIR LABEL --generate GENERATOR USERS [DAYS=366]
# With --generate, GENERATOR is benchmarks/scaling/generate_rollup.cpp built
# (g++ -O2 -std=c++20 -o generate_rollup benchmarks/scaling/generate_rollup.cpp); it makes
# WORKDIR/LABEL.csv (kept, reused when present) and reports the user-days itself.
# For a given CSV, users, user-days (distinct user, date) and days are counted from it.
# Needs sqlite3 built with dbstat (Debian's is) and /usr/bin/time (package time).
set -euo pipefail

northstar=${1:?NORTHSTAR binary}
workdir=${2:?work directory}
label=${3:?label}
shift 3
mkdir -p "$workdir"
if [[ ${1:-} == --generate ]]; then
    generator=${2:?generator}
    users=${3:?users}
    days=${4:-366}
    csv="$workdir/$label.csv"
    if [[ ! -s "$csv" || ! -s "$csv.stats" ]]; then
        "$generator" "$csv.tmp" "$users" "$days" 2> "$csv.stats"
        mv "$csv.tmp" "$csv"
    fi
    userdays=$(awk '{ print $4 }' "$csv.stats")
    nusers=$(awk '{ print $6 }' "$csv.stats")
else
    csv=${1:?CSV}
    userdays=$(tail -n +2 "$csv" | cut -d, -f1,2 | sort -u -S 1G | wc -l)
    nusers=$(tail -n +2 "$csv" | cut -d, -f1 | sort -u -S 1G | wc -l)
    days=$(tail -n +2 "$csv" | cut -d, -f2 | sort -u | wc -l)
fi

csvbytes=$(stat -c %s "$csv")
rows=$(( $(wc -l < "$csv") - 1 ))
cat "$csv" > /dev/null # the import starts with the file in the page cache, as far as it fits

ws="$workdir/$label.northstar"
rm -f "$ws" "$ws-journal" "$ws-wal"
/usr/bin/time -f '%e %M' -o "$workdir/$label.import.time" \
    "$northstar" import "$ws" "$csv" --rollup --timezone UTC > "$workdir/$label.import.out"
read -r imps impkb < "$workdir/$label.import.time"

sqlite3 "$ws" "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC" > "$workdir/$label.dbstat"
sum_of() { awk -F'|' -v re="$1" '$1 ~ re { s += $2 } END { printf "%d", s }' "$workdir/$label.dbstat"; }
chunks=$(sum_of '^rollup_chunks|^sqlite_autoindex_rollup_chunks|^idx_rollup')
activity=$(sum_of '^activity$|^sqlite_autoindex_activity')
userst=$(sum_of '^users$|^sqlite_autoindex_users|^user_attributes|^sqlite_autoindex_user_attributes|^idx_user')
total=$(stat -c %s "$ws")
other=$(( total - chunks - activity - userst ))

best_s=""
best_kb=""
for i in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$workdir/$label.metrics.time" \
        "$northstar" metrics "$ws" --metric breadth > "$workdir/$label.metrics.csv"
    read -r s kb < "$workdir/$label.metrics.time"
    if [[ -z "$best_s" ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then best_s=$s; fi
    best_kb=$kb
done

per() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "dbstat (bytes by table/index):"
cat "$workdir/$label.dbstat"
echo "RESULT label=$label users=$nusers days=$days rows=$rows user_days=$userdays csv_bytes=$csvbytes csv_per_row=$(per "$csvbytes" "$rows")" \
     "import_s=$imps import_peak_mb=$(( impkb / 1024 )) workspace_bytes=$total" \
     "rollup_chunks=$chunks activity=$activity users_attrs=$userst other=$other" \
     "ws_per_row=$(per "$total" "$rows") ws_per_user_day=$(per "$total" "$userdays")" \
     "chunks_per_row=$(per "$chunks" "$rows") activity_per_row=$(per "$activity" "$rows")" \
     "metrics_breadth_s=$best_s metrics_peak_mb=$(( best_kb / 1024 )) load=$(cut -d' ' -f1-3 /proc/loadavg)"
