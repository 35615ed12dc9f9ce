#include "charts/timeaxis.h"

#include "charts/chartformat.h"
#include "charts/chartstyle.h"

#include <QCategoryAxis>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

QList<TimeTick> timeTicks(QDate first, QDate last, int maxTicks)
{
    QList<TimeTick> ticks;
    if (!first.isValid() || !last.isValid() || last < first)
        return ticks;
    maxTicks = std::max(2, maxTicks);
    const QLocale locale;
    const qint64 days = first.daysTo(last);
    if (days <= qint64(maxTicks) * 7 && days < 62) {
        // Short range: every day or every week.
        const int step = days <= maxTicks ? 1 : 7;
        for (QDate d = first; d <= last; d = d.addDays(step))
            ticks.append({d, locale.toString(d, u"d MMM"_s)});
        return ticks;
    }
    // Months, every 1, 2, 3, 6 or 12, starting on a multiple so labels read Jan/Apr/Jul/Oct.
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    int step = 12;
    for (int candidate : {1, 2, 3, 6, 12}) {
        if (months / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    if (months / step > maxTicks)
        step = 12 * ((months / 12) / maxTicks + 1);
    QDate d(first.year(), first.month(), 1);
    if (d < first)
        d = d.addMonths(1);
    while ((d.month() - 1) % std::min(step, 12) != 0)
        d = d.addMonths(1);
    for (; d <= last; d = d.addMonths(step)) {
        // January (or the first label) carries the year.
        const bool withYear = d.month() == 1 || ticks.isEmpty();
        ticks.append({d, locale.toString(d, withYear ? u"MMM yyyy"_s : u"MMM"_s)});
    }
    return ticks;
}

void relabelTimeAxis(QCategoryAxis *axis, QDate first, QDate last, int maxTicks)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (const TimeTick &tick : timeTicks(first, last, maxTicks)) {
        // Labels must be unique; a label repeated across years gets its year.
        QString label = tick.label;
        if (axis->categoriesLabels().contains(label))
            label = QLocale().toString(tick.date, u"MMM yyyy"_s);
        axis->append(label, dateX(tick.date));
    }
}

QCategoryAxis *makeTimeAxis(QDate first, QDate last, int maxTicks, double padDays)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(dateX(first) - padDays, dateX(last) + padDays);
    axis->setStartValue(dateX(first) - padDays);
    relabelTimeAxis(axis, first, last, maxTicks);
    styleTimeAxis(axis);
    return axis;
}

} // namespace NorthStar::Charts
