#include "panels/propertiespanel.h"

#include "panels/computationeditor.h"
#include "panels/numberfield.h"
#include "panels/optionaldateedit.h"

#include "model/document.h"
#include "model/workspacedata.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace NorthStar {
namespace {

enum Page { EmptyPage, SummaryPage, MetricPage, WorkPage };

QPlainTextEdit *textArea(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QLabel *centredNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A form page in a scroll area of its own: the page shown decides the height to scroll, and
// the form follows the dock's width (long names elide or wrap instead of scrolling sideways).
QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

// Combo boxes as wide as the dock allows, not as their longest entry (German kinds).
void shrinkable(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
}

QFormLayout *form(QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setLabelAlignment(Qt::AlignLeft);
    return layout;
}

} // namespace

PropertiesPanel::PropertiesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(centredNote(tr("Select a card to see its properties"), this))
    , m_summaryLabel(centredNote(QString(), this))
{
    setObjectName(QStringLiteral("propertiesPanel"));
    // The hints fill the dock (centred in what is visible, whatever the forms' heights);
    // each form scrolls on its own.
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_summaryLabel);
    m_pages->addWidget(scrolled(buildMetricPage(), m_pages));
    m_pages->addWidget(scrolled(buildWorkPage(), m_pages));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connectMetricPage();
    connectWorkPage();
    connectReviewFields();
    connect(document, &Document::selectionChanged, this, &PropertiesPanel::refresh);
    connect(document, &Document::currentTreeChanged, this, &PropertiesPanel::refresh);
    connect(document->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        if (shows(change))
            refresh();
    });
    connect(document->model(), &WorkspaceModel::wasReset, this, &PropertiesPanel::refresh);
    refresh();
}

PropertiesPanel::~PropertiesPanel()
{
    // QWidget's destructor takes the focus from a line edit, which then emits editingFinished
    // into this half-destroyed panel (refresh, editGuardrail): an assertion in a Debug build,
    // undefined behaviour in a release one. No child talks to the panel from here on.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QWidget *PropertiesPanel::buildMetricPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    m_metricHeading = new QLabel(page);
    QFont heading = m_metricHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_metricHeading->setFont(heading);
    outer->addWidget(m_metricHeading);

    auto *metricBox = new QWidget(page);
    QFormLayout *f = form(metricBox);
    f->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(metricBox);
    m_name->setObjectName(QStringLiteral("metricName"));
    m_definition = textArea(metricBox, tr("What exactly is counted, for whom, over which period"));
    m_definition->setObjectName(QStringLiteral("metricDefinition"));
    m_unit = new QLineEdit(metricBox);
    m_unit->setPlaceholderText(tr("e.g. teams, %, minutes"));
    m_owner = new QLineEdit(metricBox);
    m_owner->setObjectName(QStringLiteral("metricOwner"));
    m_owner->setPlaceholderText(tr("Who moves this metric"));
    m_dimension = new QComboBox(metricBox);
    m_dimension->setObjectName(QStringLiteral("metricDimension"));
    for (Dimension d : {Dimension::None, Dimension::Breadth, Dimension::Depth, Dimension::Frequency,
                        Dimension::Efficiency})
        m_dimension->addItem(d == Dimension::None ? tr("Not set") : displayName(d), static_cast<int>(d));
    shrinkable(m_dimension);
    m_notes = textArea(metricBox, tr("Anything the room should remember"));
    f->addRow(tr("&Name:"), m_name);
    f->addRow(tr("&Definition:"), m_definition);
    f->addRow(tr("&Unit:"), m_unit);
    f->addRow(tr("&Owner:"), m_owner);
    f->addRow(tr("Dimension:"), m_dimension);
    m_dimensionLabel = qobject_cast<QLabel *>(f->labelForField(m_dimension));
    f->addRow(tr("N&otes:"), m_notes);
    outer->addWidget(metricBox);

    m_targetGroup = new QGroupBox(tr("Target"), page);
    m_targetGroup->setObjectName(QStringLiteral("targetGroup"));
    buildTargetRows(form(m_targetGroup));
    outer->addWidget(m_targetGroup);

    m_computationGroup = new QGroupBox(tr("Computation"), page);
    m_computationGroup->setObjectName(QStringLiteral("computationGroup"));
    auto *computationLayout = new QVBoxLayout(m_computationGroup);
    m_computation = new ComputationEditor(m_document, m_computationGroup);
    computationLayout->addWidget(m_computation);
    outer->addWidget(m_computationGroup);

    m_treeGroup = new QGroupBox(tr("Tree"), page);
    QFormLayout *tf = form(m_treeGroup);
    m_game = new QComboBox(m_treeGroup);
    m_game->setObjectName(QStringLiteral("treeGame"));
    for (Game g : {Game::Unset, Game::Attention, Game::Transaction, Game::Productivity})
        m_game->addItem(g == Game::Unset ? tr("Not chosen") : displayName(g), static_cast<int>(g));
    shrinkable(m_game);
    m_guardrail = new QLineEdit(m_treeGroup);
    m_guardrail->setObjectName(QStringLiteral("treeGuardrail"));
    m_guardrail->setPlaceholderText(tr("The counter metric that must not get worse"));
    tf->addRow(tr("&Game:"), m_game);
    tf->addRow(tr("&Guardrail metric:"), m_guardrail);
    buildGuardrailBoundRow(tf);
    outer->addWidget(m_treeGroup);

    m_linkGroup = new QGroupBox(page);
    QFormLayout *lf = form(m_linkGroup);
    m_leverage = new NumberField(m_linkGroup);
    m_leverage->setObjectName(QStringLiteral("linkLeverage"));
    m_leverage->setSignificantDigits(6);  // an estimate from history has more than anyone reads
    m_leverage->setPlaceholderText(tr("e.g. 0.8"));
    m_leverage->setHint(tr("How strongly this input moves its parent (empty: not estimated)"));
    m_theory = textArea(m_linkGroup, tr("Why moving this input moves its parent"));
    m_theory->setObjectName(QStringLiteral("linkTheory"));
    lf->addRow(tr("&Leverage:"), m_leverage);
    buildLeverageRow(lf);
    m_linkConfidence = buildConfidenceCombo(m_linkGroup, QStringLiteral("linkConfidence"));
    connect(m_linkConfidence, &QComboBox::activated, this, &PropertiesPanel::editLinkConfidence);
    lf->addRow(tr("Con&fidence:"), m_linkConfidence);
    lf->addRow(tr("T&heory:"), m_theory);
    outer->addWidget(m_linkGroup);
    outer->addStretch(1);
    return page;
}

QWidget *PropertiesPanel::buildWorkPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *heading = new QLabel(tr("Work item"), page);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    outer->addWidget(heading);

    auto *box = new QWidget(page);
    QFormLayout *f = form(box);
    f->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("workTitle"));
    m_workType = new QComboBox(box);
    m_workType->setObjectName(QStringLiteral("workType"));
    for (WorkType t : {WorkType::Initiative, WorkType::Experiment, WorkType::Feature})
        m_workType->addItem(displayName(t), static_cast<int>(t));
    shrinkable(m_workType);
    m_workOwner = new QLineEdit(box);
    m_workOwner->setObjectName(QStringLiteral("workOwner"));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("workStatus"));
    for (WorkStatus s : {WorkStatus::Idea, WorkStatus::InProgress, WorkStatus::Shipped})
        m_status->addItem(displayName(s), static_cast<int>(s));
    shrinkable(m_status);
    m_shipDate = new OptionalDateEdit(tr("Not set"), box);
    m_shipDate->setObjectName(QStringLiteral("workShipDate"));
    // The number the review checks the work against; the words say why.
    m_impact = buildImpactField(box);
    m_rationale = textArea(box, tr("Which input should move, and why this work moves it"));
    m_rationale->setObjectName(QStringLiteral("workRationale"));
    m_serves = new QListWidget(box);
    m_serves->setObjectName(QStringLiteral("workServes"));
    m_serves->setToolTip(tr("The inputs this work is meant to move; it may serve several"));
    m_serves->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_serves->setTextElideMode(Qt::ElideRight);
    m_serves->setUniformItemSizes(true);
    f->addRow(tr("&Title:"), m_title);
    f->addRow(tr("T&ype:"), m_workType);
    f->addRow(tr("&Owner:"), m_workOwner);
    f->addRow(tr("&Status:"), m_status);
    f->addRow(tr("Ship &date:"), m_shipDate);
    m_workConfidence = buildConfidenceCombo(box, QStringLiteral("workConfidence"));
    connect(m_workConfidence, &QComboBox::activated, this, &PropertiesPanel::editWorkConfidence);
    f->addRow(tr("Con&fidence:"), m_workConfidence);
    f->addRow(tr("E&xpected impact:"), m_impact);
    f->addRow(tr("&Why:"), m_rationale);
    f->addRow(tr("Ser&ves inputs:"), m_serves);
    outer->addWidget(box);
    outer->addStretch(1);
    return page;
}

void PropertiesPanel::refresh()
{
    const QList<Id> &selection = m_document->selection();
    const Node *node = selection.size() == 1 ? m_document->data().node(selection.constFirst()) : nullptr;
    m_nodeId = node ? node->id : 0;
    if (selection.isEmpty()) {
        m_pages->setCurrentIndex(EmptyPage);
    } else if (!node) {
        showSummary(selection);
    } else if (node->kind == NodeKind::Work) {
        showWorkNode(*node);
    } else {
        showMetricNode(*node);
    }
}

void PropertiesPanel::showSummary(const QList<Id> &selection)
{
    const WorkspaceData &workspace = m_document->data();
    int inputs = 0;
    int work = 0;
    int northStars = 0;
    for (Id id : selection) {
        if (const Node *n = workspace.node(id))
            (n->kind == NodeKind::Work ? work : n->kind == NodeKind::Input ? inputs : northStars)++;
    }
    QStringList parts;
    if (northStars > 0)
        parts.append(tr("the North Star"));
    // Singular and plural spelled out: there is no English plural catalogue to fill "%n".
    if (inputs > 0)
        parts.append(inputs == 1 ? tr("1 input") : tr("%1 inputs").arg(inputs));
    if (work > 0)
        parts.append(work == 1 ? tr("1 work item") : tr("%1 work items").arg(work));
    m_summaryLabel->setText(tr("%1 cards selected").arg(selection.size()) + QStringLiteral("\n")
                            + parts.join(QStringLiteral(", ")));
    m_pages->setCurrentIndex(SummaryPage);
}

} // namespace NorthStar
