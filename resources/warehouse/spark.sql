-- North Star Studio: the daily rollup (docs/warehouse.md), for Spark SQL 3.0 or later and
-- Databricks (SQL warehouses and notebooks). Written by
-- `northstar warehouse-sql --engine spark ...`; import the CSV it makes with
-- `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in backquotes, ` doubled):
--   table       --table      the raw events, `table`, `schema.table` or `catalog.schema.table`
--   user        --user       the user id column (any type; written as STRING)
--   time        --time       the event's instant: TIMESTAMP, or TIMESTAMP_NTZ holding UTC
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it with the session time zone UTC (Databricks SQL's default; the time literal of
-- --since and a TIMESTAMP_NTZ are read in it), writing one CSV file with a header:
--   SET TIME ZONE 'UTC';
--   INSERT OVERWRITE DIRECTORY '/tmp/northstar/rollup' USING csv
--       OPTIONS (header 'true', emptyValue '') SELECT * FROM (<this query>);
-- (Spark writes a folder of part-*.csv files; add /*+ COALESCE(1) */ after SELECT for one.)
-- In a notebook: spark.sql(query).coalesce(1).write.option("header", True).csv(path).
-- spark-sql -e prints tab-separated text without a header: do not use it for the file.
--
-- Cost: one scan of the table reading user, time, event, value and the attribute columns.
-- --since becomes `time >= '<the date's midnight minus 14 hours, UTC>'`, a constant filter
-- on the time column: pushed down to Parquet/Delta (files and row groups skipped by their
-- statistics) and partitions on the time column pruned. The attributes come from a window
-- over the aggregated rows, not a second scan. value_sum is a DECIMAL(38, 6): Spark writes
-- decimals with more places in exponent form when small (0E-10), six always plainly.
WITH events AS (
    SELECT
        CAST({{user}} AS STRING) AS user_id,
        CAST(from_utc_timestamp(CAST({{time}} AS TIMESTAMP), {{timezone}}) AS DATE) AS local_date,
        CAST({{event}} AS STRING) AS event,
        CAST({{value}} AS DECIMAL(38, 6)) AS value,
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
        , MAX(IF({{attribute_alias}} IS NULL, NULL, struct(instant, {{attribute_alias}}))).{{attribute_alias}}
              AS {{attribute_alias}}_value
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
    , FIRST_VALUE({{attribute_alias}}_value) OVER (PARTITION BY user_id
          ORDER BY {{attribute_alias}}_time DESC NULLS LAST, {{attribute_alias}}_value DESC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS {{attribute_name}}
{{/attributes}}
FROM daily
