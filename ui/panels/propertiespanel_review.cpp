// PropertiesPanel: the numbers the weekly review works with (issue #9 §1, REVIEW.md): a
// metric's target with its optional baseline, the tree's guardrail bound and a work item's
// expected impact. Each field is one undo step however many keys were pressed; filling the
// fields from the model never writes (m_updating, and the fields report only typing).

#include "panels/propertiespanel.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/reviewfields.h"
#include "model/workspacedata.h"
#include "panels/numberfield.h"
#include "panels/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

// A number field followed by the metric's unit ("teams", "%").
struct NumberRow
{
    QWidget *row;
    NumberField *field;
    QLabel *unit;
};

NumberRow numberRow(QWidget *parent, const QString &objectName)
{
    // The row exists before its children, so the tab order follows the form.
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new NumberField(row);
    field->setObjectName(objectName);
    // Room for "-40,000,000": a narrow dock wraps the row below its label rather than
    // squeezing the number behind the combo and the unit.
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(u"-40,000,000"_s) + 16);
    auto *unit = new QLabel(row);
    unit->setObjectName(objectName + u"Unit"_s);
    layout->addWidget(field, 1);
    layout->addWidget(unit);
    row->setFocusProxy(field);
    return {row, field, unit};
}

// A row whose label's mnemonic reaches `buddy` (a QLabel ignores a buddy that takes no
// focus itself, as the row's container does).
void addRow(QFormLayout *form, const QString &label, QWidget *row, QWidget *buddy)
{
    form->addRow(label, row);
    if (auto *text = qobject_cast<QLabel *>(form->labelForField(row)))
        text->setBuddy(buddy);
}

void showUnit(QLabel *label, const QString &unit)
{
    const QString trimmed = unit.trimmed();
    // A long unit ("minutes per session") must not push the field out of the dock.
    label->setText(label->fontMetrics().elidedText(trimmed, Qt::ElideRight, 90));
    label->setToolTip(trimmed);
    label->setVisible(!trimmed.isEmpty());
}

// parseImpact reads C-locale numbers; in a German session people type "+0,05".
std::optional<ExpectedImpact> readImpact(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto impact = parseImpact(text);
    const QString point = QLocale().decimalPoint();
    if (!impact && point != u"."_s)
        impact = parseImpact(QString(text).replace(point, u"."_s));
    *ok = impact.has_value();
    return impact;
}

QString impactText(const ExpectedImpact &impact)
{
    QString text = impactToText(impact);
    const QString point = QLocale().decimalPoint();
    return point == u"."_s ? text : text.replace(u"."_s, point);
}

void markImpact(QLineEdit *edit, bool acceptable)
{
    markAcceptable(edit, acceptable,
                   acceptable ? PropertiesPanel::tr("How much this work should move the inputs it serves in the "
                                                    "four periods after it ships: a relative change (+10%) or "
                                                    "an absolute one (%1). Empty: not estimated.")
                                    .arg(impactText({0.05, false}))
                              : PropertiesPanel::tr("Not an expected impact: write a relative change like +10% "
                                                    "or an absolute one like %1.")
                                    .arg(impactText({0.05, false})));
}

} // namespace

void PropertiesPanel::buildTargetRows(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    const NumberRow target = numberRow(parent, u"targetValue"_s);
    m_targetValue = target.field;
    m_targetUnit = target.unit;
    m_targetValue->setPlaceholderText(tr("No target"));
    m_targetValue->setHint(tr("The value to reach. Empty: the metric has no target."));
    m_targetDate = new OptionalDateEdit(tr("Not set"), parent);
    m_targetDate->setObjectName(u"targetDate"_s);
    m_targetDate->setToolTip(tr("The date to reach the target by"));
    const NumberRow baseline = numberRow(parent, u"baselineValue"_s);
    m_baselineValue = baseline.field;
    m_baselineUnit = baseline.unit;
    m_baselineValue->setPlaceholderText(tr("Optional"));  // the hint below says what empty means
    m_baselineValue->setHint(tr("Where the way to the target starts. Empty: the value of the first "
                                "complete period of data."));
    m_baselineDate = new OptionalDateEdit(tr("Not set"), parent);
    m_baselineDate->setObjectName(u"baselineDate"_s);
    m_baselineDate->setToolTip(tr("When the baseline was measured"));
    m_targetHint = new QLabel(parent);
    m_targetHint->setObjectName(u"targetHint"_s);
    m_targetHint->setWordWrap(true);
    m_targetHint->setForegroundRole(QPalette::PlaceholderText);
    addRow(form, tr("&Reach:"), target.row, m_targetValue);
    form->addRow(tr("&By:"), m_targetDate);
    addRow(form, tr("Ba&seline:"), baseline.row, m_baselineValue);
    form->addRow(tr("Baseline date:"), m_baselineDate);
    form->addRow(m_targetHint);
}

void PropertiesPanel::buildGuardrailBoundRow(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    const NumberRow bound = numberRow(parent, u"treeBoundValue"_s);
    m_boundRow = bound.row;
    m_boundValue = bound.field;
    m_boundUnit = bound.unit;
    m_boundSide = new QComboBox(m_boundRow);
    m_boundSide->setObjectName(u"treeBoundSide"_s);
    m_boundSide->addItem(tr("at least"), static_cast<int>(GuardrailBound::Side::AtLeast));
    m_boundSide->addItem(tr("at most"), static_cast<int>(GuardrailBound::Side::AtMost));
    m_boundSide->setCurrentIndex(1);  // the model's default: counter metrics usually must not rise
    static_cast<QHBoxLayout *>(m_boundRow->layout())->insertWidget(0, m_boundSide);
    QWidget::setTabOrder(m_boundSide, m_boundValue);  // created after the field, shown before it
    m_boundValue->setPlaceholderText(tr("No bound"));
    m_boundValue->setHint(tr("The value the guardrail metric must not cross. Empty: no bound."));
    addRow(form, tr("&Must stay:"), m_boundRow, m_boundSide);
}

QLineEdit *PropertiesPanel::buildImpactField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(u"workImpact"_s);
    edit->setPlaceholderText(tr("e.g. +10% or %1").arg(impactText({0.05, false})));
    markImpact(edit, true);
    return edit;
}

void PropertiesPanel::connectReviewFields()
{
    connect(m_targetValue, &NumberField::valueEdited, this, [this](std::optional<double> value) {
        editTarget(u"target.value"_s, [value](Target &t) { t.value = value; });
    });
    connect(m_targetValue, &QLineEdit::editingFinished, this, [this] {
        finishNumber(m_targetValue, [this] { editTarget(u"target.value"_s, [](Target &t) { t = Target{}; }); });
    });
    connect(m_targetDate, &QDateEdit::dateChanged, this, [this] {
        editTarget(u"target.date"_s, [date = m_targetDate->optionalDate()](Target &t) { t.date = date; });
    });
    connect(m_baselineValue, &NumberField::valueEdited, this, [this](std::optional<double> value) {
        editTarget(u"target.baselineValue"_s, [value](Target &t) { t.baselineValue = value; });
    });
    connect(m_baselineValue, &QLineEdit::editingFinished, this, [this] {
        finishNumber(m_baselineValue, [this] {
            editTarget(u"target.baselineValue"_s, [](Target &t) {
                t.baselineValue.reset();
                t.baselineDate = QDate();
            });
        });
    });
    connect(m_baselineDate, &QDateEdit::dateChanged, this, [this] {
        editTarget(u"target.baselineDate"_s, [date = m_baselineDate->optionalDate()](Target &t) { t.baselineDate = date; });
    });

    connect(m_boundSide, &QComboBox::activated, this, [this](int index) {
        const auto side = static_cast<GuardrailBound::Side>(m_boundSide->itemData(index).toInt());
        editBound(u"side"_s, [side](std::optional<GuardrailBound> &b) {
            if (b)
                b->side = side;  // without a value there is no bound yet: the choice waits for one
        });
    });
    connect(m_boundValue, &NumberField::valueEdited, this, [this](std::optional<double> value) {
        const auto side = static_cast<GuardrailBound::Side>(m_boundSide->currentData().toInt());
        editBound(u"value"_s, [side, value](std::optional<GuardrailBound> &b) {
            b = value ? std::optional(GuardrailBound{side, *value}) : std::nullopt;
        });
    });
    connect(m_boundValue, &QLineEdit::editingFinished, this, [this] { finishNumber(m_boundValue, {}); });
    connect(m_leverage, &QLineEdit::editingFinished, this, [this] { finishNumber(m_leverage, {}); });

    connect(m_impact, &QLineEdit::textEdited, this, &PropertiesPanel::editImpact);
    connect(m_impact, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        readImpact(m_impact->text(), &ok);
        if (!ok)
            refresh();  // what is stored comes back
    });
}

void PropertiesPanel::showTarget(const Metric &metric)
{
    const Target &t = metric.target;
    m_targetValue->setValue(t.value);
    m_targetDate->setOptionalDate(t.date);
    m_baselineValue->setValue(t.baselineValue);
    m_baselineDate->setOptionalDate(t.baselineDate);
    showUnit(m_targetUnit, metric.unit);
    showUnit(m_baselineUnit, metric.unit);
    // A date or a baseline means something only with a value to reach (and a baseline date
    // only with a baseline); fields holding something stay open so it can be seen and fixed.
    m_targetDate->setEnabled(t.value || t.date.isValid());
    m_baselineValue->setEnabled(t.value || t.baselineValue);
    m_baselineDate->setEnabled(t.baselineValue || t.baselineDate.isValid());
    m_targetHint->setText(t.value && !t.date.isValid() ? tr("Pick the date to reach the target by.")
                          : t.baselineValue && !t.baselineDate.isValid()
                              ? tr("Pick the date the baseline was measured.")
                          : !t.baselineValue
                              ? tr("Without a baseline, the review starts from the first complete period of data.")
                              : QString());
    m_targetHint->setVisible(!m_targetHint->text().isEmpty());
}

void PropertiesPanel::showGuardrailBound(const Tree &tree)
{
    const Metric *guardrail = m_document->data().metric(tree.guardrailMetricId);
    const std::optional<GuardrailBound> &bound = tree.guardrailBound;
    // No guardrail, nothing to bound (a bound left over stays visible to be cleared).
    m_boundRow->setEnabled(guardrail || bound);
    if (bound)
        setComboData(m_boundSide, static_cast<int>(bound->side));
    m_boundValue->setValue(bound ? std::optional(bound->value) : std::nullopt);
    showUnit(m_boundUnit, guardrail ? guardrail->unit : QString());
}

void PropertiesPanel::showImpact(const Node &node)
{
    bool ok = false;
    const auto typed = readImpact(m_impact->text(), &ok);
    // "+10.0%" being typed is not rewritten to "+10%" under the cursor.
    if (m_impact->hasFocus() && ok && typed == node.impact)
        return;
    const QString shown = node.impact ? impactText(*node.impact) : QString();
    if (m_impact->text() != shown)
        m_impact->setText(shown);
    markImpact(m_impact, true);
}

void PropertiesPanel::editTarget(const QString &field, const std::function<void(Target &)> &change)
{
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_nodeId);
    const Metric *metric = node && node->kind != NodeKind::Work ? workspace.metric(node->metricId) : nullptr;
    if (m_updating || !metric)
        return;
    Metric after = *metric;
    change(after.target);
    if (after == *metric)
        return;
    Edit::updateMetric(*m_document, after, mergeKey("metric", metric->id, field));
}

void PropertiesPanel::editBound(const QString &field,
                                const std::function<void(std::optional<GuardrailBound> &)> &change)
{
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_nodeId);
    const Tree *tree = node && node->kind == NodeKind::NorthStar ? workspace.tree(node->treeId) : nullptr;
    if (m_updating || !tree)
        return;
    Tree after = *tree;
    change(after.guardrailBound);
    if (after == *tree)
        return;
    Edit::updateTree(*m_document, after, mergeKey("tree", tree->id, u"guardrailBound."_s + field));
}

void PropertiesPanel::editImpact(const QString &text)
{
    const Node *node = m_document->data().node(m_nodeId);
    if (m_updating || !node || node->kind != NodeKind::Work)
        return;
    bool ok = false;
    const auto impact = readImpact(text, &ok);
    markImpact(m_impact, ok);
    if (!ok || impact == node->impact)
        return;
    Node after = *node;
    after.impact = impact;
    Edit::updateNode(*m_document, after, mergeKey("node", node->id, u"impact"_s));
}

void PropertiesPanel::finishNumber(const NumberField *field, const std::function<void()> &whenEmpty)
{
    if (m_updating)
        return;
    if (whenEmpty && field->isAcceptable() && field->text().trimmed().isEmpty())
        whenEmpty();
    else
        refresh();  // "40000" left behind reads "40,000"; text that is no number goes back
}

} // namespace NorthStar
