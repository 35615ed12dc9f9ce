#pragma once

// A deliberately plain second implementation of REVIEW.md for the review tests. It reads
// the raw generated events (user, UTC instant, event name, value) and the per-user
// attributes, takes the model (trees, nodes, edges, catalog, settings) as a WorkspaceData,
// and writes the JSON object of REVIEW.md's "Output for machines". It computes every metric
// itself from the events (QDateTime per event for local dates, std::map per user and
// period); it links only the model module, so it cannot call src/metrics, src/analysis or
// src/review (the build enforces that).

#include "common/result.h"
#include "model/workspacedata.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace NorthStar::ReviewReference {

struct RawEvent
{
    QString user;
    qint64 utcMs = 0;
    QString event;
    std::optional<double> value;
};

struct RawData
{
    std::vector<RawEvent> events;
    QStringList attributeNames;                                 // the imported attribute columns
    std::map<QString, std::map<QString, QString>> attributes; // user -> attribute -> value (absent: none)
};

struct Options
{
    Id treeId = 0;
    QString grain = QStringLiteral("week"); // week or month
    std::optional<QDate> periodDate;         // any date inside the period; empty: the latest complete
};

// The review as REVIEW.md's JSON object, or why there is none.
Result<QJsonObject> review(const RawData &data, const WorkspaceData &model, const Options &options);

// The segment of the users without a value for an attribute.
inline const QString noneSegment = QStringLiteral("(none)");

} // namespace NorthStar::ReviewReference
