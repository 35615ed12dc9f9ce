-- North Star Studio: the daily rollup (docs/warehouse.md), for DuckDB 0.9 or later.
-- Written by `northstar warehouse-sql --engine duckdb ...`; import the CSV it makes with
-- `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in double quotes, "" doubled):
--   table       --table      the raw events, `table` or `schema.table` or `db.schema.table`
--   user        --user       the user id column (any type; written as VARCHAR)
--   time        --time       the event's instant: TIMESTAMPTZ, or TIMESTAMP holding UTC
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it with the session's TimeZone set to UTC (a TIMESTAMP without zone is read in that
-- setting; a TIMESTAMPTZ does not depend on it):
--   duckdb events.duckdb -c "SET TimeZone = 'UTC'; COPY (<this query>) TO 'rollup.csv' (HEADER, DELIMITER ',')"
--
-- Cost: one scan of the table reading user, time, event, value and the attribute columns;
-- --since becomes `time >= <the date's midnight minus 14 hours, UTC>`, which skips row
-- groups (and Parquet files or hive partitions) whose time range lies before it. The
-- attributes come from a window over the aggregated rows, not a second scan.
WITH events AS (
    SELECT
        CAST({{user}} AS VARCHAR) AS user_id,
        CAST(CAST({{time}} AS TIMESTAMPTZ) AT TIME ZONE {{timezone}} AS DATE) AS local_date,
        CAST({{event}} AS VARCHAR) AS event,
        CAST({{value}} AS DECIMAL(38, 10)) AS value,
        CAST({{time}} AS TIMESTAMPTZ) AS instant
{{#attributes}}
        , CAST({{attribute}} AS VARCHAR) AS {{attribute_alias}}
{{/attributes}}
    FROM {{table}}
{{#since}}
    WHERE {{time}} >= {{since_utc_offset}}
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
        , MAX(CASE WHEN {{attribute_alias}} IS NOT NULL THEN instant END) AS {{attribute_alias}}_time
        , (ARRAY_AGG({{attribute_alias}} ORDER BY instant DESC, {{attribute_alias}} DESC)
              FILTER (WHERE {{attribute_alias}} IS NOT NULL))[1] AS {{attribute_alias}}_value
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
