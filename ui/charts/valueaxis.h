#pragma once

// The y axis: round tick values ("0, 5k, 10k, 15k") labelled for people. QValueAxis labels
// through a printf format (no thousands separators, no "k"), so the labels are categories of
// a QCategoryAxis placed on round values.

#include "metrics/metricspec.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace NorthStar::Charts {

struct NiceScale final
{
    double min = 0;
    double max = 1;
    double step = 1;
};

// Round bounds and step covering lo..hi with about `ticks` intervals; 0 stays the baseline
// when every value is positive.
NiceScale niceScale(double lo, double hi, int ticks);

QCategoryAxis *makeValueAxis(const NiceScale &scale, MetricKind kind);
void relabelValueAxis(QCategoryAxis *axis, const NiceScale &scale, MetricKind kind);
// The widest tick label in pixels of the chart label font (to align small multiples).
qreal valueAxisLabelWidth(const NiceScale &scale, MetricKind kind);

} // namespace NorthStar::Charts
