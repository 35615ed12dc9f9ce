-- North Star Studio: the daily rollup (docs/warehouse.md), for BigQuery (GoogleSQL, the
-- default dialect of `bq query --use_legacy_sql=false`). Written by
-- `northstar warehouse-sql --engine bigquery ...`; import the CSV it makes with
-- `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in backquotes, ` and \ escaped):
--   table       --table      the raw events, `dataset.table` or `project.dataset.table`
--   user        --user       the user id column (any type; written as STRING)
--   time        --time       the event's instant: TIMESTAMP, or DATETIME holding UTC
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it (docs/warehouse.md has the whole setup, step by step):
--   bq query --use_legacy_sql=false --format=csv --max_rows=100000000 < rollup.sql > rollup.csv
-- for small results; for any size, into a table, then out to Cloud Storage:
--   bq query --use_legacy_sql=false --destination_table=DATASET.northstar_rollup \
--       --replace < rollup.sql
--   bq extract --destination_format=CSV --print_header=true \
--       DATASET.northstar_rollup 'gs://BUCKET/northstar/rollup-*.csv'
-- or wrap the query: EXPORT DATA OPTIONS (uri = 'gs://BUCKET/northstar/rollup-*.csv',
-- format = 'CSV', header = true, overwrite = true) AS <this query>.
--
-- Cost (bytes billed): the user, time, event, value and attribute columns of the table,
-- read once. --since becomes `time >= '<the date's midnight minus 14 hours, UTC>'`, a
-- constant filter on the time column, so a table partitioned (or clustered) on it is read
-- from that day's partition on: a daily run with --since of a few days ago bills a few
-- days, not the whole history. `bq query --dry_run` prints the bytes before you pay them.
-- The attributes come from a window over the aggregated rows, not a second scan.
WITH events AS (
    SELECT
        CAST({{user}} AS STRING) AS user_id,
        DATE(CAST({{time}} AS TIMESTAMP), {{timezone}}) AS local_date,
        CAST({{event}} AS STRING) AS event,
        CAST({{value}} AS BIGNUMERIC) AS value,
        CAST({{time}} AS TIMESTAMP) AS instant
{{#attributes}}
        , CAST({{attribute}} AS STRING) AS {{attribute_alias}}
{{/attributes}}
    FROM {{table}}
{{#since}}
    WHERE {{time}} >= {{since_utc}}
{{/since}}
),
daily AS (
    SELECT
        user_id,
        local_date,
        event,
        COUNT(*) AS events,
        SUM(COALESCE(value, 0)) AS value_sum
{{#attributes}}
        , MAX(IF({{attribute_alias}} IS NULL, NULL, instant)) AS {{attribute_alias}}_time
        , ARRAY_AGG({{attribute_alias}} IGNORE NULLS
              ORDER BY instant DESC, {{attribute_alias}} DESC LIMIT 1)[SAFE_OFFSET(0)] AS {{attribute_alias}}_value
{{/attributes}}
    FROM events
{{#since}}
    WHERE local_date >= DATE {{since_date}}
{{/since}}
    GROUP BY user_id, local_date, event
)
SELECT
    user_id,
    local_date AS date,
    event,
    events,
    value_sum
{{#attributes}}
    , FIRST_VALUE({{attribute_alias}}_value IGNORE NULLS) OVER (PARTITION BY user_id
          ORDER BY {{attribute_alias}}_time DESC, {{attribute_alias}}_value DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS {{attribute_name}}
{{/attributes}}
FROM daily
