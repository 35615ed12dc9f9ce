#pragma once

// The demo workspace for the panel tests: written to a file (the tree and a year of usage
// data) and read back, as the window opens it.

#include "analysis/metricscontroller.h"
#include "common/result.h"
#include "demo/demoworkspace.h"
#include "model/workspacedata.h"
#include "storage/workspacefile.h"

#include <QTemporaryDir>

#include <memory>

namespace NorthStar::ChartFixtures {

// The demo in a temporary folder, read back, with a metrics controller on it.
struct DemoFixture final
{
    QTemporaryDir dir;
    QString path;
    WorkspaceData data;
    std::unique_ptr<MetricsController> metrics;

    // Empty when ready, else what failed.
    QString setUp()
    {
        if (!dir.isValid())
            return dir.errorString();
        path = dir.filePath(QStringLiteral("demo.northstar"));
        if (const Result<void> created = DemoWorkspace::create(path); !created)
            return created.error();
        Result<WorkspaceData> read = WorkspaceFile::read(path);
        if (!read)
            return read.error();
        data = read.value();
        metrics = std::make_unique<MetricsController>();
        metrics->setWorkspace(path, data);
        return {};
    }
};

} // namespace NorthStar::ChartFixtures
