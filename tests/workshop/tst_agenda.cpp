// The workshop's agenda and tally (issue #11 §1, §2): the playbook's steps fill two hours;
// a step's clock runs from its start to its end (or now) and goes negative once over; the
// tally ranks by dots with ties shown as ties.

#include "model/workspacedata.h"
#include "workshop/agenda.h"
#include "workshop/votetally.h"

#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

class TstAgenda final : public QObject
{
    Q_OBJECT

private slots:
    void playbookFillsTwoHours();
    void clock_data();
    void clock();
    void stepTime();
    void tallyShowsTies();
};

void TstAgenda::playbookFillsTwoHours()
{
    const QList<WorkshopStep> steps = Agenda::playbook();
    QCOMPARE(steps.size(), 7);
    Workshop w;
    w.steps = steps;
    QCOMPARE(Agenda::plannedTotalSeconds(w), 120 * 60);
    QCOMPARE(steps.first().kind, WorkshopStepKind::ValueAndGame);
    QCOMPARE(steps.last().kind, WorkshopStepKind::NextSteps);
    for (const WorkshopStep &s : steps) {
        QVERIFY(!s.title.isEmpty() && !s.prompt.isEmpty());
        QCOMPARE(s.id, Id(0));
    }
    QCOMPARE(Agenda::voteSubject(WorkshopStepKind::Choose), Agenda::VoteSubject::Candidates);
    QCOMPARE(Agenda::voteSubject(WorkshopStepKind::Inputs), Agenda::VoteSubject::Inputs);
    QCOMPARE(Agenda::voteSubject(WorkshopStepKind::Work), Agenda::VoteSubject::Work);
    QCOMPARE(Agenda::voteSubject(WorkshopStepKind::NextSteps), Agenda::VoteSubject::None);
}

void TstAgenda::clock_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00"_s;
    QTest::newRow("minutes") << qint64(12 * 60 + 5) << u"12:05"_s;
    QTest::newRow("over") << qint64(-90) << u"\u22121:30"_s;
    QTest::newRow("hours") << qint64(3720) << u"1:02:00"_s;
}

void TstAgenda::clock()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Agenda::clockText(seconds), text);
}

void TstAgenda::stepTime()
{
    const QDateTime start(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    WorkshopStep s;
    s.minutes = 10;
    QCOMPARE(Agenda::elapsedSeconds(s, start), 0);
    QCOMPARE(Agenda::remainingSeconds(s, start), 600);
    s.started = start;
    QCOMPARE(Agenda::remainingSeconds(s, start.addSecs(250)), 350);
    QCOMPARE(Agenda::remainingSeconds(s, start.addSecs(700)), -100);
    s.ended = start.addSecs(480);
    QCOMPARE(Agenda::elapsedSeconds(s, start.addSecs(5000)), 480);
}

void TstAgenda::tallyShowsTies()
{
    WorkspaceData d;
    Node a, b, c, e;
    a.id = 1, a.kind = NodeKind::Work, a.title = u"Alpha"_s;
    b.id = 2, b.kind = NodeKind::Work, b.title = u"Beta"_s;
    c.id = 3, c.kind = NodeKind::Work, c.title = u"Gamma"_s;
    e.id = 4, e.kind = NodeKind::Work, e.title = u"Delta"_s;
    for (const Node &n : {a, b, c, e})
        d.nodes.insert(n.id, n);
    d.votes.insert(10, Vote{10, 1, 9, 8, 2, 5});
    d.votes.insert(11, Vote{11, 1, 9, 8, 1, 5});
    d.votes.insert(12, Vote{12, 1, 9, 8, 3, 2});
    d.votes.insert(13, Vote{13, 1, 9, 8, 4, 0});
    d.votes.insert(14, Vote{14, 1, 9, 7, 4, 9}); // another step
    const QList<VoteTally::Entry> tally = VoteTally::ofStep(d, 8);
    QCOMPARE(tally.size(), 3);
    QCOMPARE(tally.at(0).name, u"Alpha"_s);
    QCOMPARE(tally.at(1).name, u"Beta"_s);
    QCOMPARE(tally.at(0).rank, 1);
    QCOMPARE(tally.at(1).rank, 1);
    QVERIFY(tally.at(0).tied && tally.at(1).tied);
    QCOMPARE(tally.at(2).rank, 3);
    QVERIFY(!tally.at(2).tied);
    QCOMPARE(VoteTally::rankText(tally.at(0)), u"tied 1."_s);
    QCOMPARE(VoteTally::rankText(tally.at(2)), u"3."_s);
    QCOMPARE(VoteTally::placedDots(d, 8), 12);
    Workshop w;
    w.participants = 6;
    w.dotsPerPerson = 3;
    QCOMPARE(VoteTally::budget(w), 18);
}

QTEST_GUILESS_MAIN(TstAgenda)
#include "tst_agenda.moc"
