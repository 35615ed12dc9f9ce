// The tree's live numbers on a real imported workspace: the canvas cards show the latest
// complete week (never the partial one), the computation editor writes MetricSpec JSON with
// one undo step per field and previews the value, "Estimate from history" fills in the
// least-squares leverage and "Use this value" is undoable, and the what-if panel answers
// through the links' leverage. Answers arrive by signal (QSignalSpy::wait), never sleeps.

#include "treemetricsfixture.h"

#include "analysis/metricscontroller.h"
#include "analysis/workspacemetrics.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasmetrics.h"
#include "canvas/canvasview.h"
#include "canvas/nodeitem.h"
#include "model/document.h"
#include "model/edits.h"
#include "panels/computationeditor.h"
#include "panels/propertiespanel.h"
#include "panels/whatifpanel.h"
#include "render/cardcontent.h"
#include "render/treeexporter.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::TreeMetricsTest;

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Waits on `spy` until `done` holds (each wait ends at a signal, not after a fixed time).
template<typename Done>
bool waitFor(QSignalSpy &spy, Done done)
{
    for (int i = 0; i < 50 && !done(); ++i) {
        if (!spy.wait(10000))
            break;
    }
    return done();
}

} // namespace

class TstTreeMetricsUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void canvasShowsLatestCompleteValues();
    void computationEditorOneStepPerField();
    void leverageFromHistory();
    void notEnoughHistory();
    void whatIf();
    void whatIfNamesMissingLeverage();

private:
    const Metric &metric(Id id) const { return *m_doc->data().metric(id); }

    QTemporaryDir m_dir;
    Fixture m_fixture;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<MetricsController> m_controller;
};

void TstTreeMetricsUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    const QString error = build(m_dir.path(), m_fixture);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstTreeMetricsUi::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->load(m_fixture.data, m_fixture.path);
    m_controller = std::make_unique<MetricsController>();
    m_controller->setWorkspace(m_fixture.path, m_doc->data());
    // What the main window does after every edit.
    connect(m_doc->model(), &WorkspaceModel::changed, m_controller.get(),
            [this] { m_controller->setModel(m_doc->data()); });
}

void TstTreeMetricsUi::cleanup()
{
    m_controller.reset();
    m_doc.reset();
}

void TstTreeMetricsUi::canvasShowsLatestCompleteValues()
{
    CanvasView view(m_doc.get());
    CanvasScene *scene = view.canvasScene();
    QVERIFY(!scene->cardNumbers(m_fixture.northStar)); // no controller: calm cards
    const double plainHeight = scene->nodeItem(m_fixture.lessons)->cardSize().height();

    QSignalSpy changed(scene->metrics(), &CanvasMetrics::numbersChanged);
    view.setMetricsController(m_controller.get());
    // Room is made at once, before any answer, so answers never move the tree.
    QVERIFY(scene->cardNumbers(m_fixture.northStar));
    const double withNumbers = scene->nodeItem(m_fixture.lessons)->cardSize().height();
    QVERIFY(withNumbers > plainHeight);

    const auto ready = [&] {
        for (Id id : {m_fixture.northStar, m_fixture.lessons, m_fixture.quizzes}) {
            const CardNumbers *n = scene->cardNumbers(id);
            if (!n || n->state == CardNumbers::State::Pending)
                return false;
        }
        return true;
    };
    QVERIFY(waitFor(changed, ready));

    // Read through the card's own content: what it paints.
    const CardContent ns = scene->nodeItem(m_fixture.northStar)->content();
    QVERIFY(ns.numbers);
    QCOMPARE(ns.numbers->value, u"21"_s); // not the partial week's 25
    QCOMPARE(ns.numbers->unit, u"learners"_s);
    QCOMPARE(ns.numbers->change, u"+11%"_s); // 19 -> 21
    QCOMPARE(ns.numbers->trend, Trend::Up);
    QCOMPARE(ns.numbers->tone, TrendTone::Good);
    QCOMPARE(ns.numbers->period, u"Week of 4 Mar 2024"_s);
    QCOMPARE(ns.numbers->sparkline.size(), std::size_t(10));
    QCOMPARE(ns.numbers->sparkline.front(), std::optional<double>(10.0));

    const CardContent lessons = scene->nodeItem(m_fixture.lessons)->content();
    QCOMPARE(lessons.numbers->value, u"13"_s);
    QCOMPARE(lessons.numbers->change, u"+18%"_s);
    const CardContent quizzes = scene->nodeItem(m_fixture.quizzes)->content();
    QCOMPARE(quizzes.numbers->value, u"7"_s);
    QCOMPARE(quizzes.numbers->change, u"+40%"_s);
    QVERIFY(!scene->nodeItem(m_fixture.notes)->content().numbers); // no computation: nothing extra
    QCOMPARE(scene->nodeItem(m_fixture.lessons)->cardSize().height(), withNumbers);
    QVERIFY(scene->nodeItem(m_fixture.northStar)->toolTip().contains(u"21"_s));
    QCOMPARE(view.cardNumbers().value(m_fixture.lessons).value, u"13"_s);

    // A slide carries what the canvas shows, with the period in its subtitle.
    const QString slide = m_dir.filePath(u"slide.svg"_s);
    QVERIFY(exportTree(m_doc->data(), m_fixture.treeId, slide, view.cardNumbers()).ok());
    QFile svg(slide);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains(">21<"));
    QVERIFY(text.contains("Week of 4 Mar 2024"));

    // The grain follows the workspace setting: months (January complete, March partial).
    Edit::setSetting(*m_doc, u"grain"_s, u"month"_s);
    // Each card's answer comes on its own (the worker computes one metric after another).
    QVERIFY(waitFor(changed, [&] {
        return scene->cardNumbers(m_fixture.northStar)->period == u"February 2024"_s
               && scene->cardNumbers(m_fixture.quizzes)->period == u"February 2024"_s;
    }));
    QCOMPARE(scene->cardNumbers(m_fixture.northStar)->value, u"19"_s); // distinct openers in February
    QCOMPARE(scene->cardNumbers(m_fixture.quizzes)->value, u"6"_s);
}

void TstTreeMetricsUi::computationEditorOneStepPerField()
{
    PropertiesPanel panel(m_doc.get());
    ComputationEditor *editor = panel.computationEditor();
    QSignalSpy names(editor, &ComputationEditor::eventNamesLoaded);
    QSignalSpy preview(editor, &ComputationEditor::previewUpdated);
    panel.setMetricsController(m_controller.get());
    m_doc->setSelection({m_fixture.quizzes});
    QCOMPARE(editor->metricId(), m_fixture.quizMetric);
    QVERIFY(waitFor(names, [&] { return !editor->eventNames().isEmpty(); }));
    QStringList offered = editor->eventNames();
    offered.sort();
    QCOMPARE(offered, (QStringList{u"lesson"_s, u"open"_s, u"quiz"_s}));
    QCOMPARE(editor->eventList()->count(), 3);
    QVERIFY(waitFor(preview, [&] { return editor->previewText().contains(u"<b>7</b>"_s); }));
    QVERIFY(editor->previewText().contains(u"+40%"_s));

    QUndoStack *undo = m_doc->undoStack();
    const int start = undo->count();
    const QString original = json(metric(m_fixture.quizMetric).computation);

    // Kind.
    QComboBox *kind = editor->kindBox();
    const int stickiness = kind->findData(u"stickiness"_s);
    kind->setCurrentIndex(stickiness);
    emit kind->activated(stickiness);
    QCOMPARE(json(metric(m_fixture.quizMetric).computation), u"{\"events\":[\"quiz\"],\"k\":1,\"kind\":\"stickiness\"}"_s);
    QCOMPARE(undo->count(), start + 1);

    // Core action: two ticks, one step.
    const auto item = [&](const QString &name) {
        for (int i = 0; i < editor->eventList()->count(); ++i) {
            if (editor->eventList()->item(i)->data(Qt::UserRole).toString() == name)
                return editor->eventList()->item(i);
        }
        return static_cast<QListWidgetItem *>(nullptr);
    };
    item(u"lesson"_s)->setCheckState(Qt::Checked);
    item(u"quiz"_s)->setCheckState(Qt::Unchecked);
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"events"_s).toVariant().toStringList(),
             QStringList{u"lesson"_s});
    QCOMPARE(undo->count(), start + 2);

    // Parameter k: two changes, one step.
    editor->parameterBox()->setValue(3);
    editor->parameterBox()->setValue(4);
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"k"_s).toInt(), 4);
    QCOMPARE(undo->count(), start + 3);

    // Segment: text that does not parse says so and is not stored.
    QTest::keyClicks(editor->segmentEdit(), u"country"_s);
    QVERIFY(!editor->segmentMessage().isEmpty());
    QVERIFY(!metric(m_fixture.quizMetric).computation.contains(u"segment"_s));
    QCOMPARE(undo->count(), start + 3);
    QTest::keyClicks(editor->segmentEdit(), u" = DE"_s);
    QVERIFY(editor->segmentMessage().isEmpty());
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"segment"_s).toString(), u"country = DE"_s);
    QCOMPARE(undo->count(), start + 4);

    // Formula: checked as typed; only a valid one over catalog names is stored.
    const int formula = kind->findData(u"formula"_s);
    kind->setCurrentIndex(formula);
    emit kind->activated(formula);
    QCOMPARE(undo->count(), start + 5);
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"segment"_s).toString(), u"country = DE"_s);
    QVERIFY(editor->formulaEdit()->isVisibleTo(editor));
    QVERIFY(!editor->eventList()->isVisibleTo(editor));
    editor->formulaEdit()->setFocus();
    QTest::keyClicks(editor->formulaEdit(), u"\"Lesson takers\" /"_s);
    QVERIFY(!editor->formulaMessage().isEmpty());
    // The last text that parsed on the way ("Lesson takers" alone) is what is stored.
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"formula"_s).toString(), u"\"Lesson takers\""_s);
    QCOMPARE(editor->formulaEdit()->text(), u"\"Lesson takers\" /"_s);
    QTest::keyClicks(editor->formulaEdit(), u" Nobody"_s);
    QVERIFY2(editor->formulaMessage().contains(u"Nobody"_s), qPrintable(editor->formulaMessage()));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(editor->formulaEdit(), Qt::Key_Backspace);
    QTest::keyClicks(editor->formulaEdit(), u"\"Weekly openers\""_s);
    QVERIFY2(editor->formulaMessage().isEmpty(), qPrintable(editor->formulaMessage()));
    QCOMPARE(json(metric(m_fixture.quizMetric).computation),
             u"{\"formula\":\"\\\"Lesson takers\\\" / \\\"Weekly openers\\\"\",\"kind\":\"formula\",\"segment\":\"country = DE\"}"_s);
    QCOMPARE(undo->count(), start + 6);

    // Each field comes back with one undo.
    undo->undo();
    QCOMPARE(metric(m_fixture.quizMetric).computation.value(u"formula"_s).toString(), QString());
    while (undo->count() > start && undo->canUndo() && undo->index() > start)
        undo->undo();
    QCOMPARE(json(metric(m_fixture.quizMetric).computation), original);
    QCOMPARE(kind->currentData().toString(), u"breadth"_s);
    QCOMPARE(item(u"quiz"_s)->checkState(), Qt::Checked);

    // "Not computed" clears the computation.
    kind->setCurrentIndex(0);
    emit kind->activated(0);
    QVERIFY(metric(m_fixture.quizMetric).computation.isEmpty());
}

void TstTreeMetricsUi::leverageFromHistory()
{
    PropertiesPanel panel(m_doc.get());
    panel.setMetricsController(m_controller.get());
    m_doc->setSelection({m_fixture.lessons});
    auto *estimate = panel.findChild<QPushButton *>(u"estimateLeverage"_s);
    auto *use = panel.findChild<QPushButton *>(u"useEstimate"_s);
    auto *label = panel.findChild<QLabel *>(u"leverageEstimate"_s);
    QVERIFY(estimate && use && label);
    QVERIFY(estimate->isEnabled());
    QVERIFY(!use->isVisibleTo(&panel));

    QSignalSpy ready(m_controller.get(), &MetricsController::leverageReady);
    QTest::mouseClick(estimate, Qt::LeftButton);
    QVERIFY(ready.wait(10000));

    // The same fit, computed directly.
    const auto direct = estimateLeverage(WorkspaceMetrics(m_fixture.path, m_doc->data()), m_fixture.northStar,
                                         documentRequest(*m_doc, m_controller.get()));
    QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error()));
    QCOMPARE(direct->periodsUsed, 9);
    QVERIFY(direct->rSquared);
    const QLocale locale;
    QVERIFY2(label->text().contains(locale.toString(direct->edges.at(0).leverage, 'g', 3)), qPrintable(label->text()));
    QVERIFY(label->text().contains(locale.toString(*direct->rSquared, 'f', 2)));
    QVERIFY(label->text().contains(u"9 period-over-period changes"_s));
    QVERIFY(use->isVisibleTo(&panel));

    const int before = m_doc->undoStack()->count();
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(m_doc->data().edge(m_fixture.lessonEdge)->leverage, std::optional<double>(direct->edges.at(0).leverage));
    QCOMPARE(m_doc->undoStack()->count(), before + 1);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->data().edge(m_fixture.lessonEdge)->leverage);
}

void TstTreeMetricsUi::notEnoughHistory()
{
    Edit::setSetting(*m_doc, u"grain"_s, u"month"_s); // January, February; March is partial
    PropertiesPanel panel(m_doc.get());
    panel.setMetricsController(m_controller.get());
    m_doc->setSelection({m_fixture.lessons});
    QSignalSpy failed(m_controller.get(), &MetricsController::requestFailed);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"estimateLeverage"_s), Qt::LeftButton);
    auto *label = panel.findChild<QLabel *>(u"leverageEstimate"_s);
    QVERIFY(waitFor(failed, [&] { return label->text().startsWith(u"Cannot estimate"_s); }));
    QVERIFY2(label->text().contains(u"history"_s, Qt::CaseInsensitive), qPrintable(label->text()));
    QVERIFY(!panel.findChild<QPushButton *>(u"useEstimate"_s)->isVisibleTo(&panel));
}

void TstTreeMetricsUi::whatIf()
{
    Edge edge = *m_doc->data().edge(m_fixture.lessonEdge);
    edge.leverage = 0.5;
    Edit::updateEdge(*m_doc, edge);
    m_doc->setSelection({m_fixture.lessons});
    WhatIfPanel panel(m_doc.get(), m_controller.get());
    QSignalSpy answered(&panel, &WhatIfPanel::answered);
    QCOMPARE(panel.inputNodeId(), m_fixture.lessons); // the selected input
    QCOMPARE(panel.percentChange(), 10.0);
    QVERIFY(answered.wait(10000));

    // 13 lesson takers + 10 % = +1.3; × 0.5 = +0.65 openers on 21 = +3.1 %.
    const QString answer = panel.answerText();
    QVERIFY2(answer.contains(u"If Lesson takers moves +10%, Weekly openers moves by +3.1% (≈ +0.65 learners)"_s),
             qPrintable(answer));
    QTableWidget *table = panel.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"Lesson takers"_s);
    QCOMPARE(table->item(0, 1)->text(), u"13"_s);
    QCOMPARE(table->item(0, 2)->text(), u"+1.30"_s);
    QCOMPARE(table->item(1, 0)->text(), u"Weekly openers"_s);
    QCOMPARE(table->item(1, 1)->text(), u"21"_s);
    QCOMPARE(table->item(1, 2)->text(), u"+0.65"_s);
    QCOMPARE(table->item(1, 3)->text(), u"+3.1%"_s);
    QVERIFY(panel.missingLeverageText().isEmpty());

    // −20 %: −2.6 × 0.5 = −1.3 on 21 = −6.2 %.
    panel.setPercentChange(-20.0);
    QVERIFY(answered.wait(10000));
    QCOMPARE(table->item(1, 3)->text(), u"−6.2%"_s);

    // In a narrow dock the names wrap onto more lines instead of ending in "…".
    panel.resize(250, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *name = table->item(row, 0);
        const QRect cell = table->visualItemRect(name).adjusted(4, 2, -4, -2);
        const QRect needed = table->fontMetrics().boundingRect(cell, Qt::TextWordWrap, name->text());
        QTRY_VERIFY2(table->visualItemRect(name).height() >= needed.height(),
                     qPrintable(u"%1 needs %2 px, has %3"_s.arg(name->text()).arg(needed.height())
                                    .arg(table->visualItemRect(name).height())));
        QVERIFY(needed.width() <= cell.width());
    }
}

void TstTreeMetricsUi::whatIfNamesMissingLeverage()
{
    Edge edge = *m_doc->data().edge(m_fixture.lessonEdge);
    edge.leverage = 0.5;
    Edit::updateEdge(*m_doc, edge);
    WhatIfPanel panel(m_doc.get(), m_controller.get());
    QSignalSpy answered(&panel, &WhatIfPanel::answered);
    panel.setInputNodeId(m_fixture.quizzes);
    QVERIFY(answered.wait(10000));
    QVERIFY2(panel.answerText().contains(u"Weekly openers does not move"_s), qPrintable(panel.answerText()));
    // The quiz link has no leverage; the unlinked Notes input is not on the way and not named.
    QVERIFY2(panel.missingLeverageText().contains(u"Quiz takers → Lesson takers"_s),
             qPrintable(panel.missingLeverageText()));
    QVERIFY(!panel.missingLeverageText().contains(u"Notes"_s));

    // The link selects the input, where Properties shows its link's leverage.
    auto *missing = panel.findChild<QLabel *>(u"whatIfMissing"_s);
    emit missing->linkActivated(u"edge:%1"_s.arg(m_fixture.quizEdge));
    QCOMPARE(m_doc->selection(), QList<Id>{m_fixture.quizzes});

    // With a leverage there, the change reaches the North Star: 7 × 10 % × 0.2 × 0.5.
    Edge quiz = *m_doc->data().edge(m_fixture.quizEdge);
    quiz.leverage = 0.2;
    Edit::updateEdge(*m_doc, quiz);
    QVERIFY(waitFor(answered, [&] { return panel.missingLeverageText().isEmpty(); }));
    QCOMPARE(panel.table()->rowCount(), 3);
    QCOMPARE(panel.table()->item(2, 2)->text(), u"+0.07"_s);
}

QTEST_MAIN(TstTreeMetricsUi)
#include "tst_treemetricsui.moc"
