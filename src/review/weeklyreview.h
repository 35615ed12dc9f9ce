#pragma once

// Computes the review of REVIEW.md for one tree and one period from what the metrics
// engine computes, so a node, a chart and the review show the same numbers.
//
//     WorkspaceMetrics metrics(path, data);
//     auto review = computeReview(metrics, {treeId, Grain::Week, QDate(2026, 3, 4)});

#include "analysis/workspacemetrics.h"
#include "common/result.h"
#include "review/review.h"

#include <QDate>

#include <optional>

namespace NorthStar {

struct ReviewOptions final
{
    Id treeId = 0;
    Grain grain = Grain::Week;        // week or month
    std::optional<QDate> periodDate;  // any date inside the period; empty: the latest complete
};

// Errors (a clear message): no such tree, a North Star without a computation, a workspace
// without data, a period outside the data or not complete, a day grain.
Result<Review> computeReview(const WorkspaceMetrics &metrics, const ReviewOptions &options);

} // namespace NorthStar
