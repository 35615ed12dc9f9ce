#include "workshop/treediff.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::TreeDiff)
};

// The tree's nodes from its North Star down (children in the order they were linked, each
// node once), then the ones nothing links to the North Star, by id.
QList<Id> treeOrder(const WorkspaceData &data, Id treeId)
{
    QList<Id> order;
    QSet<Id> seen;
    QList<Id> roots;
    if (const Node *northStar = data.northStarOf(treeId))
        roots.append(northStar->id);
    for (const Node &n : data.nodesOfTree(treeId))
        roots.append(n.id);
    for (Id root : std::as_const(roots)) {
        QList<Id> pending{root};
        while (!pending.isEmpty()) {
            const Id id = pending.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            order.append(id);
            QList<Id> children = data.childrenOf(id);
            std::reverse(children.begin(), children.end());
            pending.append(children);
        }
    }
    return order;
}

QString noun(NodeKind kind)
{
    switch (kind) {
    case NodeKind::NorthStar: return Text::tr("North Star");
    case NodeKind::Input: return Text::tr("input");
    case NodeKind::Work: return Text::tr("work item");
    }
    return {};
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? Text::tr("none") : text;
}

QString targetText(const Target &t)
{
    if (!t.value && !t.date.isValid())
        return Text::tr("none");
    QString text = t.value ? number(*t.value) : u"?"_s;
    if (t.date.isValid())
        text = Text::tr("%1 by %2").arg(text, t.date.toString(Qt::ISODate));
    if (t.baselineValue || t.baselineDate.isValid()) {
        text += u' ' + Text::tr("(from %1 on %2)")
                           .arg(t.baselineValue ? number(*t.baselineValue) : u"?"_s,
                                t.baselineDate.isValid() ? t.baselineDate.toString(Qt::ISODate) : u"?"_s);
    }
    return text;
}

class Differ final
{
public:
    Differ(const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB)
        : m_a(a), m_b(b), m_orderA(treeOrder(a, treeA)), m_orderB(treeOrder(b, treeB))
    {
        match();
    }

    TreeDiff run()
    {
        for (Id idB : std::as_const(m_orderB)) {
            const Node &nb = *m_b.node(idB);
            if (!m_toA.contains(idB)) {
                added(nb);
                continue;
            }
            compare(*m_a.node(m_toA.value(idB)), nb);
        }
        for (Id idA : std::as_const(m_orderA)) {
            if (!m_toB.contains(idA)) {
                const Node &na = *m_a.node(idA);
                const QString title = m_a.nodeTitle(na);
                push(TreeChange::Kind::Removed, idA, 0, title, Text::tr("Removed %1 %2").arg(noun(na.kind), quoted(title)));
            }
        }
        return std::move(m_diff);
    }

private:
    void pair(Id idA, Id idB)
    {
        m_toA.insert(idB, idA);
        m_toB.insert(idA, idB);
    }

    // By id, then a metric node by its record, then by kind and title.
    void match()
    {
        const QSet<Id> inA(m_orderA.cbegin(), m_orderA.cend());
        for (Id idB : std::as_const(m_orderB)) {
            if (inA.contains(idB))
                pair(idB, idB);
        }
        const auto pairBy = [this](auto same) {
            for (Id idB : std::as_const(m_orderB)) {
                if (m_toA.contains(idB))
                    continue;
                const Node &nb = *m_b.node(idB);
                for (Id idA : std::as_const(m_orderA)) {
                    if (!m_toB.contains(idA) && same(*m_a.node(idA), nb)) {
                        pair(idA, idB);
                        break;
                    }
                }
            }
        };
        pairBy([](const Node &na, const Node &nb) {
            return na.kind != NodeKind::Work && nb.kind != NodeKind::Work && na.metricId == nb.metricId;
        });
        pairBy([this](const Node &na, const Node &nb) {
            return (na.kind == NodeKind::Work) == (nb.kind == NodeKind::Work) && m_a.nodeTitle(na) == m_b.nodeTitle(nb);
        });
    }

    void push(TreeChange::Kind kind, Id idA, Id idB, const QString &item, const QString &text)
    {
        m_diff.changes.append(TreeChange{kind, idA, idB, item, text});
    }

    QString parentNames(const WorkspaceData &data, const QList<Id> &parents) const
    {
        QStringList names;
        for (Id id : parents)
            names.append(quoted(data.nodeTitle(*data.node(id))));
        return names.join(u", "_s);
    }

    // The parents of a node of `b`, as ids of `b` (those of `a` mapped, unmatched ones as 0).
    QList<Id> parentsInB(const Node &na) const
    {
        QList<Id> ids;
        for (Id id : m_a.parentsOf(na.id))
            ids.append(m_toB.value(id, 0));
        return ids;
    }

    void added(const Node &nb)
    {
        const QString title = m_b.nodeTitle(nb);
        const QList<Id> parents = m_b.parentsOf(nb.id);
        const QString text = parents.isEmpty()
                                 ? Text::tr("Added %1 %2").arg(noun(nb.kind), quoted(title))
                                 : Text::tr("Added %1 %2 under %3").arg(noun(nb.kind), quoted(title), parentNames(m_b, parents));
        push(TreeChange::Kind::Added, 0, nb.id, title, text);
    }

    void compare(const Node &na, const Node &nb)
    {
        const QString before = m_a.nodeTitle(na);
        const QString title = m_b.nodeTitle(nb);
        const QString item = noun(nb.kind) + u' ' + quoted(title);
        const auto change = [&](TreeChange::Kind kind, const QString &text) { push(kind, na.id, nb.id, title, text); };
        if (before != title)
            change(TreeChange::Kind::Renamed, Text::tr("Renamed %1 %2 to %3").arg(noun(na.kind), quoted(before), quoted(title)));
        if (na.kind != nb.kind)
            change(TreeChange::Kind::KindChanged, Text::tr("Changed %1 from %2 to %3").arg(quoted(title), noun(na.kind), noun(nb.kind)));
        const Metric *ma = na.kind == NodeKind::Work ? nullptr : m_a.metric(na.metricId);
        const Metric *mb = nb.kind == NodeKind::Work ? nullptr : m_b.metric(nb.metricId);
        if (ma && mb && ma->dimension != mb->dimension) {
            change(TreeChange::Kind::DimensionChanged, Text::tr("Dimension of %1: %2 → %3")
                                                           .arg(item, displayName(ma->dimension), displayName(mb->dimension)));
        }
        compareParents(na, nb, item, change);
        if (na.kind == NodeKind::Work && nb.kind == NodeKind::Work) {
            if (na.status != nb.status)
                change(TreeChange::Kind::StatusChanged, Text::tr("Status of %1: %2 → %3")
                                                            .arg(item, displayName(na.status), displayName(nb.status)));
            if (na.shipDate != nb.shipDate)
                change(TreeChange::Kind::ShipDateChanged, Text::tr("Ship date of %1: %2 → %3")
                                                              .arg(item, orNone(na.shipDate.toString(Qt::ISODate)),
                                                                   orNone(nb.shipDate.toString(Qt::ISODate))));
            if (na.confidence != nb.confidence)
                change(TreeChange::Kind::ConfidenceChanged, Text::tr("Confidence in %1: %2 → %3")
                                                                .arg(item, displayName(na.confidence),
                                                                     displayName(nb.confidence)));
        }
        if (ma && mb && !(ma->target == mb->target))
            change(TreeChange::Kind::TargetChanged, Text::tr("Target of %1: %2 → %3")
                                                        .arg(item, targetText(ma->target), targetText(mb->target)));
    }

    template<typename Change>
    void compareParents(const Node &na, const Node &nb, const QString &item, const Change &change)
    {
        QList<Id> was = parentsInB(na);
        QList<Id> is = m_b.parentsOf(nb.id);
        std::sort(was.begin(), was.end());
        std::sort(is.begin(), is.end());
        if (was != is) {
            const QString from = parentNames(m_a, m_a.parentsOf(na.id));
            const QString to = parentNames(m_b, m_b.parentsOf(nb.id));
            const QString text = from.isEmpty() ? Text::tr("Connected %1 to %2").arg(item, to)
                                 : to.isEmpty() ? Text::tr("Disconnected %1 from %2").arg(item, from)
                                                : Text::tr("Moved %1 from %2 to %3").arg(item, from, to);
            change(TreeChange::Kind::Moved, text);
        }
        // Links that are in both: their leverage.
        for (const Edge &eb : m_b.edgesAt(nb.id)) {
            if (eb.childId != nb.id || !m_toA.contains(eb.parentId))
                continue;
            const auto ea = m_a.edgeBetween(na.id, m_toA.value(eb.parentId));
            if (!ea)
                continue;
            const Node &parent = *m_b.node(eb.parentId);
            const QString parentName = parent.kind == NodeKind::NorthStar ? Text::tr("North Star")
                                                                          : quoted(m_b.nodeTitle(parent));
            const auto value = [](const std::optional<double> &v) { return v ? number(*v) : Text::tr("none"); };
            if (ea->leverage != eb.leverage) {
                change(TreeChange::Kind::Reweighted, Text::tr("Leverage of %1 → %2: %3 → %4")
                                                         .arg(quoted(m_b.nodeTitle(nb)), parentName,
                                                              value(ea->leverage), value(eb.leverage)));
            }
            if (ea->confidence != eb.confidence) {
                change(TreeChange::Kind::ConfidenceChanged, Text::tr("Confidence in the link %1 → %2: %3 → %4")
                                                                .arg(quoted(m_b.nodeTitle(nb)), parentName,
                                                                     displayName(ea->confidence),
                                                                     displayName(eb.confidence)));
            }
        }
    }

    const WorkspaceData &m_a;
    const WorkspaceData &m_b;
    const QList<Id> m_orderA;
    const QList<Id> m_orderB;
    QHash<Id, Id> m_toA;  // b's node id -> a's
    QHash<Id, Id> m_toB;  // a's node id -> b's
    TreeDiff m_diff;
};

} // namespace

TreeDiff diffTrees(const WorkspaceData &a, Id treeA, const WorkspaceData &b, Id treeB)
{
    return Differ(a, treeA, b, treeB).run();
}

QString toKey(TreeChange::Kind kind)
{
    switch (kind) {
    case TreeChange::Kind::Added: return u"added"_s;
    case TreeChange::Kind::Removed: return u"removed"_s;
    case TreeChange::Kind::Renamed: return u"renamed"_s;
    case TreeChange::Kind::Moved: return u"moved"_s;
    case TreeChange::Kind::Reweighted: return u"reweighted"_s;
    case TreeChange::Kind::KindChanged: return u"kind"_s;
    case TreeChange::Kind::DimensionChanged: return u"dimension"_s;
    case TreeChange::Kind::StatusChanged: return u"status"_s;
    case TreeChange::Kind::ShipDateChanged: return u"ship-date"_s;
    case TreeChange::Kind::TargetChanged: return u"target"_s;
    case TreeChange::Kind::ConfidenceChanged: return u"confidence"_s;
    }
    return {};
}

} // namespace NorthStar
