#include "panels/lintpanel.h"

#include "model/document.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

constexpr int nodeIdRole = Qt::UserRole;

QStyle::StandardPixmap iconFor(Lint::Severity severity)
{
    switch (severity) {
    case Lint::Severity::Error: return QStyle::SP_MessageBoxCritical;
    case Lint::Severity::Warning: return QStyle::SP_MessageBoxWarning;
    case Lint::Severity::Info: return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

LintPanel::LintPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"lintFindings"_s);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideNone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemActivated, this, &LintPanel::activate);
    connect(m_list, &QListWidget::itemClicked, this, &LintPanel::activate);
    connect(doc->model(), &WorkspaceModel::changed, this, [this](const ChangeSet &change) {
        // The rules read the tree on screen and the metrics it shows, not where cards stand.
        if (change.touchesTree(m_doc->currentTreeId(), m_doc->data()) && !change.onlyPlacesNodes())
            refresh();
    });
    connect(doc->model(), &WorkspaceModel::wasReset, this, &LintPanel::refresh);
    connect(doc, &Document::currentTreeChanged, this, &LintPanel::refresh);
    refresh();
}

void LintPanel::refresh()
{
    const Id treeId = m_doc->currentTreeId();
    QList<Lint::Finding> findings = Lint::lintTree(m_doc->data(), treeId);
    // Most edits change no finding; leaving the list alone keeps its scroll position and
    // current row.
    if (findings == m_findings && treeId == m_treeId)
        return;
    const bool countChanged = findings.size() != m_findings.size();
    m_findings = std::move(findings);
    m_treeId = treeId;

    m_list->clear();
    for (const Lint::Finding &f : std::as_const(m_findings)) {
        auto *item = new QListWidgetItem(style()->standardIcon(iconFor(f.severity)), f.message, m_list);
        item->setData(nodeIdRole, f.nodeId);
        item->setToolTip(u"%1 (%2)"_s.arg(Lint::displayName(f.severity), f.rule));
    }
    if (!m_doc->data().tree(treeId))
        m_summary->setText(tr("No tree is open."));
    else if (m_findings.isEmpty())
        m_summary->setText(tr("No findings: this tree follows the workshop rules."));
    else
        m_summary->setText(tr("%n finding(s). Click one to select its card.", nullptr, findingCount()));
    if (countChanged)
        emit findingCountChanged(findingCount());
}

void LintPanel::activate(QListWidgetItem *item)
{
    const Id nodeId = item ? item->data(nodeIdRole).toLongLong() : 0;
    if (nodeId != 0 && m_doc->data().node(nodeId))
        m_doc->setSelection({nodeId});
}

} // namespace NorthStar
