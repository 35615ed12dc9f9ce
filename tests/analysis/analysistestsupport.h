#pragma once

// Shared by the analysis tests: importing generated rows through the real importer, a
// sample model with computations, running the real `northstar` binary.

#include "model/workspacedata.h"
#include "referencemetrics.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace NorthStar::AnalysisTest {

// Writes `rows` as CSV next to the workspace and imports them with EventImport::run (column
// country as a user attribute; the times carry Z). Returns an error message, or an empty
// string when every row was imported.
QString importRows(const QString &workspace, const QList<Reference::Row> &rows);

// Catalog and tree for the --node tests: "Visitors" (breadth of visit), "Buyers" (breadth
// of purchase), "Purchases per buyer" (depth of purchase), "Buyer share" (formula
// Buyers / Visitors, the North Star), "DE buyers" (breadth of purchase in country DE),
// "Undefined" (no computation), and a work item "Launch promo". Settings as given.
WorkspaceData sampleModel(const QMap<QString, QString> &settings = {});
Id metricIdNamed(const WorkspaceData &data, const QString &name);
Id nodeIdNamed(const WorkspaceData &data, const QString &title);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run northstar(const QStringList &arguments);

} // namespace NorthStar::AnalysisTest
