// What tests/warehouse runs the shipped rollup queries with (node 18 or later):
//
//   node warehouse-check.mjs MODULES duckdb FILE.sql...   runs the files, in order, in one
//                                                        in-memory DuckDB (COPY ... TO writes
//                                                        the CSV the test reads back)
//   node warehouse-check.mjs MODULES spark FILE.sql      checks FILE against Spark SQL's grammar
//   node warehouse-check.mjs MODULES bigquery FILE.sql   checks FILE against BigQuery's grammar
//
// MODULES is the node_modules folder scripts/install-test-node.sh filled. Exit code 0 when it
// ran or parsed, 1 with the engine's or parser's message on stderr, 2 for a missing package.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const [modules, mode, ...files] = process.argv.slice(2);
if (!modules || !mode || files.length === 0) {
    console.error('usage: node warehouse-check.mjs MODULES duckdb|spark|bigquery FILE.sql...');
    process.exit(2);
}
const require = createRequire(path.join(modules, 'package.json'));

function load(name) {
    try {
        return require(name);
    } catch (e) {
        console.error(`The npm package ${name} is missing from ${modules} (${e.code}): run ` +
                      `'bash scripts/install-test-node.sh BUILD' (npm ci of tests/warehouse/node).`);
        process.exit(2);
    }
}

if (mode === 'duckdb') {
    const { DuckDBInstance } = load('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    for (const file of files) {
        try {
            await connection.run(fs.readFileSync(file, 'utf8'));
        } catch (e) {
            console.error(`${file}: ${e.message}`);
            process.exit(1);
        }
    }
} else if (mode === 'spark') {
    // dt-sql-parser ships ES modules with directory imports that node does not resolve
    // itself: the hook adds the /index.js and .js node expects.
    const hook = 'data:text/javascript,' + encodeURIComponent(`
        export async function resolve(specifier, context, next) {
            try { return await next(specifier, context); } catch (e) {
                if (e.code === 'ERR_UNSUPPORTED_DIR_IMPORT') return next(specifier + '/index.js', context);
                if (e.code === 'ERR_MODULE_NOT_FOUND' && specifier.startsWith('.') && !specifier.endsWith('.js'))
                    return next(specifier + '.js', context);
                throw e;
            }
        }`);
    register(hook, import.meta.url);
    const entry = path.join(modules, 'dt-sql-parser', 'dist', 'index.js');
    if (!fs.existsSync(entry))
        load('dt-sql-parser');
    const { SparkSQL } = await import(pathToFileURL(entry).href);
    const errors = new SparkSQL().validate(fs.readFileSync(files[0], 'utf8'));
    if (errors.length > 0) {
        for (const e of errors)
            console.error(`${files[0]}:${e.startLine}:${e.startColumn}: ${e.message}`);
        process.exit(1);
    }
} else if (mode === 'bigquery') {
    const { parse } = load('sql-parser-cst');
    try {
        parse(fs.readFileSync(files[0], 'utf8'), { dialect: 'bigquery', includeComments: true });
    } catch (e) {
        console.error(`${files[0]}: ${e.message}`);
        process.exit(1);
    }
} else {
    console.error(`unknown mode ${mode}`);
    process.exit(2);
}
