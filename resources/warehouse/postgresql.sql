-- North Star Studio: the daily rollup (docs/warehouse.md), for PostgreSQL 12 or later
-- (tested on 15), and for Citus, Greenplum 7 and TimescaleDB as they are. Redshift: see
-- the end of this comment. Written by `northstar warehouse-sql --engine postgresql ...`;
-- import the CSV it makes with `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in double quotes, "" doubled):
--   table       --table      the raw events, `table` or `schema.table` or `db.schema.table`
--   user        --user       the user id column (any type; written as text)
--   time        --time       the event's instant: timestamptz, or timestamp holding UTC
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it with the session's TimeZone set to UTC (PGTZ=UTC): a timestamp without time zone
-- is read in that setting; a timestamptz does not depend on it. psql writes the CSV (header,
-- NULL as an empty field), from the file as it is:
--   PGTZ=UTC psql "$DATABASE_URL" --csv -v ON_ERROR_STOP=1 -v FETCH_COUNT=50000 \
--       -f rollup.sql -o rollup.csv
-- or, as COPY: psql "$DATABASE_URL" -c "COPY ($(cat rollup.sql)) TO STDOUT CSV HEADER" > rollup.csv
-- (\copy would want the whole query on one line).
--
-- Cost: one scan of the table reading user, time, event, value and the attribute columns.
-- --since becomes `time >= '<the date's midnight minus 14 hours> UTC'`, an untyped literal
-- that takes the column's own type, so partitions (declarative, TimescaleDB chunks) before
-- it are pruned at plan time and an index on the time column can be used. The attributes
-- come from a window over the aggregated rows, not a second scan.
--
-- Redshift (no ARRAY_AGG) differs in two places: the local date is
-- CAST(CONVERT_TIMEZONE('UTC', <tz>, <time>) AS DATE) for a timestamp column holding UTC;
-- and each attribute's <attr>_value in `daily` is
--   SUBSTRING(MAX(CASE WHEN attr IS NOT NULL
--       THEN TO_CHAR(instant, 'YYYYMMDDHH24MISSUS') || attr END), 21)
-- (the latest time first, then the greatest value, as here). psql --csv works against
-- Redshift too; for large results UNLOAD ('<query>') TO 's3://...' CSV HEADER PARALLEL OFF.
WITH events AS (
    SELECT
        CAST({{user}} AS TEXT) AS user_id,
        CAST(CAST({{time}} AS TIMESTAMPTZ) AT TIME ZONE {{timezone}} AS DATE) AS local_date,
        CAST({{event}} AS TEXT) AS event,
        CAST({{value}} AS NUMERIC) AS value,
        CAST({{time}} AS TIMESTAMPTZ) AS instant
{{#attributes}}
        , CAST({{attribute}} AS TEXT) AS {{attribute_alias}}
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
