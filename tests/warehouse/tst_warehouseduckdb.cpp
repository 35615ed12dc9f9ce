// The shipped warehouse queries' results (issue #12 §2), run on DuckDB's own engine (npm
// @duckdb/node-api, installed by scripts/install-test-node.sh) over generated raw events on
// the day boundaries of several timezones and the changes of daylight saving time: the
// rollup each writes with COPY ... TO equals the rollup computed here with QTimeZone, for
// UTC, America/Los_Angeles, Asia/Kolkata and Europe/Berlin, with and without --since, for
// a TIMESTAMPTZ column (the session in Asia/Tokyo, which must not matter) and a TIMESTAMP
// holding UTC (the session in UTC, as the template says).
//
// The duckdb template runs as printed, and so does the postgresql one (DuckDB reads
// PostgreSQL's SQL). The BigQuery, Snowflake and Spark templates run after the small textual
// adaptations below (a function or type name each engine spells differently, and macros for
// their time functions); each adaptation must still match the template, or the test fails.
// The Spark SQL and BigQuery templates are also checked against those engines' grammars.
// Without node or the npm packages the test fails, saying what to install.

#include "warehouse/rollupquery.h"

#include "rollupfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::WarehouseTest;
using namespace Qt::StringLiterals;

namespace {

const QString nodeModules = QStringLiteral(NORTHSTAR_WAREHOUSE_NODE "/node_modules");
const QString checkScript = QStringLiteral(NORTHSTAR_SOURCE_DIR "/tests/warehouse/node/warehouse-check.mjs");
const QString installHint = u"run 'bash scripts/install-test-node.sh BUILD' (npm ci of tests/warehouse/node "
                            "into BUILD/warehouse-node; node and npm come from scripts/install-deps.sh: "
                            "apt-get install nodejs npm)"_s;

// The raw table, with names that need quoting everywhere: a schema with quotes, a table and
// columns with spaces, a column with a dot.
const QString setupSql = uR"(CREATE SCHEMA "north ""star""";
CREATE TABLE "north ""star"""."raw events" AS
SELECT "user" AS "user id", ts, ts_utc, event AS "event name", value, plan, country AS "co.untry"
FROM read_csv('%1', header = true, nullstr = '', columns = {
    'user': 'BIGINT', 'ts': 'TIMESTAMPTZ', 'ts_utc': 'TIMESTAMP', 'event': 'VARCHAR',
    'value': 'DOUBLE', 'plan': 'VARCHAR', 'country': 'VARCHAR'});
-- The adaptations' functions: each engine's time functions as DuckDB spells them.
CREATE MACRO bq_date(t, tz) AS CAST(timezone(tz, CAST(t AS TIMESTAMPTZ)) AS DATE);
CREATE MACRO convert_timezone(tz, t) AS timezone(tz, CAST(t AS TIMESTAMPTZ));
CREATE MACRO iff(c, a, b) AS CASE WHEN c THEN a ELSE b END;
CREATE MACRO to_timestamp_tz(s, f) AS CAST(s AS TIMESTAMPTZ);
CREATE MACRO get(l, i) AS l[i + 1];
CREATE MACRO from_utc_timestamp(t, tz) AS timezone(tz, timezone('UTC', t));
)"_s;

// `...` identifiers as DuckDB's "...": BigQuery escapes ` and \ with a backslash, Spark
// doubles `. Strings ('...', backslash escapes) and -- comments pass unchanged.
QString doubleQuoteIdentifiers(const QString &sql, bool backslashEscapes)
{
    QString out;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'-' && sql.mid(i, 2) == u"--") {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            out += sql.mid(i, stop - i);
            i = stop;
        } else if (c == u'\'') {
            qsizetype j = i + 1;
            while (j < sql.size() && sql.at(j) != u'\'')
                j += sql.at(j) == u'\\' ? 2 : 1;
            out += sql.mid(i, j + 1 - i);
            i = j + 1;
        } else if (c == u'`') {
            QString name;
            qsizetype j = i + 1;
            for (; j < sql.size(); ++j) {
                if (backslashEscapes && sql.at(j) == u'\\') {
                    name += sql.at(++j);
                } else if (sql.at(j) == u'`') {
                    if (!backslashEscapes && sql.mid(j, 2) == u"``") {
                        name += u'`';
                        ++j;
                    } else {
                        break;
                    }
                } else {
                    name += sql.at(j);
                }
            }
            out += u'"' + name.replace(u'"', u"\"\""_s) + u'"';
            i = j + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

struct Rewrite final
{
    QString pattern;
    QString replacement;
};

// Applies each rewrite, which must match at least once. Empty and `error` set otherwise.
QString rewrite(QString sql, const QList<Rewrite> &rewrites, QString &error)
{
    for (const Rewrite &r : rewrites) {
        const QRegularExpression re(r.pattern);
        if (!sql.contains(re)) {
            error = u"the adaptation /%1/ no longer matches the template"_s.arg(r.pattern);
            return {};
        }
        sql.replace(re, r.replacement);
    }
    return sql;
}

// The query of `engine` as DuckDB runs it (see the file comment).
QString adaptForDuckDb(const QString &engine, const QString &sql, QString &error)
{
    if (engine == u"bigquery") {
        return rewrite(doubleQuoteIdentifiers(sql, true),
                       {{u"\\bBIGNUMERIC\\b"_s, u"DECIMAL(38, 10)"_s},
                        {u"\\bDATE\\(CAST\\("_s, u"bq_date(CAST("_s},
                        // NULLs first in the window (the worst case): IGNORE NULLS must skip them.
                        {u"(\\w+)_time DESC, (\\w+)_value DESC\\n"_s,
                         u"\\1_time DESC NULLS FIRST, \\2_value DESC NULLS FIRST\n"_s},
                        // ARRAY_AGG(x IGNORE NULLS ORDER BY ... LIMIT 1)[SAFE_OFFSET(0)]
                        {u"ARRAY_AGG\\((\\w+) IGNORE NULLS\\s+ORDER BY ([^)]*?) LIMIT 1\\)\\[SAFE_OFFSET\\(0\\)\\]"_s,
                         u"(ARRAY_AGG(\\1 ORDER BY \\2) FILTER (WHERE \\1 IS NOT NULL))[1]"_s}},
                       error);
    }
    if (engine == u"snowflake") {
        return rewrite(sql,
                       {{u"\\bNUMBER\\(38, 10\\)"_s, u"DECIMAL(38, 10)"_s},
                        {u"\\bAS TIMESTAMP_TZ\\)"_s, u"AS TIMESTAMPTZ)"_s},
                        // ARRAY_AGG(x) WITHIN GROUP (ORDER BY ...): DuckDB keeps NULLs, Snowflake leaves
                        // them out; the template orders them last itself, so that does not matter.
                        {u"ARRAY_AGG\\((\\w+)\\) WITHIN GROUP \\(\\s*ORDER BY (.*?)\\), 0\\)"_s,
                         u"ARRAY_AGG(\\1 ORDER BY \\2), 0)"_s},
                        // Snowflake sorts NULLs first in DESC order (DEFAULT_NULL_ORDERING = LAST).
                        {u"instant DESC, (\\w+) DESC\\), 0\\)"_s, u"instant DESC, \\1 DESC NULLS FIRST), 0)"_s}},
                       error);
    }
    if (engine == u"spark") {
        return rewrite(doubleQuoteIdentifiers(sql, false),
                       // MAX(IF(x IS NULL, NULL, struct(instant, x))).x
                       {{u"MAX\\(IF\\((\\w+) IS NULL, NULL, struct\\(instant, \\1\\)\\)\\)\\.\\1\\b"_s,
                         u"struct_extract(MAX(IF(\\1 IS NULL, NULL, struct_pack(instant := instant, \\1 := \\1))), "
                         "'\\1')"_s}},
                       error);
    }
    return sql;
}

struct Case final
{
    QString name;
    QString engine;
    QString timeColumn;  // ts (TIMESTAMPTZ) or ts_utc (TIMESTAMP holding UTC)
    QString session;     // DuckDB's TimeZone setting while it runs
    QString timezone;
    QString since;
    bool full = true;    // value and attributes; else neither
    QString output = {}; // the CSV it writes
};

struct Run final
{
    int code = -1;
    QString err;
};

Run node(const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"node"_s), arguments);
    Run r;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        r.code = process.exitCode();
    r.err = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    return r;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

Warehouse::RollupRequest requestFor(const Case &c)
{
    Warehouse::RollupRequest r;
    r.engine = c.engine;
    r.table = u"north \"star\".raw events"_s;
    r.user = u"user id"_s;
    r.time = c.timeColumn;
    r.event = u"event name"_s;
    if (c.full) {
        r.value = u"value"_s;
        r.attributes = {u"plan"_s, u"co.untry"_s};
    }
    r.timezone = c.timezone;
    r.since = c.since;
    return r;
}

} // namespace

class TstWarehouseDuckDb final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rollup_data();
    void rollup();
    void grammar_data();
    void grammar();
    void grammarRefusesOtherDialects();

private:
    QTemporaryDir m_dir;
    QList<RawEvent> m_events;
    QList<Case> m_cases;
};

void TstWarehouseDuckDb::initTestCase()
{
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        QFAIL(qPrintable(u"node is missing: apt-get install nodejs npm, then "_s + installHint));
    if (!QFileInfo::exists(nodeModules + u"/@duckdb/node-api/package.json"_s))
        QFAIL(qPrintable(u"DuckDB's npm package is missing from %1: "_s.arg(nodeModules) + installHint));
    QVERIFY(m_dir.isValid());
    m_events = generateEvents();
    QVERIFY(m_events.size() > 100);
    const QString events = m_dir.filePath(u"events.csv"_s);
    QVERIFY(writeFile(events, eventsCsv(m_events)));

    const QStringList zones{u"UTC"_s, u"America/Los_Angeles"_s, u"Asia/Kolkata"_s, u"Europe/Berlin"_s};
    for (const QString &zone : zones) {
        for (const QString &since : {QString(), u"2026-03-08"_s, u"2026-11-01"_s}) {
            m_cases << Case{u"duckdb timestamptz"_s, u"duckdb"_s, u"ts"_s, u"Asia/Tokyo"_s, zone, since};
            m_cases << Case{u"duckdb timestamp"_s, u"duckdb"_s, u"ts_utc"_s, u"UTC"_s, zone, since};
        }
        m_cases << Case{u"duckdb bare"_s, u"duckdb"_s, u"ts"_s, u"UTC"_s, zone, {}, false};
        m_cases << Case{u"postgresql timestamptz"_s, u"postgresql"_s, u"ts"_s, u"Asia/Tokyo"_s, zone, {}};
        m_cases << Case{u"postgresql timestamp"_s, u"postgresql"_s, u"ts_utc"_s, u"UTC"_s, zone, u"2026-03-29"_s};
        m_cases << Case{u"bigquery"_s, u"bigquery"_s, u"ts"_s, u"UTC"_s, zone, {}};
        m_cases << Case{u"bigquery since"_s, u"bigquery"_s, u"ts_utc"_s, u"UTC"_s, zone, u"2026-11-01"_s};
        m_cases << Case{u"snowflake"_s, u"snowflake"_s, u"ts"_s, u"UTC"_s, zone, {}};
        m_cases << Case{u"snowflake ntz since"_s, u"snowflake"_s, u"ts_utc"_s, u"UTC"_s, zone, u"2026-03-08"_s};
        m_cases << Case{u"spark"_s, u"spark"_s, u"ts"_s, u"UTC"_s, zone, {}};
        m_cases << Case{u"spark ntz since"_s, u"spark"_s, u"ts_utc"_s, u"UTC"_s, zone, u"2026-03-29"_s};
    }

    const QString setup = m_dir.filePath(u"setup.sql"_s);
    QVERIFY(writeFile(setup, setupSql.arg(events)));
    QStringList arguments{checkScript, nodeModules, u"duckdb"_s, setup};
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        Case &c = m_cases[i];
        c.output = m_dir.filePath(u"rollup-%1.csv"_s.arg(i));
        const auto query = Warehouse::rollupQuery(requestFor(c));
        QVERIFY2(query.ok(), qPrintable(query ? QString() : query.error()));
        QString error;
        const QString adapted = adaptForDuckDb(c.engine, *query, error);
        QVERIFY2(error.isEmpty(), qPrintable(c.engine + u": "_s + error));
        const QString file = m_dir.filePath(u"query-%1-%2.sql"_s.arg(i).arg(c.engine));
        QVERIFY(writeFile(file, u"SET TimeZone = '%1';\nCOPY (\n%2) TO '%3' (HEADER, DELIMITER ',');\n"_s.arg(
                                    c.session, adapted, c.output)));
        arguments << file;
    }
    const Run run = node(arguments);
    QVERIFY2(run.code == 0, qPrintable(u"DuckDB refused a query (%1): %2"_s.arg(run.code).arg(run.err)));
}

void TstWarehouseDuckDb::rollup_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Case &c = m_cases.at(i);
        QTest::newRow(qPrintable(u"%1 %2 since %3"_s.arg(c.name, c.timezone, c.since.isEmpty() ? u"-"_s : c.since)))
            << int(i);
    }
}

void TstWarehouseDuckDb::rollup()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    RollupOptions options;
    options.timezone = QTimeZone(c.timezone.toUtf8());
    if (!c.since.isEmpty())
        options.since = QDate::fromString(c.since, Qt::ISODate);
    options.value = c.full;
    if (c.full)
        options.attributes = {u"plan"_s, u"country"_s};
    const Rollup expected = expectedRollup(m_events, options);
    QVERIFY(expected.size() > (options.since ? 5 : 20));
    QString error;
    const Rollup actual = readRollupCsv(c.output, c.full ? QStringList{u"plan"_s, u"co.untry"_s} : QStringList(), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = differences(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(u"\n"_s + diff));
}

void TstWarehouseDuckDb::grammar_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("since");
    QTest::addColumn<bool>("full");
    for (const QString &engine : {u"spark"_s, u"bigquery"_s}) {
        QTest::newRow(qPrintable(engine + u" full"_s)) << engine << u"2026-03-01"_s << true;
        QTest::newRow(qPrintable(engine + u" bare"_s)) << engine << QString() << false;
    }
}

// The Spark SQL template against Spark's grammar (dt-sql-parser's, from Spark's SqlBase.g4),
// the BigQuery one against BigQuery's (sql-parser-cst).
void TstWarehouseDuckDb::grammar()
{
    QFETCH(QString, engine);
    QFETCH(QString, since);
    QFETCH(bool, full);
    Case c{engine, engine, u"ts"_s, u"UTC"_s, u"Asia/Kolkata"_s, since, full};
    const auto query = Warehouse::rollupQuery(requestFor(c));
    QVERIFY(query.ok());
    const QString file = m_dir.filePath(u"grammar-%1.sql"_s.arg(engine));
    QVERIFY(writeFile(file, *query));
    const Run run = node({checkScript, nodeModules, engine, file});
    QVERIFY2(run.code == 0, qPrintable(u"(%1) %2"_s.arg(run.code).arg(run.err)));
}

// The grammar checks can fail: each refuses the other's query and plain nonsense.
void TstWarehouseDuckDb::grammarRefusesOtherDialects()
{
    Case spark{u"spark"_s, u"spark"_s, u"ts"_s, u"UTC"_s, u"UTC"_s, {}, true};
    Case bigquery{u"bigquery"_s, u"bigquery"_s, u"ts"_s, u"UTC"_s, u"UTC"_s, {}, true};
    Case snowflake{u"snowflake"_s, u"snowflake"_s, u"ts"_s, u"UTC"_s, u"UTC"_s, {}, true};
    const QString sparkFile = m_dir.filePath(u"other-spark.sql"_s);
    const QString bigqueryFile = m_dir.filePath(u"other-bigquery.sql"_s);
    const QString snowflakeFile = m_dir.filePath(u"other-snowflake.sql"_s);
    QVERIFY(writeFile(sparkFile, *Warehouse::rollupQuery(requestFor(spark))));
    QVERIFY(writeFile(bigqueryFile, *Warehouse::rollupQuery(requestFor(bigquery))));
    QVERIFY(writeFile(snowflakeFile, *Warehouse::rollupQuery(requestFor(snowflake))));
    QCOMPARE(node({checkScript, nodeModules, u"spark"_s, bigqueryFile}).code, 1);
    QCOMPARE(node({checkScript, nodeModules, u"bigquery"_s, snowflakeFile}).code, 1);
    const QString nonsense = m_dir.filePath(u"nonsense.sql"_s);
    QVERIFY(writeFile(nonsense, u"SELECT FROM WHERE GROUP"_s));
    QCOMPARE(node({checkScript, nodeModules, u"spark"_s, nonsense}).code, 1);
    QCOMPARE(node({checkScript, nodeModules, u"bigquery"_s, nonsense}).code, 1);
}

QTEST_GUILESS_MAIN(TstWarehouseDuckDb)
#include "tst_warehouseduckdb.moc"
