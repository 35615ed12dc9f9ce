#pragma once

// The review as plain text that a person reads in a terminal or pastes into a chat
// (`northstar review` without --json): the headline, the inputs, why it moved and the top
// segments, the work verdicts and the disconnects. Translated; numbers as on the cards.

#include "review/review.h"

#include <QLocale>
#include <QString>

namespace NorthStar {

QString reviewText(const Review &review, const QLocale &locale = QLocale());

// The pieces, shared with the window and the report (issue #10).
QString reviewHeadline(const Review &review, const QLocale &locale = QLocale());
QString verdictText(const WorkReview &work, Grain grain);
QString disconnectText(const Disconnect &disconnect, Grain grain);
QString targetStatusText(TargetStatus status);

// Numbers and dates as the text writes them, for views that lay the review out themselves.
QString reviewDateText(const QDate &date, const QLocale &locale = QLocale());          // "16 Nov 2026"
QString metricValueText(const MetricReview &metric, double value, const QLocale &locale = QLocale()); // "1,522"
// The metric's change on the period before: "+35.3%", "+2.1 pt" for a share; empty without one.
QString metricChangeText(const MetricReview &metric, const QLocale &locale = QLocale());
// A signed amount in `metric`'s units (a change, a contribution): "+179", points for a share.
QString signedAmountText(const MetricReview *metric, double value, const QLocale &locale = QLocale());
// "at least 40", "at most 5.0%"; empty without a bound.
QString guardrailBoundText(const MetricReview &metric, const QLocale &locale = QLocale());
// "Week of 16 Nov 2026" / "November 2026": the period that starts on `start`.
QString reviewPeriodTitle(Grain grain, const QDate &start, const QLocale &locale = QLocale());
// "behind: 844 against 1,522 expected by now", "reached: 2.81 against a target of 2.80";
// empty without a target status or a value.
QString targetSentenceText(const MetricReview &metric, const QLocale &locale = QLocale());
// A work item's measured effect against the trend and its expected impact ("+12.3%",
// "+0.20"); empty when there is none.
QString workMeasuredText(const Review &review, const WorkReview &work, const QLocale &locale = QLocale());
QString workExpectedText(const Review &review, const WorkReview &work, const QLocale &locale = QLocale());

} // namespace NorthStar
