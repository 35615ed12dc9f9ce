// PropertiesPanel: how sure the team is (issue #11 §2) that an input moves its parent (the
// link) and that a work item moves its inputs. Low marks a hypothesis the data have not
// confirmed yet; the canvas and the exports draw it dashed.

#include "panels/propertiespanel.h"

#include "model/document.h"
#include "model/edits.h"
#include "model/workspacedata.h"

#include <QComboBox>

namespace NorthStar {
namespace {

const Edge *linkToParent(const WorkspaceData &workspace, Id nodeId)
{
    for (const Edge &e : workspace.edgesAt(nodeId)) {
        if (e.childId == nodeId)
            return workspace.edge(e.id);
    }
    return nullptr;
}

} // namespace

QComboBox *PropertiesPanel::buildConfidenceCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(tr("Not rated"), static_cast<int>(Confidence::Unset));
    combo->addItem(tr("High"), static_cast<int>(Confidence::High));
    combo->addItem(tr("Medium"), static_cast<int>(Confidence::Medium));
    combo->addItem(tr("Low"), static_cast<int>(Confidence::Low));
    combo->setToolTip(tr("How sure the team is. Low: a hypothesis the data have not confirmed yet, drawn "
                         "dashed on the canvas and in exports; medium: long dashes."));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

void PropertiesPanel::editLinkConfidence(int index)
{
    const Edge *edge = linkToParent(m_document->data(), m_nodeId);
    const auto confidence = static_cast<Confidence>(m_linkConfidence->itemData(index).toInt());
    if (m_updating || !edge || edge->confidence == confidence)
        return;
    Edge after = *edge;
    after.confidence = confidence;
    Edit::updateEdge(*m_document, after);
}

void PropertiesPanel::editWorkConfidence(int index)
{
    const Node *node = m_document->data().node(m_nodeId);
    const auto confidence = static_cast<Confidence>(m_workConfidence->itemData(index).toInt());
    if (m_updating || !node || node->kind != NodeKind::Work || node->confidence == confidence)
        return;
    Node after = *node;
    after.confidence = confidence;
    Edit::updateNode(*m_document, after);
}

} // namespace NorthStar
