// PropertiesPanel: filling the fields from the model and turning edits into Edit:: calls.

#include "panels/propertiespanel.h"

#include "panels/computationeditor.h"
#include "panels/numberfield.h"
#include "panels/optionaldateedit.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSet>
#include <QStackedWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

enum Page { EmptyPage, SummaryPage, MetricPage, WorkPage };

// Only touch a field whose text differs: rewriting the text under the cursor while someone
// types would move the cursor.
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

const Edge *parentEdge(const WorkspaceData &workspace, Id nodeId)
{
    for (const Edge &e : workspace.edgesAt(nodeId)) {
        if (e.childId == nodeId)
            return workspace.edge(e.id);
    }
    return nullptr;
}

} // namespace

void PropertiesPanel::setComboData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

QString PropertiesPanel::mergeKey(const char *entity, Id id, const QString &field)
{
    return u"%1-%2-%3"_s.arg(QLatin1StringView(entity)).arg(id).arg(field);
}

bool PropertiesPanel::shows(const ChangeSet &change) const
{
    const WorkspaceData &workspace = m_document->data();
    const QList<Id> &selection = m_document->selection();
    for (const EntityChange<Node> &c : change.nodes) {
        // A selected card's fields or kind (the summary counts kinds); not its place.
        if (selection.contains(c.after ? c.after->id : c.before->id) && !ChangeSet::placesOnly(c))
            return true;
    }
    const Node *node = workspace.node(m_nodeId);
    if (!node)
        return false;  // the hint or the summary: a card that went away changes the selection
    for (const EntityChange<Edge> &c : change.edges) {
        // Its link to the parent (metric page) or the inputs it serves (work page).
        if ((c.before && c.before->childId == m_nodeId) || (c.after && c.after->childId == m_nodeId))
            return true;
    }
    for (const EntityChange<Tree> &c : change.trees) {
        if ((c.after ? c.after->id : c.before->id) == node->treeId)
            return true;  // game and guardrail
    }
    QSet<Id> metrics;  // the metrics whose names or fields the page shows
    if (node->kind == NodeKind::Work) {
        // The inputs it may serve, by name: one added, removed or renamed.
        for (const EntityChange<Node> &c : change.nodes) {
            const Node &n = c.after ? *c.after : *c.before;
            if (n.treeId == node->treeId && n.kind == NodeKind::Input && (!c.before || !c.after))
                return true;
        }
        for (const Node &n : workspace.nodesOfTree(node->treeId)) {
            if (n.kind == NodeKind::Input)
                metrics.insert(n.metricId);
        }
    } else {
        // The guardrail field offers every metric's name.
        if (node->kind == NodeKind::NorthStar && !change.metrics.isEmpty())
            return true;
        metrics.insert(node->metricId);
        if (const Edge *edge = parentEdge(workspace, node->id)) {
            if (const Node *parent = workspace.node(edge->parentId))
                metrics.insert(parent->metricId);  // the link's title names it
        }
    }
    const QSet<Id> touched = change.touchedMetricIds();
    return touched.intersects(metrics);
}

void PropertiesPanel::connectMetricPage()
{
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) { editMetricText(u"name"_s, t); });
    connect(m_unit, &QLineEdit::textEdited, this, [this](const QString &t) { editMetricText(u"unit"_s, t); });
    connect(m_owner, &QLineEdit::textEdited, this, [this](const QString &t) { editMetricText(u"owner"_s, t); });
    connect(m_definition, &QPlainTextEdit::textChanged, this,
            [this] { editMetricText(u"definition"_s, m_definition->toPlainText()); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { editMetricText(u"notes"_s, m_notes->toPlainText()); });
    connect(m_dimension, &QComboBox::activated, this, &PropertiesPanel::editDimension);
    connect(m_game, &QComboBox::activated, this, &PropertiesPanel::editGame);
    connect(m_guardrail, &QLineEdit::editingFinished, this, &PropertiesPanel::editGuardrail);
    connect(m_leverage, &NumberField::valueEdited, this, &PropertiesPanel::editLeverage);
    connect(m_theory, &QPlainTextEdit::textChanged, this, &PropertiesPanel::editTheory);
    // A name cleared and left empty comes back.
    connect(m_name, &QLineEdit::editingFinished, this, &PropertiesPanel::refresh);
}

void PropertiesPanel::connectWorkPage()
{
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) { editWorkText(u"title"_s, t); });
    connect(m_workOwner, &QLineEdit::textEdited, this, [this](const QString &t) { editWorkText(u"owner"_s, t); });
    connect(m_rationale, &QPlainTextEdit::textChanged, this,
            [this] { editWorkText(u"expectedImpact"_s, m_rationale->toPlainText()); });
    connect(m_workType, &QComboBox::activated, this, &PropertiesPanel::editWorkType);
    connect(m_status, &QComboBox::activated, this, &PropertiesPanel::editStatus);
    connect(m_shipDate, &OptionalDateEdit::dateChanged, this, &PropertiesPanel::editShipDate);
    connect(m_serves, &QListWidget::itemChanged, this, &PropertiesPanel::editServes);
    connect(m_title, &QLineEdit::editingFinished, this, &PropertiesPanel::refresh);
}

void PropertiesPanel::showMetricNode(const Node &node)
{
    const QScopedValueRollback guard(m_updating, true);
    const WorkspaceData &workspace = m_document->data();
    const Metric *metric = workspace.metric(node.metricId);
    const Metric m = metric ? *metric : Metric{};
    const bool input = node.kind == NodeKind::Input;
    m_metricHeading->setText(input ? tr("Input metric") : tr("North Star Metric"));
    setText(m_name, m.name);
    setText(m_definition, m.definition);
    setText(m_unit, m.unit);
    setText(m_owner, m.owner);
    setText(m_notes, m.notes);
    setComboData(m_dimension, static_cast<int>(m.dimension));
    showTarget(m);
    m_computation->setMetric(metric ? metric->id : 0);
    m_computationGroup->setVisible(metric != nullptr);
    m_dimension->setVisible(input);
    if (m_dimensionLabel)
        m_dimensionLabel->setVisible(input);

    const Tree *tree = workspace.tree(node.treeId);
    m_treeGroup->setVisible(!input && tree);
    if (tree) {
        setComboData(m_game, static_cast<int>(tree->game));
        const Metric *guardrail = workspace.metric(tree->guardrailMetricId);
        // A name being typed (committed on Enter or leaving the field) is kept.
        if (!(m_guardrail->hasFocus() && m_guardrail->isModified())) {
            setText(m_guardrail, guardrail ? guardrail->name : QString());
            if (!m_guardrail->hasFocus())
                m_guardrail->home(false);  // a long name shows its beginning, not its end
        }
        QStringList names;
        for (const Metric &candidate : workspace.metrics)
            names.append(candidate.name);
        auto *completer = new QCompleter(names, m_guardrail);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        delete m_guardrail->completer();
        m_guardrail->setCompleter(completer);
        showGuardrailBound(*tree);
    }

    const Edge *edge = input ? parentEdge(workspace, node.id) : nullptr;
    m_linkGroup->setVisible(edge);
    if (!edge || edge->id != m_estimateEdgeId)
        resetEstimate();
    if (edge) {
        const Node *parent = workspace.node(edge->parentId);
        const QString parentName = parent ? workspace.nodeTitle(*parent) : QString();
        m_linkGroup->setTitle(tr("Link to “%1”").arg(
            m_linkGroup->fontMetrics().elidedText(parentName, Qt::ElideRight, 200)));
        m_linkGroup->setToolTip(parentName);
        m_leverage->setValue(edge->leverage);
        setComboData(m_linkConfidence, static_cast<int>(edge->confidence));
        setText(m_theory, edge->theory);
    }
    m_pages->setCurrentIndex(MetricPage);
}

void PropertiesPanel::showWorkNode(const Node &node)
{
    const QScopedValueRollback guard(m_updating, true);
    const WorkspaceData &workspace = m_document->data();
    setText(m_title, node.title);
    setText(m_workOwner, node.owner);
    setText(m_rationale, node.expectedImpact);
    showImpact(node);
    setComboData(m_workType, static_cast<int>(node.workType));
    setComboData(m_status, static_cast<int>(node.status));
    setComboData(m_workConfidence, static_cast<int>(node.confidence));
    m_shipDate->setOptionalDate(node.shipDate);

    m_serves->clear();
    for (const Node &n : workspace.nodesOfTree(node.treeId)) {
        if (n.kind != NodeKind::Input)
            continue;
        auto *item = new QListWidgetItem(workspace.nodeTitle(n), m_serves);
        item->setData(Qt::UserRole, n.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(workspace.edgeBetween(node.id, n.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(item->text());
    }
    // As tall as its rows (up to eight), so the form does not end in an empty box.
    const int rows = std::clamp(m_serves->count(), 1, 8);
    const int rowHeight = m_serves->count() > 0 ? m_serves->sizeHintForRow(0) : m_serves->fontMetrics().height();
    m_serves->setFixedHeight(rows * rowHeight + 2 * m_serves->frameWidth() + 4);
    m_pages->setCurrentIndex(WorkPage);
}

void PropertiesPanel::editMetricText(const QString &field, const QString &value)
{
    if (m_updating)
        return;
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_nodeId);
    const Metric *metric = node ? workspace.metric(node->metricId) : nullptr;
    if (!metric)
        return;
    Metric after = *metric;
    if (field == u"name"_s) {
        if (value.trimmed().isEmpty())
            return;  // a metric keeps a name; editingFinished restores it
        after.name = value;
    } else if (field == u"definition"_s) {
        after.definition = value;
    } else if (field == u"unit"_s) {
        after.unit = value;
    } else if (field == u"owner"_s) {
        after.owner = value;
    } else if (field == u"notes"_s) {
        after.notes = value;
    }
    Edit::updateMetric(*m_document, after, mergeKey("metric", metric->id, field));
}

void PropertiesPanel::editDimension(int index)
{
    const Node *node = m_document->data().node(m_nodeId);
    const Metric *metric = node ? m_document->data().metric(node->metricId) : nullptr;
    if (m_updating || !metric)
        return;
    Metric after = *metric;
    after.dimension = static_cast<Dimension>(m_dimension->itemData(index).toInt());
    Edit::updateMetric(*m_document, after);
}

void PropertiesPanel::editGame(int index)
{
    const Node *node = m_document->data().node(m_nodeId);
    const Tree *tree = node ? m_document->data().tree(node->treeId) : nullptr;
    if (m_updating || !tree)
        return;
    Tree after = *tree;
    after.game = static_cast<Game>(m_game->itemData(index).toInt());
    Edit::updateTree(*m_document, after);
}

void PropertiesPanel::editGuardrail()
{
    const WorkspaceData &workspace = m_document->data();
    const Node *node = workspace.node(m_nodeId);
    const Tree *tree = node ? workspace.tree(node->treeId) : nullptr;
    if (m_updating || !tree || node->kind != NodeKind::NorthStar)
        return;
    const Metric *current = workspace.metric(tree->guardrailMetricId);
    const QString name = m_guardrail->text().trimmed();
    m_guardrail->setModified(false);
    if (name == (current ? current->name : QString()))
        return;
    Edit::setGuardrail(*m_document, tree->id, name);
}

void PropertiesPanel::editLeverage(std::optional<double> value)
{
    const Edge *edge = parentEdge(m_document->data(), m_nodeId);
    if (m_updating || !edge || value == edge->leverage)
        return;
    Edge after = *edge;
    after.leverage = value;
    Edit::updateEdge(*m_document, after, mergeKey("edge", edge->id, u"leverage"_s));
}

void PropertiesPanel::editTheory()
{
    const Edge *edge = parentEdge(m_document->data(), m_nodeId);
    if (m_updating || !edge || edge->theory == m_theory->toPlainText())
        return;
    Edge after = *edge;
    after.theory = m_theory->toPlainText();
    Edit::updateEdge(*m_document, after, mergeKey("edge", edge->id, u"theory"_s));
}

void PropertiesPanel::editWorkText(const QString &field, const QString &value)
{
    const Node *node = m_document->data().node(m_nodeId);
    if (m_updating || !node || node->kind != NodeKind::Work)
        return;
    Node after = *node;
    if (field == u"title"_s) {
        if (value.trimmed().isEmpty())
            return;
        after.title = value;
    } else if (field == u"owner"_s) {
        after.owner = value;
    } else {
        after.expectedImpact = value;
    }
    if (after == *node)
        return;
    Edit::updateNode(*m_document, after, mergeKey("node", node->id, field));
}

void PropertiesPanel::editWorkType(int index)
{
    const Node *node = m_document->data().node(m_nodeId);
    if (m_updating || !node)
        return;
    Node after = *node;
    after.workType = static_cast<WorkType>(m_workType->itemData(index).toInt());
    Edit::updateNode(*m_document, after);
}

void PropertiesPanel::editStatus(int index)
{
    const Node *node = m_document->data().node(m_nodeId);
    if (m_updating || !node)
        return;
    Node after = *node;
    after.status = static_cast<WorkStatus>(m_status->itemData(index).toInt());
    Edit::updateNode(*m_document, after);
}

void PropertiesPanel::editShipDate()
{
    const Node *node = m_document->data().node(m_nodeId);
    if (m_updating || !node)
        return;
    Node after = *node;
    after.shipDate = m_shipDate->optionalDate();
    if (after == *node)
        return;
    Edit::updateNode(*m_document, after, mergeKey("node", node->id, u"shipDate"_s));
}

void PropertiesPanel::editServes(QListWidgetItem *item)
{
    if (m_updating || m_nodeId == 0)
        return;
    const Id inputId = item->data(Qt::UserRole).toLongLong();
    const auto edge = m_document->data().edgeBetween(m_nodeId, inputId);
    if (item->checkState() == Qt::Checked && !edge)
        Edit::connectNodes(*m_document, m_nodeId, inputId);
    else if (item->checkState() == Qt::Unchecked && edge)
        Edit::disconnectEdge(*m_document, edge->id);
}

} // namespace NorthStar
