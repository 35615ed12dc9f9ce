// `northstar metrics` on the real export (../shared/data/real/online_retail_sample.csv),
// imported as its SOURCES.md says: user CustomerID, time InvoiceDate (M/d/yy H:mm, UTC),
// event name purchase, value TotalPrice. Expected numbers are counted here straight from
// the CSV text (distinct CustomerID and sum of TotalPrice per InvoiceDate day), without
// the importer or the engine.

#include "analysistestsupport.h"

#include "eventstore/eventimport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::AnalysisTest;

namespace {

// RFC 4180 fields of one line (the file has quoted fields with commas, no line breaks).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

struct Day
{
    std::set<QString> customers;
    double total = 0;
};

} // namespace

class TestMetricsReal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dailyBreadth();
    void dailyDepthValue();
    void weeklyPartialFlags();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    std::map<QDate, Day> m_days; // from the CSV text
};

void TestMetricsReal::initTestCase()
{
    const QString file = QStringLiteral(NORTHSTAR_SHARED_DATA) + u"/real/online_retail_sample.csv"_s;
    if (!QFile::exists(file))
        QSKIP("the real export is not available");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = splitCsvLine(QString::fromUtf8(f.readLine()).trimmed());
    const qsizetype customer = header.indexOf(u"CustomerID"_s), date = header.indexOf(u"InvoiceDate"_s),
                    total = header.indexOf(u"TotalPrice"_s);
    QVERIFY(customer >= 0 && date >= 0 && total >= 0);
    while (!f.atEnd()) {
        const QStringList fields = splitCsvLine(QString::fromUtf8(f.readLine()).trimmed());
        QCOMPARE(fields.size(), header.size());
        if (fields[customer].trimmed().isEmpty())
            continue; // rejected by the import, as SOURCES.md says
        // "12/1/10 8:26": month/day/two-digit year.
        const QStringList mdy = fields[date].section(u' ', 0, 0).split(u'/');
        const QDate day(2000 + mdy[2].toInt(), mdy[0].toInt(), mdy[1].toInt());
        QVERIFY(day.isValid());
        m_days[day].customers.insert(fields[customer].trimmed());
        m_days[day].total += fields[total].toDouble();
    }
    QCOMPARE(m_days.begin()->first, QDate(2010, 12, 1));
    QCOMPARE(m_days.rbegin()->first, QDate(2010, 12, 13));

    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"retail.northstar"_s);
    ImportRequest r;
    r.file = file;
    r.userColumn = u"CustomerID"_s;
    r.timeColumn = u"InvoiceDate"_s;
    r.timeFormat = u"M/d/yy H:mm"_s;
    r.timeZone = u"UTC"_s;
    r.eventName = u"purchase"_s;
    r.valueColumn = u"TotalPrice"_s;
    const auto summary = EventImport::run(m_workspace, r);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
}

// Every day from the first to the last, days without sales included (0).
void TestMetricsReal::dailyBreadth()
{
    const Run run = northstar({u"metrics"_s, m_workspace, u"--metric"_s, u"breadth"_s, u"--grain"_s, u"day"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.takeFirst(), u"period_start,value,partial"_s);
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 13);
    int quietDays = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QDate day = QDate(2010, 12, 1).addDays(i);
        const auto it = m_days.find(day);
        const int customers = it == m_days.end() ? 0 : int(it->second.customers.size());
        quietDays += customers == 0;
        QCOMPARE(lines[i], u"%1,%2,0"_s.arg(day.toString(Qt::ISODate)).arg(customers)); // a day is never partial
    }
    QVERIFY(quietDays > 0); // no sales on Saturdays: periods without activity are rows too
}

// Sum of TotalPrice (refunds negative) over distinct customers; empty on days without
// customers, never 0.
void TestMetricsReal::dailyDepthValue()
{
    const Run run = northstar({u"metrics"_s, m_workspace, u"--metric"_s, u"depth-value"_s, u"--grain"_s, u"day"_s,
                               u"--events"_s, u"purchase"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst();
    QCOMPARE(lines.size(), 13);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QDate day = QDate(2010, 12, 1).addDays(i);
        const QStringList fields = lines[i].split(u',');
        QCOMPARE(fields[0], day.toString(Qt::ISODate));
        const auto it = m_days.find(day);
        if (it == m_days.end()) {
            QCOMPARE(fields[1], QString()); // an empty ratio
            continue;
        }
        const double expected = it->second.total / double(it->second.customers.size());
        // Sums of decimal prices depend on the order of addition in the last bits only.
        QVERIFY2(qAbs(fields[1].toDouble() - expected) <= 1e-9 * qAbs(expected),
                 qPrintable(u"%1: %2 vs %3"_s.arg(fields[0], fields[1]).arg(expected, 0, 'g', 17)));
    }
}

// 2010-12-01 is a Wednesday and 2010-12-13 a Monday: Monday weeks 11-29 and 12-13 are
// partial, 12-06 is complete; Sunday weeks 11-28 and 12-12 partial, 12-05 complete.
void TestMetricsReal::weeklyPartialFlags()
{
    const auto weekly = [this](const QString &weekStart) {
        const Run run = northstar({u"metrics"_s, m_workspace, u"--metric"_s, u"breadth"_s, u"--week-start"_s, weekStart});
        QStringList flags;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            flags.append(line.section(u',', 0, 0) + u':' + line.section(u',', 2, 2));
        return flags;
    };
    QCOMPARE(weekly(u"monday"_s), (QStringList{u"2010-11-29:1"_s, u"2010-12-06:0"_s, u"2010-12-13:1"_s}));
    QCOMPARE(weekly(u"sunday"_s), (QStringList{u"2010-11-28:1"_s, u"2010-12-05:0"_s, u"2010-12-12:1"_s}));
}

QTEST_GUILESS_MAIN(TestMetricsReal)
#include "tst_metricsreal.moc"
