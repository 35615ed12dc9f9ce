#pragma once

// The live model of one workspace: WorkspaceData plus typed change notification. It is
// changed only by applying ChangeSets (from undo commands) or by replacing it whole (open,
// recovery), so every view can follow it from `changed` and `reset` alone.

#include "model/changeset.h"
#include "model/workspacedata.h"

#include <QObject>

namespace NorthStar {

class WorkspaceModel final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceModel(QObject *parent = nullptr);

    const WorkspaceData &data() const { return m_data; }
    Id allocateId() { return m_data.allocateId(); }

    void apply(const ChangeSet &change);
    void reset(WorkspaceData data);

signals:
    // After a change was applied (forwards or backwards); `change` says what it did.
    void changed(const NorthStar::ChangeSet &change);
    // After the whole content was replaced.
    void wasReset();

private:
    WorkspaceData m_data;
};

} // namespace NorthStar
