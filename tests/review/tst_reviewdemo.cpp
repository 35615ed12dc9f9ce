// The review of the bundled demo (the story a first-time user reads) against the plain
// reference: every number of the JSON matches, for the latest week, the latest month and a
// past week, and the story is the one the demo's data were made to tell.

#include "reviewcompare.h"

#include "demo/demoevents.h"
#include "demo/demoworkspace.h"
#include "referencereview.h"
#include "review/reviewjson.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using NorthStar::ReviewTest::compareReviews;
namespace Ref = NorthStar::ReviewReference;

class TestReviewDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheReference_data();
    void matchesTheReference();
    void tellsTheDemosStory();

private:
    QJsonObject engineJson(Grain grain, std::optional<QDate> date = std::nullopt) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    WorkspaceData m_model;
    Id m_tree = 0;
    Ref::RawData m_raw;
};

void TestReviewDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(u"demo.northstar"_s);
    const auto created = DemoWorkspace::create(m_workspace);
    QVERIFY2(created, qPrintable(created ? QString() : created.error()));
    const auto model = WorkspaceFile::read(m_workspace);
    QVERIFY2(model, qPrintable(model ? QString() : model.error()));
    m_model = *model;
    m_tree = m_model.treesInOrder().constFirst().id;

    // The same deterministic rows the demo imported, read plainly for the reference.
    const QString csv = m_dir.filePath(u"demo.csv"_s);
    QVERIFY(DemoEvents::write(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    const QStringList header = in.readLine().split(u',');
    QCOMPARE(header, (QStringList{u"user_id"_s, u"timestamp"_s, u"event"_s, u"value"_s, u"country"_s, u"plan"_s}));
    m_raw.attributeNames = {u"country"_s, u"plan"_s};
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(u',');
        QCOMPARE(f.size(), 6);
        Ref::RawEvent e;
        e.user = f[0];
        e.utcMs = QDateTime::fromString(f[1], Qt::ISODate).toMSecsSinceEpoch();
        e.event = f[2];
        if (!f[3].isEmpty())
            e.value = f[3].toDouble();
        m_raw.events.push_back(e);
        m_raw.attributes[f[0]] = {{u"country"_s, f[4]}, {u"plan"_s, f[5]}};
    }
    QVERIFY(m_raw.events.size() > 100000);
}

QJsonObject TestReviewDemo::engineJson(Grain grain, std::optional<QDate> date) const
{
    const WorkspaceMetrics metrics(m_workspace, m_model);
    const auto review = computeReview(metrics, {m_tree, grain, date});
    return review ? reviewToJson(*review) : QJsonObject{};
}

void TestReviewDemo::matchesTheReference_data()
{
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QDate>("date"); // invalid: the latest complete period
    QTest::newRow("latest week") << u"week"_s << QDate();
    QTest::newRow("latest month") << u"month"_s << QDate();
    QTest::newRow("a week in August") << u"week"_s << QDate(2026, 8, 26);
}

void TestReviewDemo::matchesTheReference()
{
    QFETCH(QString, grain);
    QFETCH(QDate, date);
    const std::optional<QDate> period = date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    const auto expected = Ref::review(m_raw, m_model, {m_tree, grain, period});
    QVERIFY2(expected, qPrintable(expected ? QString() : expected.error()));
    const QJsonObject engine = engineJson(grain == u"month" ? Grain::Month : Grain::Week, period);
    QVERIFY(!engine.isEmpty());
    const QStringList differences = compareReviews(engine, *expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
}

void TestReviewDemo::tellsTheDemosStory()
{
    const QJsonObject review = engineJson(Grain::Week);
    const QJsonObject northStar = review.value(u"metrics"_s).toArray().at(0).toObject();
    QCOMPARE(northStar.value(u"name"_s).toString(), u"Weekly learners"_s);
    QCOMPARE(northStar.value(u"target"_s).toObject().value(u"status"_s).toString(), u"behind"_s);

    QMap<QString, QString> verdicts;
    for (const QJsonValue &w : review.value(u"work"_s).toArray())
        verdicts.insert(w.toObject().value(u"title"_s).toString(), w.toObject().value(u"verdict"_s).toString());
    // The demo's generator plants the streak reminders' and the adaptive lessons' effects;
    // the referral rewards bring people in who do not stay reached.
    QCOMPARE(verdicts.value(u"Streak reminders"_s), u"as_expected"_s);
    QCOMPARE(verdicts.value(u"Adaptive lesson length"_s), u"as_expected"_s);
    QCOMPARE(verdicts.value(u"Referral rewards"_s), u"no_clear_effect"_s);

    QStringList kinds;
    for (const QJsonValue &d : review.value(u"disconnects"_s).toArray())
        kinds << d.toObject().value(u"kind"_s).toString() + u' ' + d.toObject().value(u"metric"_s).toString();
    QVERIFY2(kinds.contains(u"work_without_effect Reached learners"_s), qPrintable(kinds.join(u", "_s)));
    QVERIFY2(kinds.contains(u"off_target Weekly learners"_s), qPrintable(kinds.join(u", "_s)));
    QVERIFY2(!kinds.contains(u"idle_input Reached learners"_s), "the Spanish course is in progress");
}

QTEST_GUILESS_MAIN(TestReviewDemo)
#include "tst_reviewdemo.moc"
