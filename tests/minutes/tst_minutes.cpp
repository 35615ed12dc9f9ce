// The minutes (issue #11 §4) of the fixture's session: what build() gathers, the Markdown
// line by line, the PDF's text, and refusals that leave no file behind.

#include "minutes/minutes.h"
#include "minutes/minutestext.h"

#include "minutesfixture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

Minutes::Options britishOptions()
{
    Minutes::Options o;
    // 24-hour times and day-month dates: the lines below read as a Berlin team's.
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.generated = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    return o;
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n');
}

} // namespace

class TstMinutes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agendaAsItRan();
    void votesRankedWithTies();
    void outlineAndParkingLot();
    void markdownLines();
    void pdfText();
    void pageSize();
    void checklistSplitsForThePage();
    void refusals();
    void runningWorkshop();

private:
    MinutesFixture::Session m_session;
    Minutes::Content m_content;
};

void TstMinutes::initTestCase()
{
    m_session = MinutesFixture::kickOff();
    auto content = Minutes::build(m_session.data, m_session.workshopId);
    QVERIFY2(content.ok(), content.ok() ? "" : qPrintable(content.error()));
    m_content = *content;
}

void TstMinutes::agendaAsItRan()
{
    const Minutes::Content &c = m_content;
    QCOMPARE(c.workshop, u"Kick-off"_s);
    QCOMPARE(c.tree, u"Growth"_s);
    QCOMPARE(QString::fromUtf8(c.zone.id()), u"Europe/Berlin"_s);
    QCOMPARE(c.started.time(), QTime(9, 0)); // Berlin, an hour ahead of UTC in December
    QCOMPARE(c.finished.time(), QTime(10, 35));
    QCOMPARE(c.plannedSeconds, 120 * 60);
    QCOMPARE(c.ranSeconds, 95 * 60);
    QCOMPARE(c.steps.size(), 7);
    const QList<qint64> minutes{17, 13, 20, 12, 18, 15, 0};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(c.steps.at(i).elapsedSeconds, minutes.at(i) * 60);
    QVERIFY(!c.steps.at(6).reached());
    QVERIFY(!c.steps.at(5).running());
    QCOMPARE(c.steps.at(3).decisions, (QStringList{u"Weekly active teams is our North Star."_s,
                                                   u"Revisit paying teams as the guardrail in Q2"_s}));
    QCOMPARE(c.decisions.size(), 4);
    QCOMPARE(c.decisions.at(1).step, c.steps.at(3).title);
}

void TstMinutes::votesRankedWithTies()
{
    const Minutes::Content &c = m_content;
    QCOMPARE(c.candidateBallots.size(), 1);
    const Minutes::Ballot &choose = c.candidateBallots.constFirst();
    QCOMPARE(choose.stepNumber, 4);
    QCOMPARE(choose.placed, 17);
    QCOMPARE(choose.budget, 18);
    QCOMPARE(choose.entries.size(), 3);
    QCOMPARE(choose.entries.at(0).name, u"Weekly active teams"_s);
    QCOMPARE(choose.entries.at(0).rank, 1);
    QVERIFY(!choose.entries.at(0).tied);
    QCOMPARE(choose.entries.at(1).rank, 2);
    QCOMPARE(choose.entries.at(2).rank, 2);
    QVERIFY(choose.entries.at(1).tied && choose.entries.at(2).tied);
    QCOMPARE(c.itemBallots.size(), 2);
    QCOMPARE(c.itemBallots.at(0).subject, Agenda::VoteSubject::Inputs);
    QCOMPARE(c.itemBallots.at(1).subject, Agenda::VoteSubject::Work);
    QCOMPARE(c.northStar, u"Weekly active teams"_s);
    QCOMPARE(c.candidates.size(), 3);
    QVERIFY(c.candidates.at(0).chosen);
    QVERIFY(!c.candidates.at(1).chosen);
}

void TstMinutes::outlineAndParkingLot()
{
    const Minutes::Content &c = m_content;
    QStringList outline;
    for (const Minutes::OutlineItem &item : c.outline)
        outline << u"%1%2 %3 %4"_s.arg(QString(item.depth, u'>'), item.title).arg(int(item.confidence)).arg(item.dots);
    QCOMPARE(outline, (QStringList{u"Weekly active teams 0 0"_s, u">Teams inviting 3 6"_s,
                                   u">>Onboarding checklist 2 4"_s, u">Docs per team 1 6"_s,
                                   u">>Shared templates 0 2"_s, u">>Template gallery 0 0"_s}));
    QCOMPARE(c.ideas.size(), 3);
    QCOMPARE(c.ideas.at(0).state, ParkedState::Open);
    QCOMPARE(c.ideas.at(1).state, ParkedState::Placed);
    QCOMPARE(c.ideas.at(1).placedAs, u"Template gallery"_s);
    QCOMPARE(c.ideas.at(2).state, ParkedState::Dismissed);
}

void TstMinutes::markdownLines()
{
    const auto bytes = Minutes::render(m_content, u"md"_s, britishOptions());
    QVERIFY(bytes.ok());
    const QStringList md = lines(*bytes);
    // Each expected line is there, in this order (other lines may come between).
    const QStringList expected{
        u"# Workshop minutes: Kick-off"_s,
        u"- **Tree:** Growth"_s,
        u"- **Date:** Thursday, 3 December 2026"_s,
        u"- **Time:** 09:00–10:35 (Europe/Berlin)"_s,
        u"- **Room:** 6 participants, 3 dots each (18 dots in all)"_s,
        u"- **North Star:** Weekly active teams"_s,
        u"## Agenda as it ran"_s,
        u"Times are in Europe/Berlin."_s,
        u"| # | Step | Planned | Actual | Took | Timebox |"_s,
        u"| 1 | Value and game | 15 min | 09:00–09:17 | 17 min | 2 min over |"_s,
        u"| 2 | Candidates | 20 min | 09:17–09:30 | 13 min | 7 min under |"_s,
        u"| 3 | Checklist and stress test | 20 min | 09:30–09:50 | 20 min | On time |"_s,
        u"| 4 | Choose | 10 min | 09:50–10:02 | 12 min | 2 min over |"_s,
        u"| 5 | Inputs | 25 min | 10:02–10:20 | 18 min | 7 min under |"_s,
        u"| 6 | Work and gaps | 20 min | 10:20–10:35 | 15 min | 5 min under |"_s,
        u"| 7 | Next steps | 10 min | — | — | Not reached |"_s,
        u"Planned 2 h; ran 1 h 35 min. 6 of 7 steps reached."_s,
        u"## Decisions by step"_s,
        u"### 1. Value and game"_s,
        u"- We play the productivity game: teams get work done together."_s,
        u"### 2. Candidates"_s,
        u"No decisions recorded."_s,
        u"### 4. Choose"_s,
        u"> Vote with your dots, then choose one North Star Metric."_s,
        u"- Weekly active teams is our North Star."_s,
        u"- Revisit paying teams as the guardrail in Q2"_s,
        u"### 7. Next steps"_s,
        u"Not reached."_s,
        u"## Candidates and the checklist"_s,
        u"| Checklist item | Weekly active teams (chosen) | Paying teams | Sign-ups |"_s,
        u"| 1. Does it express the value customers get? | Yes | Unsure | Yes |"_s,
        u"| 7. Is it free of vanity (not a number that only looks good)? | Unsure | Yes | Not answered |"_s,
        u"| 8. Stress test: could it double without customers getting more value? (the good answer is No) | No | Yes "
        "| Not answered |"_s,
        u"| **Good answers** | **7 of 8** | **6 of 8** | **3 of 8** |"_s,
        u"- Weekly active teams: Teams that edit a doc together in a week"_s,
        u"### Votes in 4. Choose"_s,
        u"17 of the room's 18 dots placed."_s,
        u"| **1.** | **Weekly active teams** | **7** |"_s,
        u"| tied 2. | Paying teams | 5 |"_s,
        u"| tied 2. | Sign-ups | 5 |"_s,
        u"## The chosen North Star"_s,
        u"**Weekly active teams**"_s,
        u"## The tree"_s,
        u"- **Weekly active teams** — North Star"_s,
        u"  - Teams inviting — Input · Breadth · Low confidence · 6 dots"_s,
        u"    - Onboarding checklist — Work · In progress · Medium confidence · 4 dots"_s,
        u"  - Docs per team — Input · Depth · High confidence · 6 dots"_s,
        u"    - Shared templates — Work · Idea · 2 dots"_s,
        u"    - Template gallery — Work · Idea"_s,
        u"## Votes on inputs and work"_s,
        u"### Votes in 5. Inputs"_s,
        u"| **tied 1.** | **Docs per team** | **6** |"_s,
        u"| **tied 1.** | **Teams inviting** | **6** |"_s,
        u"### Votes in 6. Work and gaps"_s,
        u"| **1.** | **Onboarding checklist** | **4** |"_s,
        u"| 2. | Shared templates | 2 |"_s,
        u"## Parking lot"_s,
        u"| Referral programme | 09:20 | Open |"_s,
        u"| Template gallery | 09:40 | Placed on the tree as the work item \"Template gallery\" |"_s,
        u"| Rename the product | 09:45 | Dismissed |"_s,
        u"## Decisions"_s,
        u"1. We play the productivity game: teams get work done together. (step 1, Value and game)"_s,
        u"2. Weekly active teams is our North Star. (step 4, Choose)"_s,
        u"3. Revisit paying teams as the guardrail in Q2 (step 4, Choose)"_s,
        u"4. Onboarding checklist ships first. (step 6, Work and gaps)"_s,
        u"Generated 2026-12-03"_s,
    };
    qsizetype at = 0;
    for (const QString &line : expected) {
        const qsizetype found = md.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(u"missing or out of order: %1\n--- the Markdown:\n%2"_s.arg(line, md.join(u'\n'))));
        at = found + 1;
    }
    // The same content gives the same bytes (no clock inside).
    QCOMPARE(*Minutes::render(m_content, u"MD"_s, britishOptions()), *bytes);
}

void TstMinutes::pdfText()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is missing (apt-get install poppler-utils)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kick-off.pdf"_s);
    const auto written = Minutes::write(m_content, path, britishOptions());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
    QProcess p;
    p.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    // Columns come out as runs of spaces: one space each, to compare. The footer's two
    // parts share a line.
    QStringList text;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        text << line.simplified();
    const QString all = text.join(u'\n');
    for (const QString &line : {
             u"Kick-off"_s,
             u"Growth · Thursday, 3 December 2026"_s,
             u"Time 09:00–10:35 (Europe/Berlin)"_s,
             u"1 Value and game 15 min 09:00–09:17 17 min 2 min over"_s,
             u"2 Candidates 20 min 09:17–09:30 13 min 7 min under"_s,
             u"7 Next steps 10 min — — Not reached"_s,
             u"Planned 2 h; ran 1 h 35 min. 6 of 7 steps reached."_s,
             u"• Weekly active teams is our North Star."_s,
             u"Good answers 7 of 8 6 of 8 3 of 8"_s,
             u"tied 2. Paying teams 5"_s,
             u"tied 1. Docs per team 6"_s,
             u"– Teams inviting — Input · Breadth · Low confidence · 6 dots"_s,
             u"Rename the product 09:45 Dismissed"_s,
             u"4. Onboarding checklist ships first. (step 6, Work and gaps)"_s,
             u"Generated 2026-12-03"_s,
         }) {
        const bool found = std::any_of(text.cbegin(), text.cend(), [&](const QString &l) { return l.contains(line); });
        QVERIFY2(found, qPrintable(u"missing: %1\n--- the PDF's text:\n%2"_s.arg(line, all.left(3000))));
    }
    QVERIFY(all.contains(u"Weekly active teams (chosen)"_s));
    QVERIFY(all.contains(u"(the good answer is No)"_s));
    QVERIFY(all.contains(u"Page 1 of "_s));
}

void TstMinutes::pageSize()
{
    // A4 from a German locale, Letter from an American one, or the one asked for.
    Minutes::Options options = britishOptions();
    const auto sizeOf = [&](const Minutes::Options &o) {
        const auto bytes = Minutes::render(m_content, u"pdf"_s, o);
        const QByteArray pdf = bytes ? *bytes : QByteArray();
        const qsizetype box = pdf.indexOf("/MediaBox");
        return box < 0 ? QByteArray() : pdf.mid(box, pdf.indexOf(']', box) - box + 1);
    };
    options.locale = QLocale(QLocale::German, QLocale::Germany);
    QCOMPARE(sizeOf(options), QByteArray("/MediaBox [0 0 595.000000 842.000000]"));
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(sizeOf(options), QByteArray("/MediaBox [0 0 612.000000 792.000000]"));
    options.pageSize = QPageSize::A4;
    QCOMPARE(sizeOf(options), QByteArray("/MediaBox [0 0 595.000000 842.000000]"));
}

// The PDF puts at most four candidates side by side: more make a second table with the
// same eight rows and its own count of good answers.
void TstMinutes::checklistSplitsForThePage()
{
    const Minutes::MinutesText text = Minutes::minutesText(m_content, britishOptions(), 2);
    QCOMPARE(text.checklists.size(), 2);
    QCOMPARE(text.checklists.at(0).header,
             (QStringList{u"Checklist item"_s, u"Weekly active teams (chosen)"_s, u"Paying teams"_s}));
    QCOMPARE(text.checklists.at(1).header, (QStringList{u"Checklist item"_s, u"Sign-ups"_s}));
    QCOMPARE(text.checklists.at(1).rows.size(), std::size_t(checklistItemCount + 1));
    QCOMPARE(text.checklists.at(1).rows.back(), (QStringList{u"Good answers"_s, u"3 of 8"_s}));
}

void TstMinutes::refusals()
{
    QTemporaryDir dir;
    const QString html = dir.filePath(u"kick-off.html"_s);
    const auto wrongSuffix = Minutes::write(m_content, html, britishOptions());
    QVERIFY(!wrongSuffix.ok());
    QCOMPARE(wrongSuffix.error(),
             u"Cannot write the minutes to \"%1\": the file name must end in .pdf or .md."_s.arg(html));
    QVERIFY(!QFile::exists(html));
    const QString nowhere = dir.filePath(u"no-such-folder/kick-off.md"_s);
    const auto unwritable = Minutes::write(m_content, nowhere, britishOptions());
    QVERIFY(!unwritable.ok());
    QVERIFY2(unwritable.error().startsWith(u"Cannot write \"%1\": "_s.arg(nowhere)), qPrintable(unwritable.error()));
    QVERIFY(!Minutes::build(m_session.data, 999999).ok());
}

// While the workshop runs, the current step shows when it started and the rest are not
// reached; nothing depends on when the minutes are made.
void TstMinutes::runningWorkshop()
{
    WorkspaceData data = m_session.data;
    Workshop &w = data.workshops[m_session.workshopId];
    w.finished = {};
    w.currentStep = 5;
    w.steps[5].ended = {};
    const auto content = Minutes::build(data, w.id);
    QVERIFY(content.ok());
    QVERIFY(content->steps.at(5).running());
    QCOMPARE(content->ranSeconds, 80 * 60); // to the end of the last step that ended
    const QStringList md = lines(*Minutes::render(*content, u"md"_s, britishOptions()));
    QVERIFY(md.contains(u"| 6 | Work and gaps | 20 min | from 10:20 | — | Still running |"_s));
    QVERIFY(md.contains(u"- **Time:** from 09:00 (Europe/Berlin), still running"_s));
}

QTEST_MAIN(TstMinutes)
#include "tst_minutes.moc"
