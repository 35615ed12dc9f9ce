#!/usr/bin/env python3
"""Extrapolation for docs/scaling.md (issue #12 §5) from the RESULT lines that
rollup_scaling.sh prints (one per measured size), to 1M / 10M / 100M users over a year.

Model (linear in what it is linear in; fitted by least squares over the measured runs):
  workspace bytes   = rows x (workspace bytes per row, from the largest full-year run)
  import seconds    = rows x (import seconds per row, from the largest full-year run)
  metrics peak RSS  = a + b x rows + c x users            (fitted over all runs)
  import peak RSS   = a + b x rows + c x users            (fitted over all runs)
with rows = users x ROWS_PER_USER_YEAR (default: the full-year runs' rows / users, i.e. the
generator's shape: active on ~30% of days, ~1.85 event names per active day).

Usage: extrapolate.py RESULTS.txt [ROWS_PER_USER_YEAR]
"""
import sys


def parse(path):
    runs = []
    for line in open(path):
        if not line.startswith("RESULT "):
            continue
        fields = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        runs.append(fields)
    return runs


def solve3(rows):
    # least squares for y = a + b*x1 + c*x2 via the normal equations (3x3, Cramer)
    s = [[0.0] * 3 for _ in range(3)]
    t = [0.0] * 3
    for x1, x2, y in rows:
        v = (1.0, x1, x2)
        for i in range(3):
            t[i] += v[i] * y
            for j in range(3):
                s[i][j] += v[i] * v[j]

    def det(m):
        return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    d = det(s)
    out = []
    for k in range(3):
        m = [row[:] for row in s]
        for i in range(3):
            m[i][k] = t[i]
        out.append(det(m) / d)
    return out


def main():
    runs = parse(sys.argv[1])
    users = {r["label"]: float(r["users"]) for r in runs}
    full = [r for r in runs if r.get("days", "366") == "366"]
    big = max(full, key=lambda r: float(r["rows"]))
    rows_per_user = (float(sys.argv[2]) if len(sys.argv) > 2
                     else sum(float(r["rows"]) for r in full) / sum(users[r["label"]] for r in full))
    ud_per_user = sum(float(r["user_days"]) for r in full) / sum(users[r["label"]] for r in full)
    ws_per_row = float(big["workspace_bytes"]) / float(big["rows"])
    s_per_row = float(big["import_s"]) / float(big["rows"])
    mem = solve3([(float(r["rows"]), users[r["label"]], float(r["metrics_peak_mb"])) for r in runs])
    imp = solve3([(float(r["rows"]), users[r["label"]], float(r["import_peak_mb"])) for r in runs])
    print(f"from {big['label']}: workspace {ws_per_row:.2f} B/row, import {s_per_row * 1e6:.3f} us/row;"
          f" rows/user-year {rows_per_user:.1f}, user-days/user-year {ud_per_user:.1f}")
    print(f"metrics peak MB = {mem[0]:.1f} + {mem[1] * 1e6:.2f} MB per 1M rows + {mem[2] * 1e6:.1f} MB per 1M users")
    print(f"import  peak MB = {imp[0]:.1f} + {imp[1] * 1e6:.2f} MB per 1M rows + {imp[2] * 1e6:.1f} MB per 1M users")
    print("| users | rollup rows | user-days | CSV | workspace | import | metrics memory | import memory |")
    print("|---|---|---|---|---|---|---|---|")
    csv_per_row = float(big["csv_bytes"]) / float(big["rows"])
    for n in (1e6, 10e6, 100e6):
        rows = n * rows_per_user
        print(f"| {n / 1e6:.0f}M | {rows / 1e6:,.0f}M | {n * ud_per_user / 1e6:,.0f}M | {rows * csv_per_row / 1e9:,.1f} GB"
              f" | {rows * ws_per_row / 1e9:,.1f} GB | {rows * s_per_row / 60:,.0f} min"
              f" | {(mem[0] + mem[1] * rows + mem[2] * n) / 1024:,.1f} GB"
              f" | {(imp[0] + imp[1] * rows + imp[2] * n) / 1024:,.1f} GB |")


main()
