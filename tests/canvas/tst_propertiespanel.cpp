// The properties panel follows the selection and turns typing into edits, one undo step per
// field however many keys were pressed.

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"
#include "panels/propertiespanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TstPropertiesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyAndSummary();
    void metricFieldsOneStepEach_data();
    void metricFieldsOneStepEach();
    void dimensionAndGame();
    void guardrail();
    void leverageAndTheory();
    void workItem();
    void servesSeveralInputs();
    void followsUndo();
    void hintAfterRestore();
    void formFitsDock_data();
    void formFitsDock();
    void leavesFieldsAloneForOtherEdits();

private:
    template<typename T>
    T *field(const char *name) const
    {
        T *w = m_panel->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    QWidget *currentPage() const { return m_panel->findChild<QStackedWidget *>()->currentWidget(); }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<PropertiesPanel> m_panel;
    Id m_ns = 0;
    Id m_activation = 0;
    Id m_engagement = 0;
    Id m_work = 0;
};

void TstPropertiesPanel::init()
{
    m_doc = std::make_unique<Document>();
    Edit::addEmptyTree(*m_doc, u"Workshop"_s);
    m_ns = m_doc->data().northStarOf(m_doc->currentTreeId())->id;
    Edit::renameNode(*m_doc, m_ns, u"Weekly active teams"_s);
    m_activation = Edit::addChild(*m_doc, m_ns);
    Edit::renameNode(*m_doc, m_activation, u"Activation"_s);
    m_engagement = Edit::addSibling(*m_doc, m_activation);
    Edit::renameNode(*m_doc, m_engagement, u"Engagement"_s);
    m_work = Edit::addChild(*m_doc, m_activation);
    Edit::renameNode(*m_doc, m_work, u"Guided setup"_s);
    m_doc->setSelection({});
    m_panel = std::make_unique<PropertiesPanel>(m_doc.get());
    m_panel->resize(380, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstPropertiesPanel::cleanup()
{
    m_panel.reset();
    m_doc.reset();
}

void TstPropertiesPanel::emptyAndSummary()
{
    auto *label = qobject_cast<QLabel *>(currentPage());
    QVERIFY(label);
    QCOMPARE(label->text(), u"Select a card to see its properties"_s);
    m_doc->setSelection({m_activation, m_engagement, m_work});
    label = qobject_cast<QLabel *>(currentPage());
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"3 cards selected"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"2 inputs"_s));
    QVERIFY(label->text().contains(u"1 work item"_s));
}

void TstPropertiesPanel::metricFieldsOneStepEach_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::newRow("definition") << QByteArray("metricDefinition") << u"Teams with a first doc in 7 days"_s;
    QTest::newRow("owner") << QByteArray("metricOwner") << u"Leo Park"_s;
    QTest::newRow("name") << QByteArray("metricName") << u" plus"_s;
}

void TstPropertiesPanel::metricFieldsOneStepEach()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, typed);
    m_doc->setSelection({m_activation});
    QCOMPARE(field<QLineEdit>("metricName")->text(), u"Activation"_s);
    const int steps = m_doc->undoStack()->count();
    QWidget *w = field<QWidget>(fieldName.constData());
    w->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->end(false);
    QTest::keyClicks(w, typed);
    const Metric *m = m_doc->data().metric(m_doc->data().node(m_activation)->metricId);
    const QString expected = fieldName == "metricName" ? u"Activation"_s + typed : typed;
    const QString actual = fieldName == "metricDefinition" ? m->definition
                           : fieldName == "metricOwner"    ? m->owner
                                                           : m->name;
    QCOMPARE(actual, expected);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    m = m_doc->data().metric(m_doc->data().node(m_activation)->metricId);
    QCOMPARE(m->name, u"Activation"_s);
    QVERIFY(m->definition.isEmpty());
    QVERIFY(m->owner.isEmpty());
}

void TstPropertiesPanel::dimensionAndGame()
{
    m_doc->setSelection({m_activation});
    auto *dimension = field<QComboBox>("metricDimension");
    QVERIFY(dimension->isVisible());
    QTest::keyClick(dimension, Qt::Key_Down);  // Not set -> Breadth
    QCOMPARE(m_doc->data().metric(m_doc->data().node(m_activation)->metricId)->dimension, Dimension::Breadth);
    QVERIFY(!field<QComboBox>("treeGame")->isVisible());

    m_doc->setSelection({m_ns});
    QVERIFY(!dimension->isVisible());
    auto *game = field<QComboBox>("treeGame");
    QVERIFY(game->isVisible());
    QTest::keyClick(game, Qt::Key_Down);
    QCOMPARE(m_doc->data().tree(m_doc->currentTreeId())->game, Game::Attention);
}

void TstPropertiesPanel::guardrail()
{
    m_doc->setSelection({m_ns});
    auto *guardrail = field<QLineEdit>("treeGuardrail");
    guardrail->setFocus();
    QTest::keyClicks(guardrail, u"Support tickets per team"_s);
    QTest::keyClick(guardrail, Qt::Key_Return);
    const Tree *tree = m_doc->data().tree(m_doc->currentTreeId());
    QCOMPARE(m_doc->data().metric(tree->guardrailMetricId)->name, u"Support tickets per team"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().tree(m_doc->currentTreeId())->guardrailMetricId, Id(0));
    QCOMPARE(guardrail->text(), QString());
}

void TstPropertiesPanel::leverageAndTheory()
{
    m_doc->setSelection({m_activation});
    const Edge edge = *m_doc->data().edgeBetween(m_activation, m_ns);
    const int steps = m_doc->undoStack()->count();
    auto *leverage = field<QLineEdit>("linkLeverage");
    leverage->setFocus();
    QTest::keyClicks(leverage, u"0.75"_s);
    QCOMPARE(m_doc->data().edge(edge.id)->leverage, std::optional<double>(0.75));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // Not a number: nothing changes.
    QTest::keyClicks(leverage, u"x"_s);
    QCOMPARE(m_doc->data().edge(edge.id)->leverage, std::optional<double>(0.75));
    QTest::keyClick(leverage, Qt::Key_Backspace);

    auto *theory = field<QPlainTextEdit>("linkTheory");
    theory->setFocus();
    QTest::keyClicks(theory, u"Activated teams come back"_s);
    QCOMPARE(m_doc->data().edge(edge.id)->theory, u"Activated teams come back"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    // Clearing the leverage means "not estimated".
    leverage->setFocus();
    leverage->selectAll();
    QTest::keyClick(leverage, Qt::Key_Delete);
    QCOMPARE(m_doc->data().edge(edge.id)->leverage, std::nullopt);
}

void TstPropertiesPanel::workItem()
{
    m_doc->setSelection({m_work});
    auto *title = field<QLineEdit>("workTitle");
    QCOMPARE(title->text(), u"Guided setup"_s);
    const int steps = m_doc->undoStack()->count();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" wizard"_s);
    QCOMPARE(m_doc->data().node(m_work)->title, u"Guided setup wizard"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);

    QTest::keyClick(field<QComboBox>("workStatus"), Qt::Key_Down);
    QCOMPARE(m_doc->data().node(m_work)->status, WorkStatus::InProgress);
    QTest::keyClick(field<QComboBox>("workType"), Qt::Key_Down);
    QCOMPARE(m_doc->data().node(m_work)->workType, WorkType::Experiment);

    auto *impact = field<QPlainTextEdit>("workImpact");
    impact->setFocus();
    QTest::keyClicks(impact, u"+5% activation"_s);
    QCOMPARE(m_doc->data().node(m_work)->expectedImpact, u"+5% activation"_s);

    auto *date = field<QDateEdit>("workShipDate");
    QCOMPARE(date->text(), u"Not set"_s);
    date->setDate(QDate(2025, 3, 14));
    QCOMPARE(m_doc->data().node(m_work)->shipDate, QDate(2025, 3, 14));
    QCOMPARE(m_doc->undoStack()->count(), steps + 5);
}

void TstPropertiesPanel::servesSeveralInputs()
{
    m_doc->setSelection({m_work});
    auto *serves = field<QListWidget>("workServes");
    QCOMPARE(serves->count(), 2);
    QListWidgetItem *activation = serves->item(0);
    QListWidgetItem *engagement = serves->item(1);
    QCOMPARE(activation->text(), u"Activation"_s);
    QCOMPARE(activation->checkState(), Qt::Checked);
    QCOMPARE(engagement->checkState(), Qt::Unchecked);
    engagement->setCheckState(Qt::Checked);
    QVERIFY(m_doc->data().edgeBetween(m_work, m_engagement));
    QVERIFY(m_doc->data().edgeBetween(m_work, m_activation));
    serves->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_doc->data().edgeBetween(m_work, m_activation));
    QCOMPARE(m_doc->data().parentsOf(m_work), QList<Id>{m_engagement});
}

void TstPropertiesPanel::followsUndo()
{
    m_doc->setSelection({m_activation});
    Metric after = *m_doc->data().metric(m_doc->data().node(m_activation)->metricId);
    after.unit = u"teams"_s;
    Edit::updateMetric(*m_doc, after);
    auto *name = field<QLineEdit>("metricName");
    Edit::renameNode(*m_doc, m_activation, u"Activated teams"_s);
    QCOMPARE(name->text(), u"Activated teams"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(name->text(), u"Activation"_s);
    // Undoing the creation of the selected card leaves the work item page.
    m_doc->setSelection({m_work});
    QVERIFY(field<QLineEdit>("workTitle")->isVisible());
    while (m_doc->data().node(m_work))
        m_doc->undoStack()->undo();
    QVERIFY(!m_doc->selection().contains(m_work));
    QVERIFY(!field<QLineEdit>("workTitle")->isVisible());
}

void TstPropertiesPanel::hintAfterRestore()
{
    // Restoring recovered work replaces the content with nothing selected: the hint shows,
    // in the visible part of a dock shorter than the forms.
    m_panel->resize(380, 360);
    m_doc->setSelection({m_activation});
    QVERIFY(field<QLineEdit>("metricName")->isVisible());
    m_doc->load(m_doc->data(), {});
    m_doc->markRecovered();
    QVERIFY(m_doc->selection().isEmpty());
    auto *label = qobject_cast<QLabel *>(currentPage());
    QVERIFY(label);
    QCOMPARE(label->text(), u"Select a card to see its properties"_s);
    QVERIFY(label->isVisible());
    const QPoint centre = label->mapTo(m_panel.get(), label->rect().center());
    QVERIFY2(m_panel->rect().contains(centre), qPrintable(u"%1,%2"_s.arg(centre.x()).arg(centre.y())));
}

void TstPropertiesPanel::formFitsDock_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("card");
    for (const QString &language : {u"en"_s, u"de"_s}) {
        for (const QString &card : {u"north star"_s, u"input"_s, u"work"_s})
            QTest::newRow(qPrintable(language + u' ' + card)) << language << card;
    }
}

void TstPropertiesPanel::formFitsDock()
{
    // Narrower than the dock's default (380): every field shrinks or wraps to the width,
    // nothing is cut off at the right edge.
    QFETCH(QString, language);
    QFETCH(QString, card);
    QTranslator translator;
    if (language == u"de"_s) {
        QVERIFY2(translator.load(QStringLiteral(NORTHSTAR_QM_FILE)), NORTHSTAR_QM_FILE);
        QCoreApplication::installTranslator(&translator);
        m_panel = std::make_unique<PropertiesPanel>(m_doc.get());  // built with German texts
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    // With a metrics controller, as in the window: the computation editor shows its kinds.
    MetricsController metrics;
    m_panel->setMetricsController(&metrics);
    m_panel->resize(330, 700);
    const Id id = card == u"north star"_s ? m_ns : card == u"input"_s ? m_activation : m_work;
    m_doc->setSelection({id});
    auto *scroll = qobject_cast<QScrollArea *>(currentPage());
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->viewport()->width() > 0);
    QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
             qPrintable(u"form needs %1 px, the dock has %2"_s.arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    QTRY_COMPARE(scroll->widget()->width(), scroll->viewport()->width());
    QCoreApplication::removeTranslator(&translator);
}

void TstPropertiesPanel::leavesFieldsAloneForOtherEdits()
{
    // The work page lists the inputs it may serve; edits elsewhere do not rebuild it (which
    // would reset its scroll position under the mouse), renaming an input does.
    m_doc->setSelection({m_work});
    auto *serves = field<QListWidget>("workServes");
    QCOMPARE(serves->count(), 2);
    const auto mark = [serves] { serves->item(0)->setData(Qt::UserRole + 1, true); };
    const auto rebuilt = [serves] { return !serves->item(0)->data(Qt::UserRole + 1).toBool(); };
    mark();
    Metric star = *m_doc->data().metric(m_doc->data().node(m_ns)->metricId);
    star.definition = u"Teams with three active members"_s;
    Edit::updateMetric(*m_doc, star);
    Edit::moveNodes(*m_doc, {{m_work, QPointF(300, 400)}});
    m_doc->undoStack()->undo();
    QVERIFY(!rebuilt());

    Edit::renameNode(*m_doc, m_engagement, u"Weekly editors"_s);
    m_doc->setSelection({m_work});
    QCOMPARE(serves->item(1)->text(), u"Weekly editors"_s);
    mark();
    m_doc->undoStack()->undo();
    QVERIFY(rebuilt());
    QCOMPARE(serves->item(1)->text(), u"Engagement"_s);
    m_doc->undoStack()->redo();
    QCOMPARE(serves->item(1)->text(), u"Weekly editors"_s);
}

QTEST_MAIN(TstPropertiesPanel)
#include "tst_propertiespanel.moc"
