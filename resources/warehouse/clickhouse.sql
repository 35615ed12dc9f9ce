-- North Star Studio: the daily rollup (docs/warehouse.md), for ClickHouse 18.16 (Debian 12's
-- clickhouse-server) up to current releases: no window functions, no CTEs. Written by
-- `northstar warehouse-sql --engine clickhouse ...`; import the CSV it makes with
-- `northstar import --rollup`.
--
-- Parameters (filled in from the flags; identifiers in backquotes, ` and \ escaped):
--   table       --table      the raw events, `table` or `database.table`
--   user        --user       the user id column (any type; written with toString)
--   time        --time       the event's instant: DateTime or DateTime64 (Unix time, so an
--                            instant whatever the column's display timezone)
--   event       --event      the event name column
--   value       --value      the value column (a number; NULL counts 0), else 0
--   attributes  --attribute  user attributes: each user's latest non-NULL value
--   timezone    --timezone   the reporting timezone (IANA id) for the local date
--   since       --since      only local dates >= DATE, also filtered on the time column
--
-- Run it; clickhouse-client writes the CSV with its header:
--   clickhouse-client --host HOST --query "$(cat rollup.sql) FORMAT CSVWithNames" > rollup.csv
-- (the comments are `--` lines; the query has no trailing semicolon, so FORMAT can follow).
--
-- Cost: the user, time, event and value columns read once; with --attribute, the user,
-- time and attribute columns once more for the per-user subquery joined at the end (18.16
-- has no window functions to do it in one pass). --since becomes
-- `time >= <the date's midnight minus 14 hours, UTC>` in both reads: parts and granules
-- before it are skipped when the table's partition key or ORDER BY starts with the time.
-- value_sum: the values summed as Float64, the sum written as a Decimal128 with 10 decimals so
-- that it prints as a plain number, never in exponent form; rounded to 10 decimals first, as
-- the shortest text of a sum such as 0.1 + 0.2 (0.30000000000000004) has more decimals than
-- toDecimal128 takes ("Decimal value is too small").
SELECT
    ns_user AS user_id,
    ns_date AS date,
    ns_event AS event,
    ns_events AS events,
    ns_value_sum AS value_sum
{{#attributes}}
    , ifNull({{attribute_alias}}, '') AS {{attribute_name}}
{{/attributes}}
FROM
(
    SELECT
        toString({{user}}) AS ns_user,
        toDate(toTimeZone({{time}}, {{timezone}})) AS ns_date,
        toString({{event}}) AS ns_event,
        count() AS ns_events,
        toDecimal128(toString(round(sum(ifNull(toFloat64({{value}}), 0)), 10)), 10) AS ns_value_sum
    FROM {{table}}
{{#since}}
    WHERE {{time}} >= toDateTime({{since_utc}}, 'UTC') AND ns_date >= toDate({{since_date}})
{{/since}}
    GROUP BY ns_user, ns_date, ns_event
)
{{#any_attributes}}
ANY LEFT JOIN
(
    SELECT
        toString({{user}}) AS ns_user
{{#attributes}}
        , argMax(toString({{attribute}}), tuple({{time}}, toString({{attribute}}))) AS {{attribute_alias}}
{{/attributes}}
    FROM {{table}}
{{#since}}
    WHERE {{time}} >= toDateTime({{since_utc}}, 'UTC') AND toDate(toTimeZone({{time}}, {{timezone}})) >= toDate({{since_date}})
{{/since}}
    GROUP BY ns_user
) USING (ns_user)
{{/any_attributes}}
