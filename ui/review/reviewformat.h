#pragma once

// How the review page writes its numbers and states, shared by its sections: values and
// changes as on the cards (analysis/valueformat.h), target and bound states in words, and the
// calm colours that go with them (never colour alone: every coloured state has its words).

#include "review/review.h"

#include <QColor>
#include <QDate>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace NorthStar::ReviewFormat {

enum class Tone { Neutral, Good, Warning, Bad };

QString value(const MetricReview &metric, double value);
// "+35.3%", "+2.1 pt" for a share, the signed amount when the previous value was 0; empty
// without a change.
QString change(const MetricReview &metric);
// A signed amount in the units of `metric` (points for a share); `metric` may be null.
QString amount(const MetricReview *metric, double value);
// "behind: 844 against 1,522 expected by now"; empty without a target or value.
QString target(const MetricReview &metric);
Tone targetTone(const MetricReview &metric);
// "at most 15: breached" / "at least 0.2: within"; empty without a bound.
QString bound(const MetricReview &metric);
QString date(QDate date);
// "Week of 28 Jul 2025" / "July 2025"
QString periodTitle(Grain grain, QDate start);
// "28 Jul – 3 Aug 2025"
QString periodRange(QDate start, QDate end);

QColor color(Tone tone);
// A label's text colour as a style sheet ("color: #...").
QString colorStyle(Tone tone);

// A section's heading ("Why it moved"), larger and bold, with its accessible name.
QLabel *sectionTitle(const QString &text, QWidget *parent);
// Secondary text (captions, empty states), wrapped.
QLabel *mutedLabel(const QString &text, QWidget *parent);

} // namespace NorthStar::ReviewFormat
