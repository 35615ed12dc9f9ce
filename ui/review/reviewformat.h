#pragma once

// How the review page looks, shared by its sections: the guardrail's state in words, the
// calm colours that go with states (never colour alone: every coloured state has its words),
// section titles. Values, changes, dates and target sentences are review/reviewtext.h's, the
// same as the report and `northstar review` write.

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

Tone targetTone(const MetricReview &metric);
// "at most 15: breached" / "at least 0.2: within"; empty without a bound.
QString bound(const MetricReview &metric);
// "28 Jul 2025 to 3 Aug 2025"
QString periodRange(QDate start, QDate end);

QColor color(Tone tone);
// A label's text colour as a style sheet ("color: #...").
QString colorStyle(Tone tone);

// A section's heading ("Why it moved"), larger and bold, with its accessible name.
QLabel *sectionTitle(const QString &text, QWidget *parent);
// Secondary text (captions, empty states), wrapped.
QLabel *mutedLabel(const QString &text, QWidget *parent);

} // namespace NorthStar::ReviewFormat
