-- North Star Studio: the daily rollup (docs/warehouse.md), for Snowflake. Written by
-- `northstar warehouse-sql --engine snowflake ...`; import the CSV it makes with
-- `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in double quotes, "" doubled, so they
-- are case-sensitive: give unquoted names as Snowflake stores them, in CAPITALS; the
-- rollup's own columns are quoted too, so that the CSV header stays in lower case):
--   table       --table      the raw events, `table`, `schema.table` or `db.schema.table`
--   user        --user       the user id column (any type; written as VARCHAR)
--   time        --time       the event's instant: TIMESTAMP_TZ or TIMESTAMP_LTZ, or
--                            TIMESTAMP_NTZ holding UTC
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it with the session's TIMEZONE set to UTC (a TIMESTAMP_NTZ is read in it; TZ and LTZ
-- values do not depend on it), unloading to your user stage, then fetch the file (SnowSQL,
-- or the web UI's download of a query result for small ones):
--   ALTER SESSION SET TIMEZONE = 'UTC';
--   COPY INTO @~/northstar/rollup.csv FROM (<this query>)
--       FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '"' NULL_IF = ('')
--                      COMPRESSION = NONE)
--       HEADER = TRUE SINGLE = TRUE MAX_FILE_SIZE = 5000000000 OVERWRITE = TRUE;
--   GET @~/northstar/rollup.csv file:///tmp/northstar/;
--
-- Cost (warehouse time): one scan of the table reading user, time, event, value and the
-- attribute columns. --since becomes `time >= <the date's midnight minus 14 hours, UTC>`,
-- so micro-partitions whose time range lies before it are pruned (a table loaded in time
-- order, or clustered on the time column, prunes well). The attributes come from a window
-- over the aggregated rows, not a second scan.
WITH events AS (
    SELECT
        CAST({{user}} AS VARCHAR) AS user_id,
        CAST(CONVERT_TIMEZONE({{timezone}}, {{time}}) AS DATE) AS local_date,
        CAST({{event}} AS VARCHAR) AS event,
        CAST({{value}} AS NUMBER(38, 10)) AS value,
        CAST({{time}} AS TIMESTAMP_TZ) AS instant
{{#attributes}}
        , CAST({{attribute}} AS VARCHAR) AS {{attribute_alias}}
{{/attributes}}
    FROM {{table}}
{{#since}}
    WHERE {{time}} >= TO_TIMESTAMP_TZ({{since_utc_offset}}, 'YYYY-MM-DD HH24:MI:SSTZH:TZM')
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
        , MAX(IFF({{attribute_alias}} IS NULL, NULL, instant)) AS {{attribute_alias}}_time
        , CAST(GET(ARRAY_AGG({{attribute_alias}}) WITHIN GROUP (
              ORDER BY IFF({{attribute_alias}} IS NULL, 1, 0), instant DESC, {{attribute_alias}} DESC), 0)
              AS VARCHAR) AS {{attribute_alias}}_value
{{/attributes}}
    FROM events
{{#since}}
    WHERE local_date >= DATE {{since_date}}
{{/since}}
    GROUP BY user_id, local_date, event
)
SELECT
    user_id AS "user_id",
    local_date AS "date",
    event AS "event",
    events AS "events",
    value_sum AS "value_sum"
{{#attributes}}
    , FIRST_VALUE({{attribute_alias}}_value) OVER (PARTITION BY user_id
          ORDER BY {{attribute_alias}}_time DESC NULLS LAST, {{attribute_alias}}_value DESC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS {{attribute_name}}
{{/attributes}}
FROM daily
