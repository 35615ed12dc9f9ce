// The review engine (computeReview + reviewToJson) against the plain reference of
// referencereview.h, field by field, on generated data imported with the real importer;
// and the planted outcomes, hand-worked numbers and error cases asserted on the engine's
// own output (the expectations in reviewexpectations.cpp also hold the reference).

#include "referencereview.h"
#include "reviewcompare.h"
#include "reviewdata.h"
#include "reviewexpectations.h"

#include "analysis/workspacemetrics.h"
#include "review/reviewjson.h"
#include "review/weeklyreview.h"
#include "storage/workspacefile.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::ReviewTest;
namespace Ref = NorthStar::ReviewReference;

namespace {

// The planted data in another reporting timezone and week start (both from the settings).
const QMap<QString, QString> otherCalendar{{u"timezone"_s, u"America/New_York"_s}, {u"week-start"_s, u"sunday"_s}};
// ... and with the workspace segment applied to every metric of the trees.
const QMap<QString, QString> germanyOnly{{u"segment"_s, u"country = DE"_s}};


QString problems(const QStringList &list)
{
    return list.join(u'\n');
}

} // namespace

class TestReview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void plantedOutcomes();
    void plantedMonth();
    void partsAddUp_data();
    void partsAddUp();
    void handWorked_data();
    void handWorked();
    void pastPeriodUsesOnlyItsData();
    void otherCalendar();
    void reviewValues();
    void topMovers();
    void jsonText();
    void errors_data();
    void errors();

private:
    Result<Review> engine(const QString &workspace, const WorkspaceData &model, const QString &tree,
                          Grain grain = Grain::Week, std::optional<QDate> date = {}) const;
    QJsonObject engineJson(const QString &workspace, const WorkspaceData &model, const QString &tree,
                           Grain grain = Grain::Week, std::optional<QDate> date = {}) const;

    QTemporaryDir m_dir;
    Ref::RawData m_planted, m_hand;
    QString m_plantedPath, m_cutPath, m_handPath, m_emptyPath;
};

void TestReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_planted = plantedEvents();
    m_hand = handWorkedEvents();
    m_plantedPath = m_dir.filePath(u"planted.northstar"_s);
    m_cutPath = m_dir.filePath(u"planted-to-0713.northstar"_s);
    m_handPath = m_dir.filePath(u"hand.northstar"_s);
    m_emptyPath = m_dir.filePath(u"empty.northstar"_s);
    QString error = importEvents(m_plantedPath, m_planted);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = importEvents(m_cutPath, eventsUpTo(m_planted, QDate(2025, 7, 13)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = importEvents(m_handPath, m_hand);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto created = WorkspaceFile::create(m_emptyPath);
    QVERIFY2(created, qPrintable(created ? QString() : created.error()));
}

Result<Review> TestReview::engine(const QString &workspace, const WorkspaceData &model, const QString &tree,
                                  Grain grain, std::optional<QDate> date) const
{
    const WorkspaceMetrics metrics(workspace, model);
    return computeReview(metrics, ReviewOptions{treeNamed(model, tree), grain, date});
}

QJsonObject TestReview::engineJson(const QString &workspace, const WorkspaceData &model, const QString &tree,
                                   Grain grain, std::optional<QDate> date) const
{
    const auto review = engine(workspace, model, tree, grain, date);
    if (!review) {
        qWarning().noquote() << tree << review.error();
        return {};
    }
    return reviewToJson(*review);
}

void TestReview::matchesReference_data()
{
    QTest::addColumn<bool>("planted");
    QTest::addColumn<QString>("settings"); // "", "other" (otherCalendar) or "DE" (germanyOnly)
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("grain");
    QTest::addColumn<QDate>("date"); // invalid: the latest complete period
    const QStringList plantedTrees{u"Growth"_s, u"Engagement"_s, u"Activation"_s, u"Search share"_s, u"Habits"_s, u"Lifecycle"_s, u"Saving"_s, u"Probes"_s};
    for (const QString &grain : {u"week"_s, u"month"_s}) {
        for (const QString &tree : plantedTrees)
            QTest::addRow("%s, %s", qPrintable(tree), qPrintable(grain)) << true << QString() << tree << grain << QDate();
    }
    for (const QString &tree : plantedTrees) {
        QTest::addRow("%s, week of 2025-07-09", qPrintable(tree)) << true << QString() << tree << u"week"_s << QDate(2025, 7, 9);
        QTest::addRow("%s, New York, Sunday weeks", qPrintable(tree)) << true << u"other"_s << tree << u"week"_s << QDate();
    }
    QTest::newRow("Growth, June") << true << QString() << u"Growth"_s << u"month"_s << QDate(2025, 6, 15);
    QTest::newRow("Growth, New York, month") << true << u"other"_s << u"Growth"_s << u"month"_s << QDate();
    QTest::newRow("Growth, DE only") << true << u"DE"_s << u"Growth"_s << u"week"_s << QDate();
    QTest::newRow("Engagement, DE only") << true << u"DE"_s << u"Engagement"_s << u"week"_s << QDate();
    for (const QString &tree : {u"Product"_s, u"Sum"_s, u"Ratio"_s, u"Three"_s, u"Leverage"_s, u"Depth"_s, u"Formula extra"_s, u"Leverage gap"_s})
        QTest::addRow("hand-worked %s", qPrintable(tree)) << false << QString() << tree << u"week"_s << QDate();
}

void TestReview::matchesReference()
{
    QFETCH(bool, planted);
    QFETCH(QString, settings);
    QFETCH(QString, tree);
    QFETCH(QString, grain);
    QFETCH(QDate, date);
    const WorkspaceData model = !planted             ? handWorkedModel()
                                : settings == u"other" ? plantedModel(::otherCalendar)
                                : settings == u"DE"    ? plantedModel(germanyOnly)
                                                       : plantedModel();
    const std::optional<QDate> period = date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    const auto expected = Ref::review(planted ? m_planted : m_hand, model, {treeNamed(model, tree), grain, period});
    QVERIFY2(expected, qPrintable(expected ? QString() : expected.error()));
    const auto review = engine(planted ? m_plantedPath : m_handPath, model, tree,
                               grain == u"month" ? Grain::Month : Grain::Week, period);
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    const QStringList differences = compareReviews(reviewToJson(*review), *expected);
    QVERIFY2(differences.isEmpty(), qPrintable(problems(differences)));
}

void TestReview::plantedOutcomes()
{
    const WorkspaceData model = plantedModel();
    const QJsonObject growth = engineJson(m_plantedPath, model, u"Growth"_s);
    const QJsonObject engagement = engineJson(m_plantedPath, model, u"Engagement"_s);
    QVERIFY(!growth.isEmpty() && !engagement.isEmpty());
    QVERIFY2(plantedGrowth(growth).isEmpty(), qPrintable(problems(plantedGrowth(growth))));
    QVERIFY2(plantedTargets(growth, engagement).isEmpty(), qPrintable(problems(plantedTargets(growth, engagement))));
    const QJsonObject lifecycle = engineJson(m_plantedPath, model, u"Lifecycle"_s);
    const QJsonObject habits = engineJson(m_plantedPath, model, u"Habits"_s);
    const QJsonObject saving = engineJson(m_plantedPath, model, u"Saving"_s);
    const QStringList kinds = plantedKinds(lifecycle, habits, saving) + plantedProbes(engineJson(m_plantedPath, model, u"Probes"_s));
    QVERIFY2(kinds.isEmpty(), qPrintable(problems(kinds)));
}

void TestReview::plantedMonth()
{
    const QJsonObject growth = engineJson(m_plantedPath, plantedModel(), u"Growth"_s, Grain::Month);
    QVERIFY(!growth.isEmpty());
    QVERIFY2(ReviewTest::plantedMonth(growth).isEmpty(), qPrintable(problems(ReviewTest::plantedMonth(growth))));
}

void TestReview::partsAddUp_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<Grain>("grain");
    for (const Grain grain : {Grain::Week, Grain::Month}) {
        for (const QString &tree : {u"Growth"_s, u"Engagement"_s, u"Activation"_s, u"Search share"_s, u"Habits"_s, u"Lifecycle"_s, u"Saving"_s, u"Probes"_s})
            QTest::addRow("%s %s", qPrintable(tree), qPrintable(grainName(grain))) << tree << grain;
    }
}

void TestReview::partsAddUp()
{
    QFETCH(QString, tree);
    QFETCH(Grain, grain);
    const QJsonObject r = engineJson(m_plantedPath, plantedModel(), tree, grain);
    QVERIFY(!r.isEmpty());
    QCOMPARE(r.value(u"segments"_s).toArray().isEmpty(), tree == u"Search share"); // a formula is not split
    QVERIFY2(ReviewTest::partsAddUp(r).isEmpty(), qPrintable(problems(ReviewTest::partsAddUp(r))));
}

void TestReview::handWorked_data()
{
    QTest::addColumn<QString>("tree");
    for (const QString &tree : {u"Product"_s, u"Sum"_s, u"Ratio"_s, u"Three"_s, u"Leverage"_s, u"Depth"_s, u"Formula extra"_s, u"Leverage gap"_s})
        QTest::newRow(qPrintable(tree)) << tree;
}

void TestReview::handWorked()
{
    QFETCH(QString, tree);
    const QJsonObject r = engineJson(m_handPath, handWorkedModel(), tree);
    QVERIFY(!r.isEmpty());
    const QStringList unmet = ReviewTest::handWorked(tree, r) + ReviewTest::partsAddUp(r);
    QVERIFY2(unmet.isEmpty(), qPrintable(problems(unmet)));
}

void TestReview::pastPeriodUsesOnlyItsData()
{
    // The review of the week of 2025-07-09 reads the same as on a workspace whose data end on
    // that week's Sunday: later events change nothing in it.
    const WorkspaceData model = plantedModel();
    for (const QString &tree : {u"Growth"_s, u"Engagement"_s, u"Activation"_s}) {
        const QJsonObject past = engineJson(m_plantedPath, model, tree, Grain::Week, QDate(2025, 7, 9));
        const QJsonObject then = engineJson(m_cutPath, model, tree);
        QCOMPARE(past.value(u"period"_s).toString(), u"2025-07-07"_s);
        QCOMPARE(then.value(u"period"_s).toString(), u"2025-07-07"_s);
        // A past review reads as it did then: no segment whose users came later.
        const QStringList differences = compareReviews(past, then);
        QVERIFY2(differences.isEmpty(), qPrintable(tree + u":\n"_s + problems(differences)));
    }
}

void TestReview::otherCalendar()
{
    const QJsonObject r = engineJson(m_plantedPath, plantedModel(::otherCalendar), u"Growth"_s);
    QVERIFY(!r.isEmpty());
    const QDate period = QDate::fromString(r.value(u"period"_s).toString(), Qt::ISODate);
    QCOMPARE(period.dayOfWeek(), 7); // weeks start on Sunday
    QCOMPARE(period, QDate(2025, 7, 27));
    // The same planted verdicts: a shift of the week boundaries by a day does not hide a step.
    QVERIFY(verdictLines(r).contains(u"Faster search on Searchers: as_expected"_s));
    QVERIFY(verdictLines(r).contains(u"New ranking on Search depth: opposite"_s));
}

void TestReview::reviewValues()
{
    // What the JSON does not carry: the dates, the guardrail's breach, the cohort flags.
    const auto review = engine(m_plantedPath, plantedModel(), u"Growth"_s);
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    QCOMPARE(review->period, QDate(2025, 7, 28));
    QCOMPARE(review->previous, QDate(2025, 7, 21));
    QCOMPARE(review->periodEnd, QDate(2025, 8, 3));
    QCOMPARE(review->dataThrough, QDate(2025, 8, 6));
    QCOMPARE(review->grain, Grain::Week);
    QCOMPARE(review->tree, u"Growth"_s);
    QVERIFY(review->northStar());
    QCOMPARE(review->northStar()->name, u"Weekly visitors"_s);
    const MetricReview *setup = nullptr, *guardrail = nullptr, *undefined = nullptr;
    for (const MetricReview &m : review->metrics) {
        if (m.name == u"Setup rate")
            setup = &m;
        if (m.role == ReviewRole::Guardrail)
            guardrail = &m;
        if (m.name == u"Undefined input")
            undefined = &m;
    }
    QVERIFY(setup && guardrail && undefined);
    QVERIFY(setup->cohort);
    QVERIFY(setup->share);
    QCOMPARE(setup->period, QDate(2025, 7, 21));
    QCOMPARE(setup->previousPeriod, QDate(2025, 7, 14));
    QCOMPARE(guardrail->name, u"Complaints"_s);
    QVERIFY(guardrail->breached);
    QVERIFY(guardrail->bound && guardrail->bound->side == GuardrailBound::Side::AtMost);
    QVERIFY(!undefined->error.isEmpty()); // says why there is nothing
    QVERIFY(!undefined->value);
}

void TestReview::topMovers()
{
    // Hand-worked: country DE -1, NL -4, FR +4, no country +3; plan has the single segment
    // "free" (+2), which is skipped.
    const auto review = engine(m_handPath, handWorkedModel(), u"Leverage"_s);
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    const auto line = [](const std::vector<SegmentContribution> &movers) {
        QStringList out;
        for (const SegmentContribution &s : movers)
            out.append(s.attribute + u'=' + s.value + u' ' + QString::number(s.contribution));
        return out;
    };
    QCOMPARE(line(review->topMovers(true, 3)), (QStringList{u"country=FR 4"_s, u"country=(none) 3"_s}));
    QCOMPARE(line(review->topMovers(false, 3)), (QStringList{u"country=NL -4"_s, u"country=DE -1"_s}));
    QCOMPARE(line(review->topMovers(true, 1)), QStringList{u"country=FR 4"_s});
}

void TestReview::jsonText()
{
    const auto review = engine(m_plantedPath, plantedModel(), u"Engagement"_s);
    QVERIFY2(review, qPrintable(review ? QString() : review.error()));
    const QByteArray text = reviewJsonText(*review);
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(text.count('\n'), 1); // one line
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), reviewToJson(*review));
    // Every number outside strings has at most 12 significant digits (ratios such as
    // 3.0869565217391304 are rounded).
    const QString json = QString::fromUtf8(text);
    const QRegularExpression numberPattern(uR"(-?(\d+)(?:\.(\d+))?(?:[eE][-+]?\d+)?)"_s);
    int numbers = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] == u'"' && (i == 0 || json[i - 1] != u'\\'))
            inString = !inString;
        if (inString || !(json[i].isDigit() || json[i] == u'-'))
            continue;
        const auto match = numberPattern.match(json, i, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
        QVERIFY(match.hasMatch());
        QString digits = match.captured(1) + match.captured(2);
        while (digits.startsWith(u'0'))
            digits.remove(0, 1);
        while (digits.endsWith(u'0'))
            digits.chop(1);
        QVERIFY2(digits.size() <= 12, qPrintable(match.captured(0)));
        ++numbers;
        i += match.capturedLength() - 1;
    }
    QVERIFY(numbers > 20);
}

void TestReview::errors_data()
{
    QTest::addColumn<QString>("workspace"); // planted, hand or empty
    QTest::addColumn<QString>("tree");
    QTest::addColumn<Grain>("grain");
    QTest::addColumn<QDate>("date");
    QTest::newRow("North Star without computation") << u"hand"_s << u"No computation"_s << Grain::Week << QDate();
    QTest::newRow("workspace without data") << u"empty"_s << u"Growth"_s << Grain::Week << QDate();
    QTest::newRow("no such tree") << u"planted"_s << u"No such tree"_s << Grain::Week << QDate();
    QTest::newRow("day grain") << u"planted"_s << u"Growth"_s << Grain::Day << QDate();
    QTest::newRow("before the data") << u"planted"_s << u"Growth"_s << Grain::Week << QDate(2024, 6, 3);
    QTest::newRow("after the data") << u"planted"_s << u"Growth"_s << Grain::Week << QDate(2026, 1, 7);
    QTest::newRow("the last week, partial") << u"planted"_s << u"Growth"_s << Grain::Week << QDate(2025, 8, 5);
    QTest::newRow("the first week, partial") << u"planted"_s << u"Growth"_s << Grain::Week << QDate(2025, 1, 9);
    QTest::newRow("August, partial") << u"planted"_s << u"Growth"_s << Grain::Month << QDate(2025, 8, 1);
}

void TestReview::errors()
{
    QFETCH(QString, workspace);
    QFETCH(QString, tree);
    QFETCH(Grain, grain);
    QFETCH(QDate, date);
    const bool hand = workspace == u"hand";
    const WorkspaceData model = hand ? handWorkedModel() : plantedModel();
    const QString path = hand ? m_handPath : workspace == u"empty" ? m_emptyPath : m_plantedPath;
    const auto review = engine(path, model, tree, grain, date.isValid() ? std::optional<QDate>(date) : std::nullopt);
    QVERIFY(!review);
    QVERIFY(!review.error().trimmed().isEmpty());
    qInfo().noquote() << review.error(); // for people to judge "clear"
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
