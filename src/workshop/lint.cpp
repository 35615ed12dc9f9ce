#include "workshop/lint.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

// The rules, by key:
//   no-north-star             error    the tree has no North Star node
//   north-star-no-definition  warning  the North Star metric has no definition
//   no-guardrail              warning  the tree has no guardrail (counter) metric
//   checklist-against         warning  the chosen North Star's checklist has an answer that
//                                      speaks against it (info when the answer is Unsure)
//   input-count               warning  the North Star has fewer than 3 or more than 5 direct inputs
//   dimension-missing         info     breadth/depth/frequency/efficiency covered by no input
//   input-unlinked            warning  an input drives nothing
//   input-no-definition       warning  an input's metric has no definition
//   input-no-owner            warning  an input has no owner
//   input-no-work             warning  no work item under an input or its sub-inputs (a gap)
//   work-unlinked             warning  a work item linked to no input

namespace NorthStar::Lint {
namespace {

constexpr int minInputs = 3;
constexpr int maxInputs = 5;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Lint)
};

class TreeLinter final
{
public:
    TreeLinter(const WorkspaceData &data, const Tree &tree)
        : m_data(data), m_tree(tree)
    {
        for (const Node &n : data.nodesOfTree(tree.id))
            m_nodes.insert(n.id, n);
        for (const Edge &e : data.edgesOfTree(tree.id)) {
            m_children[e.parentId].append(e.childId);
            m_parents[e.childId].append(e.parentId);
        }
        for (QList<Id> &ids : m_children)
            std::sort(ids.begin(), ids.end());
        m_northStar = data.northStarOf(tree.id);
    }

    QList<Finding> run()
    {
        checkTree();
        for (Id id : nodeOrder())
            checkNode(m_nodes.value(id));
        return m_findings;
    }

private:
    void add(Severity severity, const char *rule, const QString &message, Id nodeId)
    {
        m_findings.append({severity, QString::fromLatin1(rule), message, nodeId});
    }

    const Metric *metricOf(const Node &n) const { return m_data.metric(n.metricId); }

    QString titleOf(const Node &n) const
    {
        const QString title = m_data.nodeTitle(n).trimmed();
        if (!title.isEmpty())
            return title;
        switch (n.kind) {
        case NodeKind::NorthStar: return Text::tr("(untitled North Star)");
        case NodeKind::Input: return Text::tr("(untitled input)");
        case NodeKind::Work: return Text::tr("(untitled work item)");
        }
        return {};
    }

    QList<Id> childrenOfKind(Id id, NodeKind kind) const
    {
        QList<Id> result;
        for (Id child : m_children.value(id)) {
            if (m_nodes.value(child).kind == kind)
                result.append(child);
        }
        return result;
    }

    void checkTree()
    {
        if (!m_northStar) {
            add(Severity::Error, "no-north-star", Text::tr("%1: the tree has no North Star").arg(m_tree.name), 0);
        }
        const Id nsId = m_northStar ? m_northStar->id : 0;
        const QString nsTitle = m_northStar ? titleOf(*m_northStar) : m_tree.name;
        if (m_northStar) {
            const Metric *m = metricOf(*m_northStar);
            if (!m || m->definition.trimmed().isEmpty())
                add(Severity::Warning, "north-star-no-definition",
                    Text::tr("%1: the North Star has no definition (say exactly what is counted and when)")
                        .arg(nsTitle),
                    nsId);
        }
        if (!m_data.metric(m_tree.guardrailMetricId))
            add(Severity::Warning, "no-guardrail",
                Text::tr("%1: no guardrail metric (what must not get worse while the North Star grows?)")
                    .arg(nsTitle),
                nsId);
        if (m_northStar)
            checkChecklist(*m_northStar);
        if (m_northStar) {
            const qsizetype inputs = childrenOfKind(nsId, NodeKind::Input).size();
            if (inputs < minInputs || inputs > maxInputs)
                add(Severity::Warning, "input-count",
                    Text::tr("%1: %n direct input(s); a North Star needs 3 to 5", nullptr, static_cast<int>(inputs))
                        .arg(nsTitle),
                    nsId);
        }
        checkDimensions(nsTitle, nsId);
    }

    void checkChecklist(const Node &northStar)
    {
        const QString title = titleOf(northStar);
        for (const Candidate &c : m_data.candidatesOfTree(m_tree.id)) {
            if (c.metricId != northStar.metricId)
                continue;
            for (int i = 0; i < checklistItemCount; ++i) {
                const auto item = static_cast<ChecklistItem>(i);
                const Answer answer = c.answers[static_cast<std::size_t>(i)];
                if (answer == Answer::Unanswered || answer == goodAnswer(item))
                    continue;
                add(answer == Answer::Unsure ? Severity::Info : Severity::Warning, "checklist-against",
                    Text::tr("%1: checklist answer \"%2\" to \"%3\" speaks against this North Star")
                        .arg(title, NorthStar::displayName(answer), checklistQuestion(item)),
                    northStar.id);
            }
            return;  // a metric is a candidate of a tree at most once
        }
    }

    void checkDimensions(const QString &nsTitle, Id nsId)
    {
        QSet<int> covered;  // Dimension values
        bool anyInput = false;
        for (const Node &n : m_nodes) {
            if (n.kind != NodeKind::Input)
                continue;
            anyInput = true;
            if (const Metric *m = metricOf(n))
                covered.insert(static_cast<int>(m->dimension));
        }
        // A tree without inputs already gets input-count; listing four missing dimensions
        // on top would only be noise.
        if (!anyInput)
            return;
        QStringList missing;
        for (Dimension d : {Dimension::Breadth, Dimension::Depth, Dimension::Frequency, Dimension::Efficiency}) {
            if (!covered.contains(static_cast<int>(d)))
                missing.append(NorthStar::displayName(d));
        }
        if (!missing.isEmpty())
            add(Severity::Info, "dimension-missing",
                Text::tr("%1: no input covers %2").arg(nsTitle, missing.join(u", "_s)), nsId);
    }

    void checkNode(const Node &n)
    {
        if (n.kind == NodeKind::Input)
            checkInput(n);
        else if (n.kind == NodeKind::Work && !hasParentOfKind(n.id, NodeKind::Input))
            add(Severity::Warning, "work-unlinked",
                Text::tr("%1: work item linked to no input").arg(titleOf(n)), n.id);
    }

    void checkInput(const Node &n)
    {
        const QString title = titleOf(n);
        const Metric *m = metricOf(n);
        if (m_parents.value(n.id).isEmpty())
            add(Severity::Warning, "input-unlinked",
                Text::tr("%1: input drives nothing (link it to the North Star or to another input)").arg(title),
                n.id);
        if (!m || m->definition.trimmed().isEmpty())
            add(Severity::Warning, "input-no-definition", Text::tr("%1: input has no definition").arg(title), n.id);
        if (!m || m->owner.trimmed().isEmpty())
            add(Severity::Warning, "input-no-owner", Text::tr("%1: input has no owner").arg(title), n.id);
        QSet<Id> seen;
        if (!hasWorkBelow(n.id, seen))
            add(Severity::Warning, "input-no-work", Text::tr("%1: no work under this input (gap)").arg(title), n.id);
    }

    bool hasParentOfKind(Id id, NodeKind kind) const
    {
        const QList<Id> parents = m_parents.value(id);
        return std::any_of(parents.cbegin(), parents.cend(),
                           [&](Id p) { return m_nodes.value(p).kind == kind; });
    }

    bool hasWorkBelow(Id id, QSet<Id> &seen) const
    {
        for (Id child : m_children.value(id)) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            const NodeKind kind = m_nodes.value(child).kind;
            if (kind == NodeKind::Work)
                return true;
            if (kind == NodeKind::Input && hasWorkBelow(child, seen))
                return true;
        }
        return false;
    }

    // Depth first from the North Star, then whatever it does not reach, in id order.
    QList<Id> nodeOrder() const
    {
        QList<Id> order;
        QSet<Id> seen;
        QList<Id> stack;
        if (m_northStar)
            stack.append(m_northStar->id);
        while (!stack.isEmpty()) {
            const Id id = stack.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            order.append(id);
            const QList<Id> children = m_children.value(id);
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        }
        for (const Node &n : m_nodes) {
            if (!seen.contains(n.id))
                order.append(n.id);
        }
        return order;
    }

    const WorkspaceData &m_data;
    const Tree &m_tree;
    QMap<Id, Node> m_nodes;
    QHash<Id, QList<Id>> m_children;
    QHash<Id, QList<Id>> m_parents;
    const Node *m_northStar = nullptr;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> lintTree(const WorkspaceData &data, Id treeId)
{
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return {};
    return TreeLinter(data, *tree).run();
}

QString toKey(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Error: return u"error"_s;
    }
    return {};
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Text::tr("Info");
    case Severity::Warning: return Text::tr("Warning");
    case Severity::Error: return Text::tr("Error");
    }
    return {};
}

} // namespace NorthStar::Lint
