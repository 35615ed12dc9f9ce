#include "workshop/votetally.h"

#include <QCoreApplication>

#include <algorithm>

namespace NorthStar::VoteTally {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::VoteTally)
};

QString itemName(const WorkspaceData &data, Id itemId)
{
    if (const Node *n = data.node(itemId))
        return data.nodeTitle(*n);
    if (const Metric *m = data.metric(itemId))
        return m->name;
    return {};
}

} // namespace

QList<Entry> ofStep(const WorkspaceData &data, Id stepId)
{
    QList<Entry> entries;
    for (const Vote &v : data.votesOfStep(stepId)) {
        if (v.dots > 0)
            entries.append({v.itemId, itemName(data, v.itemId), v.dots});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.dots != b.dots ? a.dots > b.dots : a.name.localeAwareCompare(b.name) < 0;
    });
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        e.rank = (i > 0 && entries.at(i - 1).dots == e.dots) ? entries.at(i - 1).rank : int(i) + 1;
        e.tied = (i > 0 && entries.at(i - 1).dots == e.dots)
                 || (i + 1 < entries.size() && entries.at(i + 1).dots == e.dots);
    }
    return entries;
}

int placedDots(const WorkspaceData &data, Id stepId)
{
    int total = 0;
    for (const Vote &v : data.votesOfStep(stepId))
        total += std::max(0, v.dots);
    return total;
}

int budget(const Workshop &workshop)
{
    return std::max(0, workshop.participants) * std::max(0, workshop.dotsPerPerson);
}

QString rankText(const Entry &entry)
{
    return entry.tied ? Text::tr("tied %1.").arg(entry.rank) : Text::tr("%1.").arg(entry.rank);
}

} // namespace NorthStar::VoteTally
