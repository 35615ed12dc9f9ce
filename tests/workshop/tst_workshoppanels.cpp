// The candidates and lint panels driven like a user would: real widgets, QTest key and
// mouse events, every edit checked in the model and undone through the document's stack.

#include "model/document.h"
#include "model/edits.h"
#include "panels/candidatespanel.h"
#include "panels/lintpanel.h"
#include "workshop/templates.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;

namespace {

template<typename W>
W *widgetOf(QWidget &panel, const QString &objectName, Id candidateId)
{
    for (W *w : panel.findChildren<W *>(objectName)) {
        if (w->property("candidateId").toLongLong() == candidateId)
            return w;
    }
    return nullptr;
}

void loadTemplate(Document &doc, const QString &key)
{
    auto data = Templates::load(key);
    QVERIFY(data);
    doc.load(std::move(data).value(), {});
}

Id alternativeOf(const Document &doc)
{
    const Node *northStar = doc.data().northStarOf(doc.currentTreeId());
    for (const Candidate &c : doc.data().candidatesOfTree(doc.currentTreeId())) {
        if (northStar && c.metricId != northStar->metricId)
            return c.id;
    }
    return 0;
}

} // namespace

class TestWorkshopPanels final : public QObject
{
    Q_OBJECT

private slots:
    void lintFollowsEditsAndUndo();
    void lintActivationSelectsNode();
    void lintFollowsCurrentTree();
    void candidatesShowChecklist();
    void answeringIsUndoable();
    void choosingMarksTheNorthStar();
    void addAndRemoveCandidates();
    void notesKeepFocusWhileTyping();
};

void TestWorkshopPanels::lintFollowsEditsAndUndo()
{
    Document doc;
    loadTemplate(doc, u"slack"_s);
    LintPanel panel(&doc, nullptr);
    QCOMPARE(panel.findingCount(), 0);
    QSignalSpy spy(&panel, &LintPanel::findingCountChanged);

    // Delete every work item under the first input: one gap appears.
    const Node *northStar = doc.data().northStarOf(doc.currentTreeId());
    QVERIFY(northStar);
    const Id input = doc.data().childrenOf(northStar->id).constFirst();
    Edit::deleteNodes(doc, doc.data().childrenOf(input));
    QCOMPARE(panel.findingCount(), 1);
    QCOMPARE(panel.findings().constFirst().rule, u"input-no-work"_s);
    QCOMPARE(panel.findings().constFirst().nodeId, input);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constLast().constFirst().toInt(), 1);

    doc.undoStack()->undo();
    QCOMPARE(panel.findingCount(), 0);
    QCOMPARE(spy.size(), 2);
    auto *list = panel.findChild<QListWidget *>(u"lintFindings"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 0);
}

void TestWorkshopPanels::lintActivationSelectsNode()
{
    Document doc;
    loadTemplate(doc, u"attention"_s);
    Edit::setGuardrail(doc, doc.currentTreeId(), {});
    const Id work = doc.data().nodesOfTree(doc.currentTreeId()).constLast().id;
    Edit::deleteNodes(doc, {work});
    LintPanel panel(&doc, nullptr);
    panel.resize(400, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(u"lintFindings"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), panel.findingCount());
    QVERIFY(list->count() >= 1);

    const qsizetype last = panel.findingCount() - 1;
    const Id target = panel.findings().at(last).nodeId;
    QVERIFY(target != 0);
    QListWidgetItem *item = list->item(static_cast<int>(last));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(doc.selection(), QList<Id>{target});
}

void TestWorkshopPanels::lintFollowsCurrentTree()
{
    Document doc;
    loadTemplate(doc, u"amplitude"_s);
    LintPanel panel(&doc, nullptr);
    QCOMPARE(panel.findingCount(), 0);
    const Id first = doc.currentTreeId();
    Edit::addEmptyTree(doc, u"Blank"_s);  // becomes the current tree
    QVERIFY(doc.currentTreeId() != first);
    QCOMPARE(panel.findingCount(), 3);  // no definition, no guardrail, no inputs
    doc.setCurrentTree(first);
    QCOMPARE(panel.findingCount(), 0);
}

void TestWorkshopPanels::candidatesShowChecklist()
{
    Document doc;
    loadTemplate(doc, u"spotify"_s);
    CandidatesPanel panel(&doc, nullptr);
    QCOMPARE(panel.candidateIds().size(), 2);
    const Id alternative = alternativeOf(doc);
    QVERIFY(alternative);
    // The alternative fails the stress test (Yes); its combo says so.
    auto *stress = widgetOf<QComboBox>(panel, u"answer7"_s, alternative);
    QVERIFY(stress);
    QCOMPARE(static_cast<Answer>(stress->currentData().toInt()), Answer::Yes);
    QCOMPARE(stress->property("verdict").toString(), u"bad"_s);
    auto *customerValue = widgetOf<QComboBox>(panel, u"answer0"_s, alternative);
    QVERIFY(customerValue);
    QCOMPARE(customerValue->property("verdict").toString(), u"unsure"_s);
    auto *score = widgetOf<QLabel>(panel, u"score"_s, alternative);
    QVERIFY(score);
    QVERIFY2(score->text().contains(u"<b>4</b> / 8"_s), qPrintable(score->text()));
}

void TestWorkshopPanels::answeringIsUndoable()
{
    Document doc;
    loadTemplate(doc, u"spotify"_s);
    CandidatesPanel panel(&doc, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Id alternative = alternativeOf(doc);
    auto *stress = widgetOf<QComboBox>(panel, u"answer7"_s, alternative);
    QVERIFY(stress);
    const int steps = doc.undoStack()->count();
    QTest::keyClick(stress, Qt::Key_Down);  // Yes -> No
    QCOMPARE(doc.data().candidates.value(alternative).answers[7], Answer::No);
    QCOMPARE(stress->property("verdict").toString(), u"good"_s);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.data().candidates.value(alternative).answers[7], Answer::Yes);
    QCOMPARE(static_cast<Answer>(stress->currentData().toInt()), Answer::Yes);
}

void TestWorkshopPanels::choosingMarksTheNorthStar()
{
    Document doc;
    loadTemplate(doc, u"professional-network"_s);
    CandidatesPanel panel(&doc, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Id alternative = alternativeOf(doc);
    const Id chosen = panel.candidateIds().constFirst() == alternative ? panel.candidateIds().constLast()
                                                                        : panel.candidateIds().constFirst();
    auto *chooseAlternative = widgetOf<QPushButton>(panel, u"choose"_s, alternative);
    auto *chooseCurrent = widgetOf<QPushButton>(panel, u"choose"_s, chosen);
    QVERIFY(chooseAlternative && chooseCurrent);
    QVERIFY(chooseAlternative->isEnabled());
    QVERIFY(!chooseCurrent->isEnabled());
    QVERIFY(!widgetOf<QPushButton>(panel, u"remove"_s, chosen)->isEnabled());

    QTest::mouseClick(chooseAlternative, Qt::LeftButton);
    const Node *northStar = doc.data().northStarOf(doc.currentTreeId());
    QCOMPARE(northStar->metricId, doc.data().candidates.value(alternative).metricId);
    QVERIFY(!chooseAlternative->isEnabled());
    QVERIFY(chooseCurrent->isEnabled());
    bool marked = false;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->property("candidateId").toLongLong() == alternative && label->text().contains(u"★"_s))
            marked = true;
    }
    QVERIFY(marked);

    doc.undoStack()->undo();
    QCOMPARE(doc.data().northStarOf(doc.currentTreeId())->metricId,
             doc.data().candidates.value(chosen).metricId);
    QVERIFY(chooseAlternative->isEnabled());
}

void TestWorkshopPanels::addAndRemoveCandidates()
{
    Document doc;
    loadTemplate(doc, u"transaction"_s);
    CandidatesPanel panel(&doc, nullptr);
    QCOMPARE(panel.candidateIds().size(), 1);
    const Id first = panel.candidateIds().constFirst();
    panel.addCandidateNamed(u"Gross merchandise value"_s);
    QCOMPARE(panel.candidateIds().size(), 2);
    const Id added = panel.candidateIds().constLast();
    panel.addCandidateNamed(u"   "_s);  // blank names are ignored
    QCOMPARE(panel.candidateIds().size(), 2);

    auto *remove = widgetOf<QPushButton>(panel, u"remove"_s, added);
    QVERIFY(remove);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(panel.candidateIds().size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(panel.candidateIds(), (QList<Id>{first, added}));
}

void TestWorkshopPanels::notesKeepFocusWhileTyping()
{
    Document doc;
    loadTemplate(doc, u"productivity"_s);
    CandidatesPanel panel(&doc, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Id candidate = panel.candidateIds().constFirst();
    auto *notes = widgetOf<QPlainTextEdit>(panel, u"notes"_s, candidate);
    QVERIFY(notes);
    const QString before = notes->toPlainText();
    const int steps = doc.undoStack()->count();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, u" Agreed in the workshop."_s);
    QCOMPARE(doc.data().candidates.value(candidate).notes, before + u" Agreed in the workshop."_s);
    // The same widget (not a rebuilt one) and one merged undo step for the typing.
    QCOMPARE(widgetOf<QPlainTextEdit>(panel, u"notes"_s, candidate), notes);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(notes->toPlainText(), before);
}

QTEST_MAIN(TestWorkshopPanels)
#include "tst_workshoppanels.moc"
