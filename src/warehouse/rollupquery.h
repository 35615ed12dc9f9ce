#pragma once

// The SQL that builds the daily rollup (docs/warehouse.md, "The rollup format") inside a
// customer's warehouse: one shipped query template per engine (resources/warehouse/*.sql,
// compiled in under :/warehouse/), filled in with quoted identifiers and literals. What
// `northstar warehouse-sql` prints is the shipped file with its placeholders replaced.
//
// A template is SQL with these placeholders:
//   {{table}} {{user}} {{time}} {{event}}   quoted identifiers (the table part by part)
//   {{value}}                               the quoted value column, or 0 without one
//   {{timezone}}                            the reporting timezone as a string literal
//   {{since_date}}                          'YYYY-MM-DD' of --since
//   {{since_utc}}                           'YYYY-MM-DD HH:MM:SS': the since date's
//                                           midnight minus 14 hours, in UTC
//   {{since_utc_offset}}                    the same with "+00:00"
// and blocks, each marker on a line of its own:
//   {{#since}} ... {{/since}}               kept only with --since
//   {{#any_attributes}} ... {{/any_attributes}}  kept only with at least one attribute
//   {{#attributes}} ... {{/attributes}}     repeated per attribute, with
//       {{attribute}} (the quoted column), {{attribute_name}} (the quoted output column,
//       named as the raw column) and {{attribute_alias}} (ns_attr_1, ns_attr_2, ...)

#include "common/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace NorthStar::Warehouse {

enum class Engine { ClickHouse, PostgreSql, BigQuery, Snowflake, Spark, DuckDb };

// The engines' names as --engine takes them, in the order they are listed.
QStringList engineNames();
// The engine `name` names, case-insensitive: one of engineNames(), or an engine that runs
// another's query (postgres, citus, greenplum, timescaledb: postgresql; databricks: spark).
// Redshift is none: its query differs in two lines (postgresql.sql says which).
std::optional<Engine> engineNamed(const QString &name);
QString engineName(Engine engine);

// `name` as one identifier of `engine`, quoted whatever it holds.
QString quoteIdentifier(Engine engine, const QString &name);
// A table name with dots (schema.table, project.dataset.table), quoted part by part. Fails
// for an empty part or more parts than the engine's names have.
Result<QString> quoteTable(Engine engine, const QString &table);
// `text` as a string literal of `engine`.
QString quoteString(Engine engine, const QString &text);

// The shipped template of `engine`, as it is in resources/warehouse/.
QString templateText(Engine engine);

struct RollupRequest final
{
    QString engine;
    QString table;
    QString user;
    QString time;
    QString event;
    std::optional<QString> value;  // none: value_sum is 0
    QStringList attributes;
    QString timezone;
    QString since;  // empty, or YYYY-MM-DD
};

// The instant the raw-time filter of `since` compares with: its midnight minus 14 hours,
// UTC (no timezone's midnight of that date is earlier).
QDateTime sinceInstant(QDate since);

// The checked request's query: the engine's template filled in. Fails with a message a
// person can act on for an unknown engine (naming the engines), an empty or blank column,
// a table name with an empty part, an attribute named like a rollup column or given twice,
// a timezone that is not an IANA id, a --since that is not a YYYY-MM-DD date.
Result<QString> rollupQuery(const RollupRequest &request);

// Fills `text` (a template) with the placeholders and blocks above. Fails for a placeholder
// it does not know or a block left open, so a broken template never prints.
struct TemplateValues final
{
    QList<std::pair<QString, QString>> values;
    struct Attribute final
    {
        QString column;
        QString name;
        QString alias;
    };
    QList<Attribute> attributes;
    bool since = false;
};
Result<QString> fillTemplate(const QString &text, const TemplateValues &values);

} // namespace NorthStar::Warehouse
