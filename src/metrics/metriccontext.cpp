#include "metrics/metriccontext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

MetricSeries MetricContext::emptySeries(MetricKind kind) const
{
    MetricSeries series;
    series.kind = kind;
    series.rows.resize(std::size_t(calendar.periodCount()));
    for (int period = 0; period < calendar.periodCount(); ++period) {
        SeriesRow &row = series.rows[std::size_t(period)];
        row.periodStart = calendar.startDate(period);
        row.partial = calendar.isPartial(period);
    }
    return series;
}

Result<std::vector<std::uint8_t>> coreActionMask(const ActivityData &data, const QStringList &events)
{
    std::vector<std::uint8_t> mask(std::size_t(data.eventNames.size()), events.isEmpty() ? 1 : 0);
    for (const QString &event : events) {
        const qsizetype id = data.eventNames.indexOf(event);
        if (id < 0) {
            QStringList known = data.eventNames;
            known.sort();
            return fail(QCoreApplication::translate("Metrics", "Unknown event '%1' in the core action (names match exactly); the data has: %2.")
                            .arg(event, known.join(u", "_s)));
        }
        mask[std::size_t(id)] = 1;
    }
    return mask;
}

} // namespace NorthStar
