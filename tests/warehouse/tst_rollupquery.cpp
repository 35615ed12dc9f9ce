// The warehouse rollup queries (issue #12 §2): identifiers and strings quoted per engine,
// whatever they hold; every engine's template filled in completely and still the shipped
// file; the template filler's own refusals; the request's errors with messages that say
// what to give instead.

#include "warehouse/rollupquery.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::Warehouse;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(NorthStar::Warehouse::Engine)

namespace {

RollupRequest request(const QString &engine)
{
    RollupRequest r;
    r.engine = engine;
    r.table = u"analytics.events"_s;
    r.user = u"user_id"_s;
    r.time = u"event_time"_s;
    r.event = u"event_name"_s;
    r.timezone = u"Europe/Berlin"_s;
    return r;
}

QString shipped(const QString &engine)
{
    QFile f(QStringLiteral(NORTHSTAR_SOURCE_DIR "/resources/warehouse/") + engine + u".sql"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstRollupQuery final : public QObject
{
    Q_OBJECT

private slots:
    void engines();
    void quoteIdentifier_data();
    void quoteIdentifier();
    void quoteTable_data();
    void quoteTable();
    void quoteString_data();
    void quoteString();
    void everyEngine_data();
    void everyEngine();
    void sinceFilter_data();
    void sinceFilter();
    void shippedFileIsCompiledIn();
    void fillTemplate_data();
    void fillTemplate();
    void errors_data();
    void errors();
};

void TstRollupQuery::engines()
{
    QCOMPARE(engineNames(), (QStringList{u"clickhouse"_s, u"postgresql"_s, u"bigquery"_s, u"snowflake"_s, u"spark"_s,
                                         u"duckdb"_s}));
    for (const QString &name : engineNames())
        QCOMPARE(engineName(*engineNamed(name)), name);
    QCOMPARE(engineNamed(u"PostgreSQL"_s), Engine::PostgreSql);
    QCOMPARE(engineNamed(u"timescaledb"_s), Engine::PostgreSql);
    QCOMPARE(engineNamed(u"greenplum"_s), Engine::PostgreSql);
    QCOMPARE(engineNamed(u"Databricks"_s), Engine::Spark);
    QVERIFY(!engineNamed(u"redshift"_s));
    QVERIFY(!engineNamed(u"mysql"_s));
    QVERIFY(!engineNamed(QString()));
}

void TstRollupQuery::quoteIdentifier_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("postgresql plain") << Engine::PostgreSql << u"user_id"_s << u"\"user_id\""_s;
    QTest::newRow("postgresql quote") << Engine::PostgreSql << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("postgresql space dot") << Engine::PostgreSql << u"user id.x"_s << u"\"user id.x\""_s;
    QTest::newRow("snowflake quotes") << Engine::Snowflake << u"\"\""_s << u"\"\"\"\"\"\""_s;
    QTest::newRow("duckdb backquote") << Engine::DuckDb << u"a`b"_s << u"\"a`b\""_s;
    QTest::newRow("bigquery plain") << Engine::BigQuery << u"user_id"_s << u"`user_id`"_s;
    QTest::newRow("bigquery backquote") << Engine::BigQuery << u"a`b"_s << u"`a\\`b`"_s;
    QTest::newRow("bigquery backslash") << Engine::BigQuery << u"a\\b"_s << u"`a\\\\b`"_s;
    QTest::newRow("bigquery double quote") << Engine::BigQuery << u"a\"b c"_s << u"`a\"b c`"_s;
    QTest::newRow("spark backquote") << Engine::Spark << u"a`b"_s << u"`a``b`"_s;
    QTest::newRow("spark backslash") << Engine::Spark << u"a\\b"_s << u"`a\\b`"_s;
    QTest::newRow("clickhouse backquote") << Engine::ClickHouse << u"a`b"_s << u"`a\\`b`"_s;
    QTest::newRow("clickhouse backslash") << Engine::ClickHouse << u"a\\b"_s << u"`a\\\\b`"_s;
    QTest::newRow("clickhouse dot") << Engine::ClickHouse << u"a.b"_s << u"`a.b`"_s;
    QTest::newRow("unicode") << Engine::PostgreSql << u"größe"_s << u"\"größe\""_s;
}

void TstRollupQuery::quoteIdentifier()
{
    QFETCH(Engine, engine);
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(Warehouse::quoteIdentifier(engine, name), quoted);
}

void TstRollupQuery::quoteTable_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("quoted");  // empty: refused
    QTest::newRow("one part") << Engine::PostgreSql << u"events"_s << u"\"events\""_s;
    QTest::newRow("schema.table") << Engine::PostgreSql << u"analytics.events"_s << u"\"analytics\".\"events\""_s;
    QTest::newRow("three parts") << Engine::Snowflake << u"DB.RAW.EVENTS"_s << u"\"DB\".\"RAW\".\"EVENTS\""_s;
    QTest::newRow("nasty parts") << Engine::DuckDb << u"my \"s.raw events"_s << u"\"my \"\"s\".\"raw events\""_s;
    QTest::newRow("bigquery project") << Engine::BigQuery << u"my-project.analytics.events"_s
                                      << u"`my-project`.`analytics`.`events`"_s;
    QTest::newRow("spark catalog") << Engine::Spark << u"main.we`b.events"_s << u"`main`.`we``b`.`events`"_s;
    QTest::newRow("clickhouse database") << Engine::ClickHouse << u"default.events"_s << u"`default`.`events`"_s;
    QTest::newRow("clickhouse three parts") << Engine::ClickHouse << u"a.b.c"_s << QString();
    QTest::newRow("four parts") << Engine::PostgreSql << u"a.b.c.d"_s << QString();
    QTest::newRow("empty part") << Engine::PostgreSql << u"analytics..events"_s << QString();
    QTest::newRow("trailing dot") << Engine::BigQuery << u"analytics."_s << QString();
    QTest::newRow("blank part") << Engine::Spark << u" .events"_s << QString();
    QTest::newRow("empty") << Engine::DuckDb << QString() << QString();
}

void TstRollupQuery::quoteTable()
{
    QFETCH(Engine, engine);
    QFETCH(QString, table);
    QFETCH(QString, quoted);
    const auto result = Warehouse::quoteTable(engine, table);
    if (quoted.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"table name"_s), qPrintable(result.error()));
    } else {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error()));
        QCOMPARE(*result, quoted);
    }
}

void TstRollupQuery::quoteString_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("postgresql") << Engine::PostgreSql << u"it's \\ ok"_s << u"'it''s \\ ok'"_s;
    QTest::newRow("duckdb") << Engine::DuckDb << u"Europe/Berlin"_s << u"'Europe/Berlin'"_s;
    QTest::newRow("snowflake") << Engine::Snowflake << u"it's \\"_s << u"'it''s \\\\'"_s;
    QTest::newRow("bigquery") << Engine::BigQuery << u"it's \\"_s << u"'it\\'s \\\\'"_s;
    QTest::newRow("bigquery newline") << Engine::BigQuery << u"a\nb"_s << u"'a\\nb'"_s;
    QTest::newRow("spark") << Engine::Spark << u"it's"_s << u"'it\\'s'"_s;
    QTest::newRow("clickhouse") << Engine::ClickHouse << u"it's \\"_s << u"'it\\'s \\\\'"_s;
}

void TstRollupQuery::quoteString()
{
    QFETCH(Engine, engine);
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(Warehouse::quoteString(engine, text), quoted);
}

void TstRollupQuery::everyEngine_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("user");   // the user column as the engine quotes it
    QTest::addColumn<QString>("table");
    for (const QString &engine : engineNames()) {
        const Engine e = *engineNamed(engine);
        QTest::newRow(qPrintable(engine)) << engine << Warehouse::quoteIdentifier(e, u"user \"id`"_s)
                                          << *Warehouse::quoteTable(e, u"raw.we\"ird`events"_s);
    }
}

// Every engine, every placeholder and block used: all filled, the nasty names quoted, the
// lines of the shipped file (but the block markers) kept as they are, in order.
void TstRollupQuery::everyEngine()
{
    QFETCH(QString, engine);
    QFETCH(QString, user);
    QFETCH(QString, table);
    RollupRequest r = request(engine);
    r.table = u"raw.we\"ird`events"_s;
    r.user = u"user \"id`"_s;
    r.value = u"revenue"_s;
    r.attributes = {u"plan"_s, u"co.untry"_s};
    r.since = u"2026-03-01"_s;
    const auto query = rollupQuery(r);
    QVERIFY2(query.ok(), qPrintable(query ? QString() : query.error()));
    QVERIFY2(!query->contains(u"{{"_s) && !query->contains(u"}}"_s), qPrintable(*query));
    QVERIFY(query->contains(user));
    QVERIFY(query->contains(table));
    QVERIFY(query->contains(u"ns_attr_1"_s));
    QVERIFY(query->contains(u"ns_attr_2"_s));
    QVERIFY(!query->contains(u"ns_attr_3"_s));
    const Engine e = *engineNamed(engine);
    QVERIFY(query->contains(Warehouse::quoteIdentifier(e, u"co.untry"_s)));
    QVERIFY(query->contains(Warehouse::quoteString(e, u"Europe/Berlin"_s)));
    QVERIFY(query->contains(u"2026-02-28 10:00:00"_s));  // the since date's midnight minus 14 h, UTC
    QVERIFY(query->contains(u"'2026-03-01'"_s));
    QVERIFY(query->contains(Warehouse::quoteIdentifier(e, u"revenue"_s)));

    // The shipped file, line by line: every line without a placeholder is in the query, in order.
    const QString file = shipped(engine);
    QVERIFY2(!file.isEmpty(), "the shipped template is missing from resources/warehouse/");
    const QStringList lines = query->split(u'\n');
    qsizetype at = 0;
    static const QRegularExpression placeholder(u"\\{\\{"_s);
    for (const QString &line : file.split(u'\n')) {
        if (line.contains(placeholder))
            continue;
        const qsizetype found = lines.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(u"the shipped line \"%1\" is not in the query"_s.arg(line)));
        at = found + 1;
    }
    // It begins with the comment block naming its engine and how it is run.
    QVERIFY(query->startsWith(u"-- North Star Studio: the daily rollup"_s));
    QVERIFY(lines.mid(0, 3).join(u'\n').contains(engine, Qt::CaseInsensitive));

    // Snowflake stores unquoted names in capitals: the rollup's columns are quoted there, so
    // that the header COPY INTO writes is the format's lower-case one.
    if (e == Engine::Snowflake) {
        for (const QString &column : {u"user_id"_s, u"date"_s, u"event"_s, u"events"_s, u"value_sum"_s})
            QVERIFY2(query->contains(u" AS \""_s + column + u"\",\n"_s) || query->contains(u" AS \""_s + column + u"\"\n"_s),
                     qPrintable(column));
    }

    // Without value, attributes or since: no trace of them.
    RollupRequest plain = request(engine);
    const auto bare = rollupQuery(plain);
    QVERIFY(bare.ok());
    QVERIFY(!bare->contains(u"ns_attr_"_s));
    QVERIFY(!bare->contains(u"2026-"_s));
    QVERIFY(!bare->contains(u"revenue"_s));
    QVERIFY(!bare->contains(u"{{"_s));
    QVERIFY(bare->size() < query->size());
}

void TstRollupQuery::sinceFilter_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("instant");
    QTest::newRow("first of month") << u"2026-03-01"_s << u"2026-02-28 10:00:00"_s;
    QTest::newRow("new year") << u"2027-01-01"_s << u"2026-12-31 10:00:00"_s;
    QTest::newRow("leap day") << u"2028-02-29"_s << u"2028-02-28 10:00:00"_s;
}

// The raw-time filter lies at or before the since date's midnight in every timezone (UTC+14
// is the earliest), so no event of that local date is lost before the date filter.
void TstRollupQuery::sinceFilter()
{
    QFETCH(QString, since);
    QFETCH(QString, instant);
    const QDate date = QDate::fromString(since, Qt::ISODate);
    QCOMPARE(sinceInstant(date).toString(u"yyyy-MM-dd HH:mm:ss"_s), instant);
    for (const QByteArray &id : {QByteArray("Pacific/Kiritimati"), QByteArray("Pacific/Auckland"),
                                 QByteArray("Asia/Kolkata"), QByteArray("UTC"), QByteArray("Pacific/Pago_Pago")}) {
        const QDateTime midnight(date, QTime(0, 0), QTimeZone(id));
        QVERIFY2(sinceInstant(date) <= midnight, id.constData());
    }
    RollupRequest r = request(u"postgresql"_s);
    r.since = since;
    QVERIFY(rollupQuery(r)->contains(u"'"_s + instant + u"+00:00'"_s));
}

void TstRollupQuery::shippedFileIsCompiledIn()
{
    for (const QString &engine : engineNames())
        QCOMPARE(templateText(*engineNamed(engine)), shipped(engine));
}

void TstRollupQuery::fillTemplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("since");
    QTest::addColumn<int>("attributes");
    QTest::addColumn<QString>("filled");  // empty: refused, then `message` is in the error
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << u"SELECT {{a}}\n"_s << false << 0 << u"SELECT 1\n"_s << QString();
    QTest::newRow("twice on a line") << u"{{a}}+{{a}} {{b}}"_s << false << 0 << u"1+1 two\n"_s << QString();
    QTest::newRow("since off") << u"x\n{{#since}}\nWHERE {{a}}\n{{/since}}\ny\n"_s << false << 0 << u"x\ny\n"_s
                               << QString();
    QTest::newRow("since on") << u"x\n  {{#since}}\nWHERE {{a}}\n{{/since}}  \ny\n"_s << true << 0
                              << u"x\nWHERE 1\ny\n"_s << QString();
    QTest::newRow("attributes") << u"a\n{{#attributes}}\n, {{attribute}} AS {{attribute_alias}} -- {{attribute_name}}\n{{/attributes}}\n"_s
                                << false << 2 << u"a\n, c1 AS al1 -- n1\n, c2 AS al2 -- n2\n"_s << QString();
    QTest::newRow("no attributes") << u"a\n{{#any_attributes}}\nJOIN\n{{#attributes}}\n{{attribute}}\n{{/attributes}}\n{{/any_attributes}}\n"_s
                                   << false << 0 << u"a\n"_s << QString();
    QTest::newRow("nested") << u"{{#any_attributes}}\nJOIN\n{{#attributes}}\n{{attribute}}\n{{#since}}\n{{a}}\n{{/since}}\n{{/attributes}}\n{{/any_attributes}}\n"_s
                            << true << 1 << u"JOIN\nc1\n1\n"_s << QString();
    QTest::newRow("unknown placeholder") << u"SELECT {{tabel}}"_s << false << 0 << QString() << u"{{tabel}}"_s;
    QTest::newRow("attribute outside") << u"SELECT {{attribute}}"_s << false << 2 << QString() << u"{{attribute}}"_s;
    QTest::newRow("left open") << u"{{#since}}\nx\n"_s << true << 0 << QString() << u"{{#since}} open"_s;
    QTest::newRow("closed twice") << u"{{#since}}\nx\n{{/since}}\n{{/since}}\n"_s << true << 0 << QString()
                                  << u"{{/since}}"_s;
    QTest::newRow("mismatched") << u"{{#since}}\n{{#attributes}}\n{{/since}}\n{{/attributes}}\n"_s << true << 1
                                << QString() << u"not open"_s;
    QTest::newRow("unknown block") << u"{{#ever}}\nx\n{{/ever}}\n"_s << true << 0 << QString() << u"{{#ever}}"_s;
    QTest::newRow("attributes nested") << u"{{#attributes}}\n{{#attributes}}\n{{/attributes}}\n{{/attributes}}\n"_s
                                       << false << 1 << QString() << u"not nested"_s;
}

void TstRollupQuery::fillTemplate()
{
    QFETCH(QString, text);
    QFETCH(bool, since);
    QFETCH(int, attributes);
    QFETCH(QString, filled);
    QFETCH(QString, message);
    TemplateValues values;
    values.values = {{u"a"_s, u"1"_s}, {u"b"_s, u"two"_s}};
    values.since = since;
    for (int i = 1; i <= attributes; ++i) {
        const QString n = QString::number(i);
        values.attributes.append({u"c"_s + n, u"n"_s + n, u"al"_s + n});
    }
    const auto result = Warehouse::fillTemplate(text, values);
    if (filled.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? *result : QString()));
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    } else {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error()));
        QCOMPARE(*result, filled);
    }
}

void TstRollupQuery::errors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown engine") << u"engine"_s << u"oracle"_s
                                    << u"Unknown engine \"oracle\". Engines: clickhouse, postgresql, bigquery, snowflake, "
                                       "spark, duckdb."_s;
    QTest::newRow("redshift") << u"engine"_s << u"redshift"_s << u"--engine postgresql"_s;
    QTest::newRow("empty table") << u"table"_s << QString() << u"The table name is empty"_s;
    QTest::newRow("table empty part") << u"table"_s << u"a..b"_s << u"empty part"_s;
    QTest::newRow("empty user") << u"user"_s << QString() << u"The user column is empty"_s;
    QTest::newRow("blank time") << u"time"_s << u"  "_s << u"The time column is empty"_s;
    QTest::newRow("empty event") << u"event"_s << QString() << u"The event column is empty"_s;
    QTest::newRow("empty value") << u"value"_s << QString() << u"The value column is empty"_s;
    QTest::newRow("empty attribute") << u"attribute"_s << QString() << u"The attribute column is empty"_s;
    QTest::newRow("attribute named date") << u"attribute"_s << u"DATE"_s << u"has the name of a rollup column"_s;
    QTest::newRow("attribute twice") << u"attributes"_s << u"plan"_s << u"\"Plan\" is given twice"_s;
    QTest::newRow("unknown timezone") << u"timezone"_s << u"Europe/Atlantis"_s
                                      << u"\"Europe/Atlantis\" is not a timezone: give an IANA id"_s;
    QTest::newRow("offset timezone") << u"timezone"_s << u"UTC+02:00"_s << u"is not a timezone"_s;
    QTest::newRow("empty timezone") << u"timezone"_s << QString() << u"is not a timezone"_s;
    QTest::newRow("since not a date") << u"since"_s << u"yesterday"_s
                                      << u"--since \"yesterday\" is not a date: give it as YYYY-MM-DD."_s;
    QTest::newRow("since no such day") << u"since"_s << u"2026-02-30"_s << u"is not a date"_s;
    QTest::newRow("since short") << u"since"_s << u"2026-3-1"_s << u"is not a date"_s;
}

void TstRollupQuery::errors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    RollupRequest r = request(u"postgresql"_s);
    if (field == u"engine")
        r.engine = value;
    else if (field == u"table")
        r.table = value;
    else if (field == u"user")
        r.user = value;
    else if (field == u"time")
        r.time = value;
    else if (field == u"event")
        r.event = value;
    else if (field == u"value")
        r.value = value;
    else if (field == u"attribute")
        r.attributes = {u"plan"_s, value};
    else if (field == u"attributes")
        r.attributes = {u"plan"_s, u"country"_s, u"Plan"_s};
    else if (field == u"timezone")
        r.timezone = value;
    else if (field == u"since")
        r.since = value;
    const auto query = rollupQuery(r);
    QVERIFY2(!query, qPrintable(query ? *query : QString()));
    QVERIFY2(query.error().contains(message), qPrintable(query.error()));
}

QTEST_GUILESS_MAIN(TstRollupQuery)
#include "tst_rollupquery.moc"
