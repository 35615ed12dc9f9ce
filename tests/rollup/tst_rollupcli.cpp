// `northstar import WORKSPACE FILE --rollup --timezone TZ` (issue #12): what a script sees,
// and `northstar info` and `northstar metrics` on the result.

#include "rawevents.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar::RollupTestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run northstar(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestRollupCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(NORTHSTAR_BINARY)), "build the northstar target first");
        QVERIFY(m_dir.isValid());
        m_events = generateEvents(12, u"2024-03-01"_s, 30);
        writeRollupCsv(m_dir.filePath(u"rollup.csv"_s), m_events, u"Europe/Berlin"_s);
        writeRawCsv(m_dir.filePath(u"raw.csv"_s), m_events);
    }

    void importsARollup()
    {
        const QString ws = m_dir.filePath(u"w.northstar"_s);
        const Run r = northstar({u"import"_s, ws, m_dir.filePath(u"rollup.csv"_s), u"--rollup"_s, u"--timezone"_s,
                                 u"Europe/Berlin"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"rollup rows (%1 events) from rollup.csv into w.northstar (source \"warehouse\")"_s
                                    .arg(m_events.size())),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Dates: 2024-03-01 to 2024-03-30 (local dates in Europe/Berlin)."_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"reporting timezone is now Europe/Berlin"_s), qPrintable(r.out));

        const Run info = northstar({u"info"_s, ws});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"warehouse: daily rollup of %1 events"_s.arg(m_events.size())), qPrintable(info.out));
        QVERIFY2(info.out.contains(u"reporting timezone: Europe/Berlin"_s), qPrintable(info.out));

        // The same weekly breadth as the raw events give.
        const QString raw = m_dir.filePath(u"raw.northstar"_s);
        const Run imported = northstar({u"import"_s, raw, m_dir.filePath(u"raw.csv"_s)});
        QCOMPARE(imported.exitCode, 0);
        const Run rawMetric = northstar({u"metrics"_s, raw, u"--metric"_s, u"breadth"_s, u"--timezone"_s, u"Europe/Berlin"_s});
        const Run rollupMetric = northstar({u"metrics"_s, ws, u"--metric"_s, u"breadth"_s});
        QVERIFY2(rawMetric.exitCode == 0 && rollupMetric.exitCode == 0, qPrintable(rawMetric.err + rollupMetric.err));
        QCOMPARE(rollupMetric.out, rawMetric.out);

        // Another zone is refused with the reason, not computed wrongly.
        const Run other = northstar({u"metrics"_s, ws, u"--metric"_s, u"breadth"_s, u"--timezone"_s, u"UTC"_s});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(u"daily rollups whose dates were made in Europe/Berlin"_s), qPrintable(other.err));
    }

    void wrongFlagsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("no timezone") << QStringList{u"--rollup"_s} << u"--rollup needs --timezone TZ"_s;
        QTest::newRow("time format") << QStringList{u"--rollup"_s, u"--timezone"_s, u"UTC"_s, u"--time-format"_s, u"iso"_s}
                                     << u"are for raw events"_s;
        QTest::newRow("count without rollup") << QStringList{u"--count"_s, u"n"_s} << u"--count is for a --rollup"_s;
    }
    void wrongFlagsAreUsageErrors()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const QString ws = m_dir.filePath(u"usage.northstar"_s);
        const Run r = northstar(QStringList{u"import"_s, ws, m_dir.filePath(u"rollup.csv"_s)} + flags);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(ws));
    }

private:
    QTemporaryDir m_dir;
    QList<RawEvent> m_events;
};

QTEST_GUILESS_MAIN(TestRollupCli)
#include "tst_rollupcli.moc"
