// The properties panel follows the selection and turns typing into edits, one undo step per
// field however many keys were pressed.

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "model/edits.h"
#include "model/reviewfields.h"
#include "model/workspacedata.h"
#include "panels/propertiespanel.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
    void targetOneStepPerField();
    void clearingTheValueRemovesTheTarget();
    void targetNumbersInTheUserLanguage_data();
    void targetNumbersInTheUserLanguage();
    void notANumberIsNotApplied();
    void guardrailBound();
    void clearingTheGuardrailClearsItsBound();
    void expectedImpact();
    void expectedImpactInGerman();
    void switchingSelectionNeverWrites();
    void tabOrderFollowsTheForm();
    void mnemonicsReachTheNumbers();
    void datePopupOpensOnThisMonth();

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
    const Metric *metricOf(Id nodeId) const { return m_doc->data().metric(m_doc->data().node(nodeId)->metricId); }
    const Tree *tree() const { return m_doc->data().tree(m_doc->currentTreeId()); }
    int stepIndex() const { return m_doc->undoStack()->index(); }
    void setTarget(Id nodeId, const Target &target);
    void setUnit(Id metricId, const QString &unit);
    // Replaces the field's text as someone would: focus, select all, type (or delete).
    static void retype(QLineEdit *edit, const QString &text);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<PropertiesPanel> m_panel;
    Id m_ns = 0;
    Id m_activation = 0;
    Id m_engagement = 0;
    Id m_work = 0;
    QLocale m_locale;  // restored after tests that type in another language
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
    // Numbers are typed and shown the English way unless a test says otherwise.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_panel = std::make_unique<PropertiesPanel>(m_doc.get());
    m_panel->resize(380, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstPropertiesPanel::cleanup()
{
    m_panel.reset();
    m_doc.reset();
    QLocale::setDefault(m_locale);
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

    auto *impact = field<QPlainTextEdit>("workRationale");
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



void TstPropertiesPanel::setTarget(Id nodeId, const Target &target)
{
    Metric metric = *metricOf(nodeId);
    metric.target = target;
    Edit::updateMetric(*m_doc, metric);
}

void TstPropertiesPanel::setUnit(Id metricId, const QString &unit)
{
    Metric metric = *m_doc->data().metric(metricId);
    metric.unit = unit;
    Edit::updateMetric(*m_doc, metric);
}

void TstPropertiesPanel::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TstPropertiesPanel::targetOneStepPerField()
{
    setUnit(metricOf(m_ns)->id, u"teams"_s);
    m_doc->setSelection({m_ns});
    auto *value = field<QLineEdit>("targetValue");
    auto *date = field<QDateEdit>("targetDate");
    auto *baseline = field<QLineEdit>("baselineValue");
    auto *baselineDate = field<QDateEdit>("baselineDate");
    auto *hint = field<QLabel>("targetHint");
    QCOMPARE(field<QLabel>("targetValueUnit")->text(), u"teams"_s);
    QCOMPARE(field<QLabel>("baselineValueUnit")->text(), u"teams"_s);
    // Without a value there is nothing to date or to start from.
    QVERIFY(!date->isEnabled());
    QVERIFY(!baseline->isEnabled());
    QVERIFY2(hint->text().contains(u"first complete period of data"_s), qPrintable(hint->text()));

    const int steps = stepIndex();
    value->setFocus();
    QTest::keyClicks(value, u"12000"_s);
    QCOMPARE(metricOf(m_ns)->target.value, std::optional<double>(12000));
    QCOMPARE(stepIndex(), steps + 1);
    QCOMPARE(value->text(), u"12000"_s);  // not rewritten under the cursor
    value->clearFocus();
    QCOMPARE(value->text(), u"12,000"_s);  // left: written the way the user's language does
    QCOMPARE(stepIndex(), steps + 1);
    QVERIFY(date->isEnabled());
    QCOMPARE(date->text(), u"Not set"_s);
    QVERIFY2(hint->text().contains(u"date to reach"_s), qPrintable(hint->text()));
    date->setDate(QDate(2027, 3, 31));
    QCOMPARE(metricOf(m_ns)->target.date, QDate(2027, 3, 31));
    QVERIFY(metricOf(m_ns)->target.isSet());
    QCOMPARE(stepIndex(), steps + 2);
    baseline->setFocus();
    QTest::keyClicks(baseline, u"8000"_s);
    QCOMPARE(metricOf(m_ns)->target.baselineValue, std::optional<double>(8000));
    QCOMPARE(stepIndex(), steps + 3);
    QVERIFY(baselineDate->isEnabled());
    baselineDate->setDate(QDate(2026, 1, 5));
    QCOMPARE(metricOf(m_ns)->target.baselineDate, QDate(2026, 1, 5));
    QCOMPARE(stepIndex(), steps + 4);
    QVERIFY(hint->isHidden());

    // Undo goes back one field at a time, and the fields follow.
    QUndoStack *undo = m_doc->undoStack();
    undo->undo();
    QCOMPARE(baselineDate->text(), u"Not set"_s);
    QVERIFY2(hint->text().contains(u"baseline was measured"_s), qPrintable(hint->text()));
    undo->undo();
    QCOMPARE(baseline->text(), QString());
    QVERIFY(!baselineDate->isEnabled());
    undo->undo();
    QCOMPARE(date->text(), u"Not set"_s);
    undo->undo();
    QCOMPARE(value->text(), QString());
    QCOMPARE(metricOf(m_ns)->target, Target{});
    for (int i = 0; i < 4; ++i)
        undo->redo();
    QCOMPARE(value->text(), u"12,000"_s);
    QCOMPARE(date->date(), QDate(2027, 3, 31));
    QCOMPARE(baseline->text(), u"8,000"_s);
    QCOMPARE(baselineDate->date(), QDate(2026, 1, 5));
}

void TstPropertiesPanel::clearingTheValueRemovesTheTarget()
{
    setTarget(m_activation, Target{40000.0, QDate(2027, 3, 31), 1000.0, QDate(2026, 1, 5)});
    m_doc->setSelection({m_activation});
    auto *value = field<QLineEdit>("targetValue");
    auto *baseline = field<QLineEdit>("baselineValue");
    QCOMPARE(value->text(), u"40,000"_s);
    const int steps = stepIndex();
    retype(value, QString());
    // Emptied while typing a new number: the date and the baseline wait.
    QCOMPARE(metricOf(m_activation)->target.value, std::nullopt);
    QCOMPARE(metricOf(m_activation)->target.date, QDate(2027, 3, 31));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(metricOf(m_activation)->target, Target{});
    QCOMPARE(stepIndex(), steps + 1);
    QCOMPARE(field<QDateEdit>("targetDate")->text(), u"Not set"_s);
    QCOMPARE(baseline->text(), QString());
    QVERIFY(!baseline->isEnabled());

    m_doc->undoStack()->undo();
    QCOMPARE(metricOf(m_activation)->target, (Target{40000.0, QDate(2027, 3, 31), 1000.0, QDate(2026, 1, 5)}));
    QCOMPARE(value->text(), u"40,000"_s);
    QCOMPARE(baseline->text(), u"1,000"_s);
    QCOMPARE(field<QDateEdit>("baselineDate")->date(), QDate(2026, 1, 5));

    // Clearing the baseline's value removes the baseline (back to the default), not the target.
    retype(baseline, QString());
    QTest::keyClick(baseline, Qt::Key_Return);
    QCOMPARE(metricOf(m_activation)->target, (Target{40000.0, QDate(2027, 3, 31), std::nullopt, QDate()}));
    QCOMPARE(stepIndex(), steps + 1);
    QCOMPARE(field<QDateEdit>("baselineDate")->text(), u"Not set"_s);
}

void TstPropertiesPanel::targetNumbersInTheUserLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en millions") << u"en_US"_s << u"40,000,000"_s << 40000000.0 << u"40,000,000"_s;
    QTest::newRow("en plain") << u"en_US"_s << u"40000000"_s << 40000000.0 << u"40,000,000"_s;
    QTest::newRow("en share") << u"en_US"_s << u"0.35"_s << 0.35 << u"0.35"_s;
    QTest::newRow("en spaces") << u"en_US"_s << u"1 200"_s << 1200.0 << u"1,200"_s;
    QTest::newRow("en negative") << u"en_US"_s << u"-2.5"_s << -2.5 << u"-2.5"_s;
    QTest::newRow("de millions") << u"de_DE"_s << u"40.000.000"_s << 40000000.0 << u"40.000.000"_s;
    QTest::newRow("de share") << u"de_DE"_s << u"0,35"_s << 0.35 << u"0,35"_s;
    QTest::newRow("de C-locale share") << u"de_DE"_s << u"0.35"_s << 0.35 << u"0,35"_s;
    QTest::newRow("de thousands") << u"de_DE"_s << u"1.500"_s << 1500.0 << u"1.500"_s;
}

void TstPropertiesPanel::targetNumbersInTheUserLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(double, stored);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale(language));
    m_doc->setSelection({m_ns});
    auto *value = field<QLineEdit>("targetValue");
    retype(value, typed);
    QCOMPARE(metricOf(m_ns)->target.value, std::optional<double>(stored));
    value->clearFocus();
    m_doc->undoStack()->undo();
    QCOMPARE(value->text(), QString());
    m_doc->undoStack()->redo();
    QCOMPARE(value->text(), shown);
}

void TstPropertiesPanel::notANumberIsNotApplied()
{
    m_doc->setSelection({m_ns});
    auto *value = field<QLineEdit>("targetValue");
    const QString hint = value->toolTip();
    const int steps = stepIndex();
    value->setFocus();
    QTest::keyClicks(value, u"12x"_s);
    QCOMPARE(metricOf(m_ns)->target.value, std::optional<double>(12));
    QCOMPARE(stepIndex(), steps + 1);
    QVERIFY(!value->styleSheet().isEmpty());
    QVERIFY2(value->toolTip().contains(u"Not a number"_s), qPrintable(value->toolTip()));
    // Leaving the field brings back what is stored.
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(value->text(), u"12"_s);
    QVERIFY(value->styleSheet().isEmpty());
    QCOMPARE(value->toolTip(), hint);
    QCOMPARE(stepIndex(), steps + 1);
}

void TstPropertiesPanel::guardrailBound()
{
    m_doc->setSelection({m_ns});
    auto *side = field<QComboBox>("treeBoundSide");
    auto *bound = field<QLineEdit>("treeBoundValue");
    QVERIFY(bound->isVisible());
    QVERIFY(!bound->isEnabled());  // no guardrail, nothing to bound
    Edit::setGuardrail(*m_doc, tree()->id, u"Support tickets per team"_s);
    setUnit(tree()->guardrailMetricId, u"tickets"_s);
    QVERIFY(bound->isEnabled());
    QCOMPARE(field<QLabel>("treeBoundValueUnit")->text(), u"tickets"_s);
    QCOMPARE(side->currentText(), u"at most"_s);

    const int steps = stepIndex();
    bound->setFocus();
    QTest::keyClicks(bound, u"2.5"_s);
    QCOMPARE(tree()->guardrailBound, (GuardrailBound{GuardrailBound::Side::AtMost, 2.5}));
    QCOMPARE(stepIndex(), steps + 1);
    QTest::keyClick(side, Qt::Key_Up);
    QCOMPARE(tree()->guardrailBound, (GuardrailBound{GuardrailBound::Side::AtLeast, 2.5}));
    QCOMPARE(stepIndex(), steps + 2);
    retype(bound, QString());
    QCOMPARE(tree()->guardrailBound, std::nullopt);
    QCOMPARE(stepIndex(), steps + 3);

    QUndoStack *undo = m_doc->undoStack();
    undo->undo();
    QCOMPARE(bound->text(), u"2.5"_s);
    QCOMPARE(side->currentText(), u"at least"_s);
    undo->undo();
    QCOMPARE(side->currentText(), u"at most"_s);
    undo->undo();
    QCOMPARE(bound->text(), QString());
    QCOMPARE(tree()->guardrailBound, std::nullopt);
    undo->redo();
    QCOMPARE(bound->text(), u"2.5"_s);
}

void TstPropertiesPanel::clearingTheGuardrailClearsItsBound()
{
    Edit::setGuardrail(*m_doc, tree()->id, u"Support tickets per team"_s);
    Tree withBound = *tree();
    withBound.guardrailBound = GuardrailBound{GuardrailBound::Side::AtMost, 250.0};
    Edit::updateTree(*m_doc, withBound);
    m_doc->setSelection({m_ns});
    auto *guardrail = field<QLineEdit>("treeGuardrail");
    auto *bound = field<QLineEdit>("treeBoundValue");
    QCOMPARE(bound->text(), u"250"_s);
    const int steps = stepIndex();
    retype(guardrail, QString());
    QTest::keyClick(guardrail, Qt::Key_Return);
    QCOMPARE(tree()->guardrailMetricId, Id(0));
    QCOMPARE(tree()->guardrailBound, std::nullopt);
    QCOMPARE(stepIndex(), steps + 1);
    QCOMPARE(bound->text(), QString());
    QVERIFY(!bound->isEnabled());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().metric(tree()->guardrailMetricId)->name, u"Support tickets per team"_s);
    QCOMPARE(tree()->guardrailBound, (GuardrailBound{GuardrailBound::Side::AtMost, 250.0}));
    QCOMPARE(bound->text(), u"250"_s);
    QCOMPARE(guardrail->text(), u"Support tickets per team"_s);
}

void TstPropertiesPanel::expectedImpact()
{
    m_doc->setSelection({m_work});
    auto *impact = field<QLineEdit>("workImpact");
    auto *rationale = field<QPlainTextEdit>("workRationale");
    QVERIFY2(impact->placeholderText().contains(u"+10%"_s), qPrintable(impact->placeholderText()));
    const QString hint = impact->toolTip();
    QVERIFY2(hint.contains(u"+10%"_s) && hint.contains(u"+0.05"_s), qPrintable(hint));

    const int steps = stepIndex();
    impact->setFocus();
    QTest::keyClicks(impact, u"+10%"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{0.1, true}));
    QCOMPARE(stepIndex(), steps + 1);
    // Not an impact: marked, explained, not applied.
    QTest::keyClicks(impact, u"x"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{0.1, true}));
    QVERIFY(!impact->styleSheet().isEmpty());
    QVERIFY2(impact->toolTip().contains(u"Not an expected impact"_s), qPrintable(impact->toolTip()));
    QTest::keyClick(impact, Qt::Key_Backspace);
    QVERIFY(impact->styleSheet().isEmpty());
    QCOMPARE(stepIndex(), steps + 1);

    // The words are a field and a step of their own.
    rationale->setFocus();
    QTest::keyClicks(rationale, u"Guided teams finish setup"_s);
    QCOMPARE(m_doc->data().node(m_work)->expectedImpact, u"Guided teams finish setup"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{0.1, true}));
    QCOMPARE(stepIndex(), steps + 2);

    retype(impact, u"+0.05"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{0.05, false}));
    QCOMPARE(stepIndex(), steps + 3);
    m_doc->undoStack()->undo();
    QCOMPARE(impact->text(), u"+10%"_s);
    m_doc->undoStack()->redo();
    QCOMPARE(impact->text(), u"+0.05"_s);

    // Wrong text left behind goes back to what is stored; clearing removes the impact.
    QTest::keyClicks(impact, u" or so"_s);
    QTest::keyClick(impact, Qt::Key_Return);
    QCOMPARE(impact->text(), u"+0.05"_s);
    QVERIFY(impact->styleSheet().isEmpty());
    retype(impact, QString());
    QCOMPARE(m_doc->data().node(m_work)->impact, std::nullopt);
    QCOMPARE(m_doc->data().node(m_work)->expectedImpact, u"Guided teams finish setup"_s);
}

void TstPropertiesPanel::expectedImpactInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_doc->setSelection({m_work});
    auto *impact = field<QLineEdit>("workImpact");
    retype(impact, u"+12,5%"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{0.125, true}));
    retype(impact, u"-0,2"_s);
    QCOMPARE(m_doc->data().node(m_work)->impact, (ExpectedImpact{-0.2, false}));
    impact->clearFocus();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->redo();
    QCOMPARE(impact->text(), u"-0,2"_s);
}

void TstPropertiesPanel::switchingSelectionNeverWrites()
{
    setTarget(m_ns, Target{40000000.0, QDate(2027, 3, 31), 0.35, QDate(2026, 1, 5)});
    setTarget(m_activation, Target{0.35, QDate(2027, 1, 1), std::nullopt, QDate()});
    Edit::setGuardrail(*m_doc, tree()->id, u"Support tickets per team"_s);
    Tree withBound = *tree();
    withBound.guardrailBound = GuardrailBound{GuardrailBound::Side::AtLeast, 0.5};
    Edit::updateTree(*m_doc, withBound);
    Node work = *m_doc->data().node(m_work);
    work.impact = ExpectedImpact{0.1, true};
    work.shipDate = QDate(2026, 2, 2);
    Edit::updateNode(*m_doc, work);
    const int steps = m_doc->undoStack()->count();
    const WorkspaceData before = m_doc->data();
    const QList<QList<Id>> selections{{m_ns}, {m_activation}, {m_work}, {m_ns}, {}, {m_work}, {m_engagement}, {m_ns}};
    for (const QList<Id> &selection : selections) {
        m_doc->setSelection(selection);
        // A field with the focus when the selection moves on (its editingFinished fires).
        for (const char *name : {"targetValue", "baselineValue", "treeBoundValue", "workImpact"}) {
            auto *edit = field<QLineEdit>(name);
            if (edit->isVisible()) {
                edit->setFocus();
                break;
            }
        }
    }
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QVERIFY(m_doc->data().metrics == before.metrics);
    QVERIFY(m_doc->data().trees == before.trees);
    QVERIFY(m_doc->data().nodes == before.nodes);
}

void TstPropertiesPanel::tabOrderFollowsTheForm()
{
    // The focus chain in the order the fields are shown, whichever page.
    const auto order = [this](const char *first, const QStringList &names) {
        QStringList seen;
        QWidget *start = field<QWidget>(first);
        QWidget *w = start;
        do {
            if (names.contains(w->objectName()) && !seen.contains(w->objectName()))
                seen.append(w->objectName());
            w = w->nextInFocusChain();
        } while (w != start);
        return seen;
    };
    const QStringList metricPage{u"metricName"_s, u"metricOwner"_s, u"targetValue"_s, u"targetDate"_s,
                                 u"baselineValue"_s, u"baselineDate"_s, u"treeGame"_s, u"treeGuardrail"_s,
                                 u"treeBoundSide"_s, u"treeBoundValue"_s, u"linkLeverage"_s, u"linkTheory"_s};
    QCOMPARE(order("metricName", metricPage), metricPage);
    const QStringList workPage{u"workTitle"_s, u"workType"_s, u"workOwner"_s, u"workStatus"_s,
                               u"workShipDate"_s, u"workImpact"_s, u"workRationale"_s, u"workServes"_s};
    QCOMPARE(order("workTitle", workPage), workPage);
}

void TstPropertiesPanel::mnemonicsReachTheNumbers()
{
    // The number sits in a row with its unit; the label's Alt+letter still reaches it.
    Edit::setGuardrail(*m_doc, tree()->id, u"Support tickets per team"_s);
    m_doc->setSelection({m_ns});
    auto *name = field<QLineEdit>("metricName");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QWidget>("targetValue"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QWidget>("treeBoundSide"));
}

void TstPropertiesPanel::datePopupOpensOnThisMonth()
{
    // "Not set" is a date a century ago underneath; the calendar must not open there.
    m_doc->setSelection({m_work});
    auto *date = field<QDateEdit>("workShipDate");
    QCOMPARE(date->text(), u"Not set"_s);
    const int steps = stepIndex();
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 6, date->height() / 2));
    QCalendarWidget *calendar = date->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
    QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
    calendar->window()->hide();
    QCOMPARE(m_doc->data().node(m_work)->shipDate, QDate());
    QCOMPARE(stepIndex(), steps);
}

QTEST_MAIN(TstPropertiesPanel)
#include "tst_propertiespanel.moc"
