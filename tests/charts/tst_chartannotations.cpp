// Annotations from a chart (issue #10, section 1), with real events: a right click on the
// plot opens the menu, its action the dialog, typed text and Return add the note through
// Edit:: (one undo step); it is drawn on the charts it belongs to. Also the menu key and
// Shift+F10, the North Star's target and the guardrail's chart with its bound.

#include "demofixture.h"

#include "analysis/metricscontroller.h"
#include "charts/annotationdialog.h"
#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/chartpanel.h"
#include "charts/northstaroverview.h"
#include "model/document.h"
#include "model/edits.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::Charts;

namespace {

// Runs `act` on the first widget `find` returns, as soon as it shows: menus and dialogs run
// their own event loop (exec), so what to do in them is set up before the click. Gives up
// after a few thousand looks, so a step that never comes cannot act in a later test.
void whenShown(const std::function<QWidget *()> &find, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(5);
    auto looks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, find, act, looks] {
        QWidget *widget = find();
        if (++*looks > 4000) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        // A dialog acts once it is the active window: before that its focus is not set yet.
        if (!widget || !widget->isVisible() || (qobject_cast<QDialog *>(widget) && !widget->isActiveWindow()))
            return;
        timer->stop();
        timer->deleteLater();
        act(widget);
        // A step that failed inside `act` (a QVERIFY returns from it) must not leave its menu
        // or dialog running its event loop: close it, so the test fails instead of hanging.
        QTimer::singleShot(0, widget, [widget] {
            if (!widget->isVisible())
                return;
            if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
            else
                widget->close();
        });
    });
    timer->start();
}

// Chooses the menu's action whose text starts with `text`, by keyboard; records the texts.
void chooseInMenu(const QString &text, QStringList *shown = nullptr)
{
    whenShown([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
              [text, shown](QWidget *widget) {
                  auto *menu = static_cast<QMenu *>(widget);
                  QAction *chosen = nullptr;
                  for (QAction *action : menu->actions()) {
                      if (shown && !action->isSeparator())
                          shown->append(action->text());
                      if (!chosen && !text.isEmpty() && action->text().startsWith(text))
                          chosen = action;
                  }
                  if (!chosen) {
                      QTest::keyClick(menu, Qt::Key_Escape);
                      return;
                  }
                  menu->setActiveAction(chosen);
                  QTest::keyClick(menu, Qt::Key_Return);
              });
}

void inDialog(const std::function<void(AnnotationDialog *)> &act)
{
    whenShown([] { return qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget()); },
              [act](QWidget *widget) { act(static_cast<AnnotationDialog *>(widget)); });
}

// A right click on the plot at the period of `row`, sent to the window as the platform would.
void rightClickRow(MetricChartView *view, int row)
{
    const SeriesRow &r = view->data().series.rows[std::size_t(row)];
    const QPointF inChart = view->overlay()->toPixels({dateX(r.periodStart), r.value.value_or(0)});
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QWidget *top = view->window();
    QTest::mouseMove(view, inView);
    QTest::mouseClick(top->windowHandle(), Qt::RightButton, {}, view->mapTo(top, inView));
}

QList<Id> placedIds(const MetricChartView *view)
{
    QList<Id> ids;
    for (const PlacedAnnotation &placed : view->overlay()->placedAnnotations())
        ids.append(placed.annotation.id);
    return ids;
}

} // namespace

class tst_ChartAnnotations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addFromTheContextMenu();
    void editAndDeleteFromTheMenu();
    void workspaceWideOnEveryChart();
    void menuFromTheKeyboard();
    void northStarTargetAndGuardrail();

private:
    void waitForChart();
    Id inputWithKind(const QString &kind) const;
    void show(Id nodeId);

    ChartFixtures::DemoFixture m_demo;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ChartPanel> m_panel;
};

void tst_ChartAnnotations::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString failed = m_demo.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void tst_ChartAnnotations::init()
{
    // A fresh document (no annotations, empty undo stack) and panel per test.
    m_panel.reset();
    m_document = std::make_unique<Document>();
    m_document->load(m_demo.data, m_demo.path);
    m_panel = std::make_unique<ChartPanel>(m_document.get(), m_demo.metrics.get());
    m_panel->resize(1100, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    waitForChart();
}

void tst_ChartAnnotations::waitForChart()
{
    if (!m_panel->isComputing())
        return;
    QSignalSpy updated(m_panel.get(), &ChartPanel::chartUpdated);
    QVERIFY(updated.wait(20000));
}

Id tst_ChartAnnotations::inputWithKind(const QString &kind) const
{
    const WorkspaceData &data = m_document->data();
    for (const Node &n : data.nodes) {
        const Metric *m = data.metric(n.metricId);
        if (n.kind == NodeKind::Input && m && m->computation.value(u"kind"_s) == kind)
            return n.id;
    }
    return 0;
}

void tst_ChartAnnotations::show(Id nodeId)
{
    m_document->setSelection({nodeId});
    waitForChart();
    QCOMPARE(m_panel->shownNodeId(), nodeId);
}

void tst_ChartAnnotations::addFromTheContextMenu()
{
    const Id input = inputWithKind(u"breadth"_s);
    QVERIFY(input);
    show(input);
    QCOMPARE(m_panel->view(), ChartPanel::View::Single);
    MetricChartView *chart = m_panel->metricChart();
    const int row = 20;
    const QDate period = chart->data().series.rows[row].periodStart;
    const Id metricId = m_document->data().node(input)->metricId;

    QStringList offered;
    chooseInMenu(u"Add annotation at"_s, &offered);
    QDate proposed;
    inDialog([&proposed](AnnotationDialog *dialog) {
        proposed = dialog->date();
        auto *text = dialog->findChild<QLineEdit *>(u"annotationText"_s);
        QVERIFY(text->hasFocus());
        QTest::keyClicks(text, u"Price change"_s);
        QTest::keyClick(text, Qt::Key_Return);
    });
    QSignalSpy updated(m_panel.get(), &ChartPanel::chartUpdated);
    const int steps = m_document->undoStack()->count();
    rightClickRow(chart, row);

    QCOMPARE(offered, QStringList{u"Add annotation at %1…"_s.arg(periodLabel(period, Grain::Week))});
    QCOMPARE(proposed, period);
    // In the workspace, one undo step ...
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const QList<Annotation> notes = m_document->data().annotationsOf(metricId);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.front().text, u"Price change"_s);
    QCOMPARE(notes.front().date, period);
    // ... and drawn at once.
    QCOMPARE(updated.size(), 1);
    QCOMPARE(placedIds(chart), QList<Id>{notes.front().id});
    QVERIFY(chart->overlay()->placedAnnotations().front().labelVisible);
    QVERIFY(chart->hoverText(row).contains(u"Price change"_s));

    // Undo takes it from both.
    m_document->undoStack()->undo();
    QVERIFY(m_document->data().annotations.isEmpty());
    QVERIFY(placedIds(chart).isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(placedIds(chart), QList<Id>{notes.front().id});

    // Cancelled: nothing happens.
    chooseInMenu(u"Add annotation at"_s);
    inDialog([](AnnotationDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    rightClickRow(chart, row + 3);
    QCOMPARE(m_document->data().annotations.size(), 1);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
}

void tst_ChartAnnotations::editAndDeleteFromTheMenu()
{
    const Id input = inputWithKind(u"breadth"_s);
    show(input);
    MetricChartView *chart = m_panel->metricChart();
    const int row = 12;
    const QDate period = chart->data().series.rows[row].periodStart;
    const Id metricId = m_document->data().node(input)->metricId;
    const Id id = Edit::addAnnotation(*m_document, period.addDays(2), u"Outage"_s, metricId);
    QVERIFY(id);
    QCOMPARE(placedIds(chart), QList<Id>{id});
    const int steps = m_document->undoStack()->count();

    // Over a note the menu offers to edit and delete it.
    QStringList offered;
    chooseInMenu(u"Edit annotation"_s, &offered);
    inDialog([](AnnotationDialog *dialog) {
        auto *text = dialog->findChild<QLineEdit *>(u"annotationText"_s);
        QCOMPARE(text->text(), u"Outage"_s);
        QTest::keyClicks(text, u"Payment outage"_s);  // the text is selected: replaced
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"annotationOnWorkspace"_s), Qt::LeftButton);
        QTest::keyClick(text, Qt::Key_Return);
    });
    rightClickRow(chart, row);
    QCOMPARE(offered, (QStringList{u"Add annotation at %1…"_s.arg(periodLabel(period, Grain::Week)),
                                   u"Edit annotation…"_s, u"Delete annotation"_s}));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    Annotation edited = m_document->data().annotations.value(id);
    QCOMPARE(edited.text, u"Payment outage"_s);
    QCOMPARE(edited.metricId, Id(0));  // now on the whole workspace
    QCOMPARE(edited.date, period.addDays(2));
    QCOMPARE(chart->overlay()->placedAnnotations().front().annotation, edited);

    chooseInMenu(u"Delete annotation"_s);
    rightClickRow(chart, row);
    QVERIFY(m_document->data().annotations.isEmpty());
    QVERIFY(placedIds(chart).isEmpty());
    QCOMPARE(m_document->undoStack()->count(), steps + 2);
    m_document->undoStack()->undo();
    QCOMPARE(placedIds(chart), QList<Id>{id});
}

void tst_ChartAnnotations::workspaceWideOnEveryChart()
{
    const Id breadth = inputWithKind(u"breadth"_s);
    const Id depth = inputWithKind(u"depth"_s);
    QVERIFY(breadth && depth);
    show(breadth);
    const QDate date = m_panel->metricChart()->data().series.rows[15].periodStart;
    const Id everywhere = Edit::addAnnotation(*m_document, date, u"App store feature"_s, 0);
    const Id onDepth = Edit::addAnnotation(*m_document, date.addDays(21), u"Lesson bug"_s,
                                           m_document->data().node(depth)->metricId);
    QCOMPARE(placedIds(m_panel->metricChart()), QList<Id>{everywhere});
    show(depth);
    QCOMPARE(placedIds(m_panel->metricChart()), (QList<Id>{everywhere, onDepth}));
    // The North Star's overview: the workspace's notes on all three charts, named on the top one.
    m_document->setSelection({});
    waitForChart();
    QCOMPARE(m_panel->view(), ChartPanel::View::Overview);
    for (auto dimension : {NorthStarOverview::Breadth, NorthStarOverview::Depth, NorthStarOverview::Frequency})
        QCOMPARE(placedIds(m_panel->overview()->chart(dimension)), QList<Id>{everywhere});
    QVERIFY(m_panel->overview()->chart(NorthStarOverview::Breadth)->overlay()->placedAnnotations().front().labelVisible);
    QVERIFY(!m_panel->overview()->chart(NorthStarOverview::Depth)->overlay()->placedAnnotations().front().labelVisible);
    // A note on another metric does not redraw the overview; one on the workspace does.
    QSignalSpy updated(m_panel.get(), &ChartPanel::chartUpdated);
    Edit::removeAnnotation(*m_document, onDepth);
    QCOMPARE(updated.size(), 0);
    Edit::removeAnnotation(*m_document, everywhere);
    QCOMPARE(updated.size(), 1);
    QVERIFY(placedIds(m_panel->overview()->chart(NorthStarOverview::Breadth)).isEmpty());
}

void tst_ChartAnnotations::menuFromTheKeyboard()
{
    show(inputWithKind(u"breadth"_s));
    MetricChartView *chart = m_panel->metricChart();
    chart->setFocus();
    QVERIFY(chart->hasFocus());
    const auto &rows = chart->data().series.rows;
    // Nothing hovered: the latest period.
    QStringList offered;
    chooseInMenu(QString(), &offered);  // looks, then closes it with Escape
    QTest::keyClick(chart, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(offered.value(0), u"Add annotation at %1…"_s.arg(periodLabel(rows.back().periodStart, Grain::Week)));
    // Hovered: that period; the menu key works too.
    chart->hoverRow(5);
    offered.clear();
    chooseInMenu(u"Add annotation at"_s, &offered);
    inDialog([](AnnotationDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"annotationText"_s), u"Holiday"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"annotationText"_s), Qt::Key_Return);
    });
    QTest::keyClick(chart, Qt::Key_Menu);
    QCOMPARE(offered.value(0), u"Add annotation at %1…"_s.arg(periodLabel(rows[5].periodStart, Grain::Week)));
    QCOMPARE(m_document->data().annotations.size(), 1);
    QCOMPARE(m_document->data().annotations.first().date, rows[5].periodStart);
}

void tst_ChartAnnotations::northStarTargetAndGuardrail()
{
    m_document->setSelection({});
    waitForChart();
    QCOMPARE(m_panel->view(), ChartPanel::View::Overview);
    // The North Star is its core action's breadth: its target is drawn on that chart only.
    const MetricChartView *breadth = m_panel->overview()->chart(NorthStarOverview::Breadth);
    QVERIFY(breadth->data().target);
    QCOMPARE(breadth->data().target->value, 800.0);
    QCOMPARE(breadth->data().target->date, QDate(2026, 12, 31));
    QCOMPARE(breadth->data().target->baseline, 100.0);
    QVERIFY(!m_panel->overview()->chart(NorthStarOverview::Depth)->data().target);
    bool dashed = false;
    for (QAbstractSeries *series : breadth->chart()->series()) {
        if (series->objectName() == u"target"_s)
            dashed = static_cast<QLineSeries *>(series)->pen().style() == Qt::DashLine;
    }
    QVERIFY(dashed);
    QVERIFY(breadth->overlay()->referenceLabels().front().text.startsWith(u"Target 800 by"_s));

    // The view box offers the guardrail's chart, with its bound.
    QComboBox *box = nullptr;
    for (QComboBox *combo : m_panel->findChildren<QComboBox *>()) {
        if (combo->findText(u"Guardrail: Paying learners"_s) >= 0)
            box = combo;
    }
    QVERIFY(box);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End);  // the last entry, activated by keyboard
    waitForChart();
    QCOMPARE(m_panel->view(), ChartPanel::View::Single);
    const MetricChartView *chart = m_panel->metricChart();
    QCOMPARE(chart->data().title, u"Paying learners"_s);
    QCOMPARE(chart->data().guardrail, (GuardrailBound{GuardrailBound::Side::AtLeast, 5}));
    QCOMPARE(chart->overlay()->referenceLabels().front().text, u"at least 5"_s);
    // The bound follows an edit of the tree, undoably.
    Tree tree = *m_document->data().tree(m_document->currentTreeId());
    tree.guardrailBound = GuardrailBound{GuardrailBound::Side::AtLeast, 8};
    Edit::updateTree(*m_document, tree);
    QCOMPARE(m_panel->metricChart()->overlay()->referenceLabels().front().text, u"at least 8"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->metricChart()->overlay()->referenceLabels().front().text, u"at least 5"_s);
}

QTEST_MAIN(tst_ChartAnnotations)
#include "tst_chartannotations.moc"
