// Every metric of the engine against the plain reference (referencemetrics.cpp) on generated
// data: every grain, both week starts, zones with DST changes inside the data, with and
// without a segment.

#include "generateddata.h"
#include "referencemetrics.h"

#include "metrics/metricengine.h"

#include <QTest>

#include <cmath>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    MetricSpec spec;
    int parameter = 0; // k, n or W for the reference
};

QList<Case> cases()
{
    auto make = [](MetricKind kind, QStringList events, int parameter = 0) {
        Case c;
        c.spec.kind = kind;
        c.spec.events = events;
        c.spec.k = c.spec.threshold = c.spec.window = std::max(parameter, 1);
        c.parameter = parameter;
        return c;
    };
    const QStringList booking{u"booking"_s};
    return {
        make(MetricKind::Breadth, {}),
        make(MetricKind::Breadth, booking),
        make(MetricKind::Depth, {u"booking"_s, u"message_sent"_s}),
        make(MetricKind::DepthValue, booking),
        make(MetricKind::DepthValue, {}),
        make(MetricKind::Frequency, {u"open"_s}),
        make(MetricKind::Stickiness, {u"open"_s}, 1),
        make(MetricKind::Stickiness, {u"open"_s}, 2),
        make(MetricKind::Stickiness, {}, 4),
        make(MetricKind::StickinessCumulative, {u"open"_s}, 2),
        make(MetricKind::Threshold, booking, 1),
        make(MetricKind::Threshold, {}, 3),
        make(MetricKind::Activation, booking, 7),
        make(MetricKind::Activation, booking, 1),
        make(MetricKind::Activation, {u"call_started"_s}, 30),
        make(MetricKind::TimeToValue, booking),
        make(MetricKind::TimeToValue, {u"message_sent"_s, u"call_started"_s}),
        make(MetricKind::Lifecycle, {}),
        make(MetricKind::Lifecycle, booking),
    };
}

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString show(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : u"(empty)"_s;
}

} // namespace

class TestMetricReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();

private:
    GeneratedData m_data;
};

void TestMetricReference::initTestCase()
{
    m_data = generateEvents(20240601u, 220);
    QVERIFY(m_data.events.size() > 5000);
}

void TestMetricReference::matchesReference_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("grain");
    QTest::addColumn<bool>("sunday");
    for (const QString &zone : {u"Europe/Berlin"_s, u"America/New_York"_s, u"UTC"_s, u"Asia/Kolkata"_s}) {
        QTest::addRow("%s day", qPrintable(zone)) << zone << u"day"_s << false;
        QTest::addRow("%s week monday", qPrintable(zone)) << zone << u"week"_s << false;
        QTest::addRow("%s week sunday", qPrintable(zone)) << zone << u"week"_s << true;
        QTest::addRow("%s month", qPrintable(zone)) << zone << u"month"_s << false;
    }
}

void TestMetricReference::matchesReference()
{
    QFETCH(QString, zone);
    QFETCH(QString, grain);
    QFETCH(bool, sunday);
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    const ActivityData activity = buildActivity(m_data, timeZone, 7u);
    const ReferenceMetrics reference(m_data, timeZone);
    const MetricEngine engine(activity);

    for (const QString &country : {QString(), u"DE"_s}) {
        MetricRequest request;
        request.grain = *grainFromName(grain);
        request.weekStart = sunday ? WeekStart::Sunday : WeekStart::Monday;
        if (!country.isEmpty())
            request.segment = Segment{u"country"_s, country};
        const ReferenceQuery query{grain, sunday, country};

        for (const Case &c : cases()) {
            const QString kind = metricKindName(c.spec.kind);
            const QString label = kind % u' ' % c.spec.events.join(u'+') % u" p=" % QString::number(c.parameter)
                % u" segment=" % country;
            const Result<MetricSeries> series = engine.compute(c.spec, request);
            if (c.spec.kind == MetricKind::Frequency && grain == u"day"_s) {
                QVERIFY2(!series.ok(), qPrintable(label));
                continue;
            }
            QVERIFY2(series.ok(), qPrintable(label % u": " % (series.ok() ? QString() : series.error())));
            const QList<ReferenceRow> expected = reference.compute(query, kind, c.spec.events, c.parameter);
            QCOMPARE(series->rows.size(), std::size_t(expected.size()));
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const SeriesRow &row = series->rows[std::size_t(i)];
                const QString where = label % u" period " % expected[i].start.toString(Qt::ISODate);
                QVERIFY2(row.periodStart == expected[i].start, qPrintable(where % u" start " % row.periodStart.toString(Qt::ISODate)));
                QVERIFY2(row.partial == expected[i].partial, qPrintable(where % u" partial"));
                if (series->isLifecycle()) {
                    const LifecycleCounts &got = series->lifecycle[std::size_t(i)];
                    const qint64 counts[4] = {got.newUsers, got.returning, got.resurrecting, got.dormant};
                    for (int j = 0; j < 4; ++j) {
                        QVERIFY2(counts[j] == expected[i].counts[j],
                                 qPrintable(where % u" lifecycle " % QString::number(j) % u": " % QString::number(counts[j])
                                            % u" vs " % QString::number(expected[i].counts[j])));
                    }
                } else {
                    QVERIFY2(sameValue(row.value, expected[i].value),
                             qPrintable(where % u": " % show(row.value) % u" vs reference " % show(expected[i].value)));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestMetricReference)
#include "tst_metricreference.moc"
