#pragma once

// A workshop-sized tree built directly as data: a North Star, four inputs (one per
// dimension, the last one still without work) and eight work items.

#include "model/workspacedata.h"

namespace NorthStar::Testing {

struct SampleTree final
{
    WorkspaceData data;
    Id treeId = 0;
    Id northStarId = 0;
    QList<Id> inputIds;
    QList<Id> workIds;
};

SampleTree makeSampleTree();

} // namespace NorthStar::Testing
