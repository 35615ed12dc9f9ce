#include "panels/whatifpanel.h"

#include "analysis/metricscontroller.h"
#include "model/document.h"
#include "model/workspacedata.h"
#include "panels/computationeditor.h"
#include "render/cardnumbers.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSet>
#include <QSlider>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

enum Column { MetricColumn, LatestColumn, ChangeColumn, PercentColumn, ColumnCount };

ValueStyle styleOf(const WorkspaceData &data, const Node &node)
{
    const Metric *metric = data.metric(node.metricId);
    if (!metric)
        return ValueStyle::Ratio;
    const auto kind = metricKindFromName(metric->computation.value(u"kind"_s).toString());
    return valueStyle(kind ? *kind : MetricKind::Formula, metric->unit);
}

QString unitOf(const WorkspaceData &data, const Node &node, ValueStyle style)
{
    const Metric *metric = data.metric(node.metricId);
    const QString unit = metric ? metric->unit.trimmed() : QString();
    return style == ValueStyle::Share || unit == u"%"_s ? QString() : unit;
}

// Absolute changes are often small fractions of a count: shown like a ratio (2 decimals
// under 10), in points for shares.
QString signedChange(double change, ValueStyle style)
{
    if (style == ValueStyle::Share)
        return formatChange(change * 100.0, ValueStyle::Share);
    const QString body = formatMetricValue(change, ValueStyle::Ratio);
    return change > 0 ? u"+"_s + body : body;
}

QString signedPercent(std::optional<double> percent)
{
    return percent ? formatChange(*percent, ValueStyle::Ratio) : QString();
}

} // namespace

WhatIfPanel::WhatIfPanel(Document *document, MetricsController *metrics, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_metrics(metrics)
    , m_debounce(new QTimer(this))
    , m_input(new QComboBox(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_answer(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_missing(new QLabel(this))
{
    setObjectName(u"whatIfPanel"_s);
    m_input->setObjectName(u"whatIfInput"_s);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->setMinimumContentsLength(16);
    m_percent->setObjectName(u"whatIfPercent"_s);
    m_percent->setRange(-99.0, 1000.0);
    m_percent->setDecimals(1);
    m_percent->setSingleStep(5.0);
    m_percent->setSuffix(u" %"_s);
    m_percent->setValue(10.0);
    m_slider->setRange(-50, 50);
    m_slider->setValue(10);
    m_slider->setTickInterval(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_answer->setObjectName(u"whatIfAnswer"_s);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.15);
    m_answer->setFont(answerFont);
    m_table->setObjectName(u"whatIfTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Latest"), tr("Change"), tr("Change %")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    // The numbers take what they need; the names get the rest of the dock and wrap onto more
    // lines rather than end in "…" (German headers leave them little at the default width).
    m_table->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    for (int c = LatestColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_missing->setObjectName(u"whatIfMissing"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("If &input:"), m_input);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_percent);
    moveRow->addWidget(m_slider, 1);
    auto *movesLabel = new QLabel(tr("&Moves by:"), this);
    movesLabel->setBuddy(m_percent);
    form->addRow(movesLabel, moveRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answer);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);

    connect(m_input, &QComboBox::currentIndexChanged, this, &WhatIfPanel::schedule);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_updating) {
            const QScopedValueRollback guard(m_updating, true);
            m_slider->setValue(int(std::lround(value)));
        }
        schedule();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating) {
            const QScopedValueRollback guard(m_updating, true);
            m_percent->setValue(value);
        }
    });
    connect(m_missing, &QLabel::linkActivated, this, &WhatIfPanel::openLink);
    connect(m_debounce, &QTimer::timeout, this, &WhatIfPanel::ask);
    connect(document, &Document::selectionChanged, this, &WhatIfPanel::followSelection);
    connect(document, &Document::currentTreeChanged, this, &WhatIfPanel::fillInputs);
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // The tree's inputs, their links' leverage and metrics, and the settings of the
        // request; a card dragged around or another tree changes no answer.
        if (!change.settings.isEmpty()
            || (change.touchesTree(m_document->currentTreeId(), m_document->data()) && !change.onlyPlacesNodes()))
            fillInputs();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &WhatIfPanel::fillInputs);
    if (metrics) {
        connect(metrics, &MetricsController::whatIfReady, this, &WhatIfPanel::onReady);
        connect(metrics, &MetricsController::requestFailed, this, &WhatIfPanel::onFailed);
        connect(metrics, &MetricsController::dataChanged, this, &WhatIfPanel::schedule);
    }
    fillInputs();
    followSelection();
}

Id WhatIfPanel::inputNodeId() const
{
    return m_input->currentData().toLongLong();
}

void WhatIfPanel::setInputNodeId(Id nodeId)
{
    const int index = m_input->findData(nodeId);
    if (index >= 0)
        m_input->setCurrentIndex(index);
}

double WhatIfPanel::percentChange() const
{
    return m_percent->value();
}

void WhatIfPanel::setPercentChange(double percent)
{
    m_percent->setValue(percent);
}

QString WhatIfPanel::answerText() const
{
    return QTextDocumentFragment::fromHtml(m_answer->text()).toPlainText();
}

QString WhatIfPanel::missingLeverageText() const
{
    return QTextDocumentFragment::fromHtml(m_missing->text()).toPlainText();
}

void WhatIfPanel::fillInputs()
{
    const WorkspaceData &workspace = m_document->data();
    const Id current = inputNodeId();
    QList<QPair<QString, Id>> inputs;
    for (const Node &node : workspace.nodesOfTree(m_document->currentTreeId())) {
        const Metric *metric = workspace.metric(node.metricId);
        if (node.kind == NodeKind::Input && metric && !metric->computation.isEmpty())
            inputs.append({workspace.nodeTitle(node), node.id});
    }
    bool same = inputs.size() == m_input->count();
    for (int i = 0; same && i < inputs.size(); ++i)
        same = m_input->itemText(i) == inputs[i].first && m_input->itemData(i).toLongLong() == inputs[i].second;
    if (!same) {
        const QSignalBlocker blocker(m_input);
        m_input->clear();
        for (const auto &[title, id] : std::as_const(inputs))
            m_input->addItem(title, id);
        m_input->setCurrentIndex(std::max(0, m_input->findData(current)));
    }
    // Leverage or values may have changed: answer again (after the window passed the edit
    // on to the controller, hence the queued timer).
    schedule();
}

void WhatIfPanel::followSelection()
{
    const Node *node = m_document->data().node(m_document->currentNodeId());
    if (node && node->kind == NodeKind::Input)
        setInputNodeId(node->id);
}

void WhatIfPanel::schedule()
{
    m_debounce->start();
}

void WhatIfPanel::ask()
{
    const Id input = inputNodeId();
    m_ticket = 0;
    if (!m_metrics) {
        showMessage(tr("Open a workspace with imported data to ask what-if questions."));
        return;
    }
    if (input == 0) {
        showMessage(tr("Give an input of this tree a computation (Properties → Computation) to ask what-if "
                       "questions about it."));
        return;
    }
    m_ticket = m_metrics->requestWhatIf(input, percentChange(), documentRequest(*m_document, m_metrics));
}

void WhatIfPanel::showMessage(const QString &text)
{
    m_answer->setText(u"<span style='color:gray'>%1</span>"_s.arg(text.toHtmlEscaped()));
    m_table->setRowCount(0);
    m_missing->clear();
    emit answered();
}

void WhatIfPanel::onFailed(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    showMessage(message);
}

void WhatIfPanel::onReady(quint64 ticket, const TreeWhatIf &result)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    const WorkspaceData &workspace = m_document->data();
    const Node *input = workspace.node(inputNodeId());
    const Node *northStar = input ? workspace.northStarOf(input->treeId) : nullptr;
    if (!input || result.changes.empty()) {
        showMessage(tr("No answer for this input."));
        return;
    }

    m_table->setRowCount(int(result.changes.size()));
    const NodeChange *top = nullptr;
    for (int row = 0; row < int(result.changes.size()); ++row) {
        const NodeChange &c = result.changes[std::size_t(row)];
        const Node *node = workspace.node(c.nodeId);
        if (!node)
            continue;
        if (northStar && node->id == northStar->id)
            top = &c;
        const ValueStyle style = styleOf(workspace, *node);
        const QStringList cells{workspace.nodeTitle(*node), formatMetricValue(c.latestValue, style),
                                signedChange(c.absoluteChange, style), signedPercent(c.percentChange)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != MetricColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }

    const QString inputName = u"<b>%1</b>"_s.arg(workspace.nodeTitle(*input).toHtmlEscaped());
    const QString moves = formatChange(percentChange(), ValueStyle::Ratio);
    QString sentence;
    if (!northStar) {
        sentence = tr("This tree has no North Star to move.");
    } else if (!top) {
        sentence = tr("If %1 moves %2, %3 does not move: no link with a leverage leads from it to the North Star.")
                       .arg(inputName, moves, u"<b>%1</b>"_s.arg(workspace.nodeTitle(*northStar).toHtmlEscaped()));
    } else {
        const ValueStyle style = styleOf(workspace, *northStar);
        QString amount = signedChange(top->absoluteChange, style);
        if (const QString unit = unitOf(workspace, *northStar, style); !unit.isEmpty())
            amount += u' ' + unit.toHtmlEscaped();
        const QString nsName = u"<b>%1</b>"_s.arg(workspace.nodeTitle(*northStar).toHtmlEscaped());
        if (!top->percentChange)
            sentence = tr("If %1 moves %2, %3 moves by ≈ <b>%4</b>.").arg(inputName, moves, nsName, amount);
        else if (std::abs(*top->percentChange) < 0.05)
            sentence = tr("If %1 moves %2, %3 moves by <b>less than 0.1%</b> (≈ %4).").arg(inputName, moves, nsName, amount);
        else
            sentence = tr("If %1 moves %2, %3 moves by <b>%4</b> (≈ %5).")
                           .arg(inputName, moves, nsName, signedPercent(top->percentChange), amount);
    }
    m_answer->setText(sentence);

    // The links without leverage on the way up from this input: they pass nothing on.
    QSet<Id> above{input->id};
    QList<Id> pending{input->id};
    while (!pending.isEmpty()) {
        for (Id parent : workspace.parentsOf(pending.takeLast())) {
            if (!above.contains(parent)) {
                above.insert(parent);
                pending.append(parent);
            }
        }
    }
    QStringList links;
    for (Id edgeId : result.edgesWithoutLeverage) {
        const Edge *edge = workspace.edge(edgeId);
        const Node *child = edge ? workspace.node(edge->childId) : nullptr;
        const Node *parent = edge ? workspace.node(edge->parentId) : nullptr;
        if (!child || !parent || !above.contains(child->id))
            continue;
        links.append(u"<a href='edge:%1'>%2 → %3</a>"_s.arg(edgeId).arg(workspace.nodeTitle(*child).toHtmlEscaped(),
                                                             workspace.nodeTitle(*parent).toHtmlEscaped()));
    }
    m_missing->setText(links.isEmpty() ? QString()
                                       : tr("No leverage on %1: these links pass nothing on. Click one to set "
                                            "its leverage in Properties.")
                                             .arg(links.join(u", "_s)));
    emit answered();
}

void WhatIfPanel::openLink(const QString &link)
{
    if (!link.startsWith(u"edge:"_s))
        return;
    const Edge *edge = m_document->data().edge(link.mid(5).toLongLong());
    if (edge)
        m_document->setSelection({edge->childId});
}

} // namespace NorthStar
