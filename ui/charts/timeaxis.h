#pragma once

// A calendar x axis. QDateTimeAxis spaces its ticks evenly, so labels land on arbitrary
// dates ("Mar 14"); people read months. This builds a QCategoryAxis over dateX() values
// with a label on each month start (or each quarter / year when a month would crowd), and on
// days or weeks for short ranges. Bar charts use the same labels over row indexes.

#include "metrics/periodcalendar.h"

#include <QDate>
#include <QList>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace NorthStar::Charts {

struct TimeTick final
{
    QDate date;
    QString label;
};

// Ticks for the dates first..last, at most about `maxTicks` of them.
QList<TimeTick> timeTicks(QDate first, QDate last, int maxTicks);

// An axis over [dateX(first) - pad, dateX(last) + pad] labelled with timeTicks().
QCategoryAxis *makeTimeAxis(QDate first, QDate last, int maxTicks, double padDays);
// Relabels an existing axis for a new visible range (zoom).
void relabelTimeAxis(QCategoryAxis *axis, QDate first, QDate last, int maxTicks);

} // namespace NorthStar::Charts
