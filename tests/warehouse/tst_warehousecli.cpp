// `northstar warehouse-sql` (issue #12 §2) as a data engineer runs it: the query on stdout,
// exactly the module's filled-in template and nothing on stderr; wrong flags with exit code 2,
// a message saying what to give and the hint to --help, and nothing on stdout; an output
// that cannot be written fails.

#include "warehouse/rollupquery.h"

#include <QProcess>
#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

struct Output final
{
    int code = -1;
    QString out;
    QString err;
};

Output northstar(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Output o;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        o.code = process.exitCode();
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

const QStringList base{u"warehouse-sql"_s, u"--table"_s, u"analytics.events"_s, u"--user"_s, u"user_id"_s,
                       u"--time"_s, u"event_time"_s, u"--event"_s, u"event_name"_s, u"--timezone"_s,
                       u"America/Los_Angeles"_s};

} // namespace

class TstWarehouseCli final : public QObject
{
    Q_OBJECT

private slots:
    void printsQuery_data();
    void printsQuery();
    void help();
    void listedInHelp();
    void refusals_data();
    void refusals();
    void outputThatCannotBeWrittenFails();
};

void TstWarehouseCli::printsQuery_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : Warehouse::engineNames())
        QTest::newRow(qPrintable(engine)) << engine;
    QTest::newRow("alias") << u"Databricks"_s;
}

void TstWarehouseCli::printsQuery()
{
    QFETCH(QString, engine);
    const Output o = northstar(base + QStringList{u"--engine"_s, engine, u"--value"_s, u"revenue"_s, u"--attribute"_s,
                                                  u"plan"_s, u"--attribute"_s, u"country code"_s, u"--since"_s,
                                                  u"2026-11-01"_s});
    QCOMPARE(o.err, QString());
    QCOMPARE(o.code, 0);
    Warehouse::RollupRequest r;
    r.engine = engine;
    r.table = u"analytics.events"_s;
    r.user = u"user_id"_s;
    r.time = u"event_time"_s;
    r.event = u"event_name"_s;
    r.value = u"revenue"_s;
    r.attributes = {u"plan"_s, u"country code"_s};
    r.timezone = u"America/Los_Angeles"_s;
    r.since = u"2026-11-01"_s;
    const auto expected = Warehouse::rollupQuery(r);
    QVERIFY(expected.ok());
    QCOMPARE(o.out, *expected);
    QVERIFY(o.out.startsWith(u"-- North Star Studio: the daily rollup"_s));
    QVERIFY(o.out.contains(u"country code"_s));
    QVERIFY(o.out.contains(u"'2026-11-01'"_s));
}

void TstWarehouseCli::help()
{
    const Output o = northstar({u"warehouse-sql"_s, u"--help"_s});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.startsWith(u"Usage: northstar warehouse-sql [options]"_s), qPrintable(o.out));
    for (const QString &flag : {u"--engine <NAME>"_s, u"--table <TABLE>"_s, u"--user <COLUMN>"_s, u"--time <COLUMN>"_s,
                                u"--event <COLUMN>"_s, u"--value <COLUMN>"_s, u"--attribute <COLUMN>"_s,
                                u"--timezone <TZ>"_s, u"--since <DATE>"_s})
        QVERIFY2(o.out.contains(flag), qPrintable(flag));
    QVERIFY(o.out.simplified().contains(u"clickhouse, postgresql, bigquery, snowflake, spark, duckdb"_s));
}

void TstWarehouseCli::listedInHelp()
{
    const Output o = northstar({u"--help"_s});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.contains(u"warehouse-sql"_s), qPrintable(o.out));
}

void TstWarehouseCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto without = [](const QString &flag) {
        QStringList a = base + QStringList{u"--engine"_s, u"duckdb"_s};
        const qsizetype at = a.indexOf(flag);
        a.remove(at, 2);
        return a;
    };
    QTest::newRow("no engine") << base << u"Missing --engine NAME (clickhouse, postgresql, bigquery, snowflake, spark, "
                                          "duckdb)."_s;
    QTest::newRow("no table") << without(u"--table"_s) << u"Missing --table TABLE"_s;
    QTest::newRow("no user") << without(u"--user"_s) << u"Missing --user COLUMN"_s;
    QTest::newRow("no time") << without(u"--time"_s) << u"Missing --time COLUMN"_s;
    QTest::newRow("no event") << without(u"--event"_s) << u"Missing --event COLUMN"_s;
    QTest::newRow("no timezone") << without(u"--timezone"_s) << u"Missing --timezone TZ"_s;
    QTest::newRow("unknown engine") << base + QStringList{u"--engine"_s, u"access"_s}
                                    << u"Unknown engine \"access\". Engines: clickhouse, postgresql, bigquery, "
                                       "snowflake, spark, duckdb."_s;
    QTest::newRow("engine twice") << base + QStringList{u"--engine"_s, u"duckdb"_s, u"--engine"_s, u"spark"_s}
                                  << u"--engine is given more than once."_s;
    QTest::newRow("timezone twice") << base + QStringList{u"--engine"_s, u"spark"_s, u"--timezone"_s, u"Mars/Olympus"_s}
                                  << u"--timezone is given more than once."_s;
    QTest::newRow("unknown timezone") << without(u"--timezone"_s) + QStringList{u"--timezone"_s, u"Mars/Olympus"_s}
                                      << u"\"Mars/Olympus\" is not a timezone"_s;
    QTest::newRow("bad since") << base + QStringList{u"--engine"_s, u"bigquery"_s, u"--since"_s, u"01.03.2026"_s}
                               << u"--since \"01.03.2026\" is not a date: give it as YYYY-MM-DD."_s;
    QTest::newRow("empty column") << base + QStringList{u"--engine"_s, u"bigquery"_s, u"--attribute"_s, u""_s}
                                  << u"The attribute column is empty"_s;
    QTest::newRow("clickhouse table") << QStringList{u"warehouse-sql"_s, u"--engine"_s, u"clickhouse"_s, u"--table"_s,
                                                     u"a.b.c"_s, u"--user"_s, u"u"_s, u"--time"_s, u"t"_s,
                                                     u"--event"_s, u"e"_s, u"--timezone"_s, u"UTC"_s}
                                      << u"has 3 parts; clickhouse names a table with at most 2"_s;
    QTest::newRow("positional") << base + QStringList{u"--engine"_s, u"duckdb"_s, u"extra"_s}
                                << u"Unexpected argument \"extra\""_s;
    QTest::newRow("unknown flag") << base + QStringList{u"--engine"_s, u"duckdb"_s, u"--dialect"_s, u"x"_s}
                                  << u"Unknown option 'dialect'."_s;
}

void TstWarehouseCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Output o = northstar(arguments);
    QCOMPARE(o.code, 2);
    QCOMPARE(o.out, QString());
    QVERIFY2(o.err.startsWith(u"northstar warehouse-sql: "_s), qPrintable(o.err));
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY2(o.err.contains(u"Run 'northstar warehouse-sql --help' for usage."_s), qPrintable(o.err));
}

// `northstar warehouse-sql ... > /dev/full`: the query is lost, so the exit code says so.
void TstWarehouseCli::outputThatCannotBeWrittenFails()
{
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(NORTHSTAR_BINARY), base + QStringList{u"--engine"_s, u"snowflake"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(u"cannot write the output"_s), "no message");
}

QTEST_GUILESS_MAIN(TstWarehouseCli)
#include "tst_warehousecli.moc"
