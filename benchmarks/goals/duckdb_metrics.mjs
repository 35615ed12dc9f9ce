// The DuckDB peer of goals_benchmark.sh (issue #13): weekly (Monday, UTC) breadth, depth and
// frequency over the raw rows of an events CSV, in one in-memory DuckDB.
//
//   node duckdb_metrics.mjs MODULES EVENTS.csv OUT_PREFIX
//
// MODULES is the node_modules folder scripts/install-test-node.sh filled (@duckdb/node-api
// ships DuckDB's engine). Loading the CSV is timed apart from the queries: the issue compares
// the queries over rows already loaded. Prints "load SECONDS" and "queries SECONDS"; writes
// OUT_PREFIX_{breadth,depth,frequency}.csv as week,value for the script's agreement check.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, csv, outPrefix] = process.argv.slice(2);
if (!modules || !csv || !outPrefix) {
    console.error('usage: node duckdb_metrics.mjs MODULES EVENTS.csv OUT_PREFIX');
    process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run("SET TimeZone = 'UTC'");

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
let start = process.hrtime.bigint();
await connection.run(`CREATE TABLE events AS SELECT user_id, CAST("timestamp" AS TIMESTAMPTZ) AS ts, event, value
                      FROM read_csv('${csv.replaceAll("'", "''")}', header = true,
                                    columns = {'user_id': 'VARCHAR', 'timestamp': 'VARCHAR',
                                               'event': 'VARCHAR', 'value': 'DOUBLE'})`);
console.log(`load ${seconds(start).toFixed(3)}`);

// The Monday on or before the event's UTC date (date_trunc('week') is ISO, Monday-based).
const week = "date_trunc('week', CAST(ts AS DATE))";
const queries = {
    breadth: `SELECT ${week} AS week, count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week`,
    depth: `SELECT ${week} AS week, count(*) / count(DISTINCT user_id) FROM events GROUP BY week ORDER BY week`,
    frequency: `SELECT week, avg(days) FROM (SELECT ${week} AS week, user_id, count(DISTINCT CAST(ts AS DATE)) AS days
                FROM events GROUP BY week, user_id) GROUP BY week ORDER BY week`,
};
start = process.hrtime.bigint();
const results = {};
for (const [kind, sql] of Object.entries(queries))
    results[kind] = (await connection.runAndReadAll(sql)).getRows();
console.log(`queries ${seconds(start).toFixed(3)}`);

for (const [kind, rows] of Object.entries(results)) {
    const lines = rows.map(([w, v]) => `${String(w).slice(0, 10)},${Number(v)}`);
    fs.writeFileSync(`${outPrefix}_${kind}.csv`, lines.join('\n') + '\n');
}
