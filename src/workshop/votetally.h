#pragma once

// The room's dot votes counted: items ranked by dots, with ties shown as ties (standard
// competition ranking: 1, 2, 2, 4), and how many of the room's dots are placed.

#include "model/workspacedata.h"

#include <QList>
#include <QString>

namespace NorthStar::VoteTally {

struct Entry final
{
    Id itemId = 0;
    QString name; // the node's title, or the candidate's metric name
    int dots = 0;
    int rank = 1;      // 1 is most dots; tied items share their rank
    bool tied = false; // another item has the same dots (and dots > 0)
};

// The votes of one step, most dots first (ties by name). Items without dots are left out.
QList<Entry> ofStep(const WorkspaceData &data, Id stepId);
// Dots placed in the step, and the room's budget (participants x dots per person; 0 when the
// facilitator has not set the room's size).
int placedDots(const WorkspaceData &data, Id stepId);
int budget(const Workshop &workshop);
// "1st", "tied 2nd": the entry's rank in words.
QString rankText(const Entry &entry);

} // namespace NorthStar::VoteTally
