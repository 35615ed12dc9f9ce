#include "charts/valueaxis.h"

#include "charts/chartformat.h"
#include "charts/chartstyle.h"

#include <QCategoryAxis>
#include <QFontMetricsF>

#include <cmath>

namespace NorthStar::Charts {

namespace {

double niceStep(double rough)
{
    if (rough <= 0 || !std::isfinite(rough))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

template<typename F>
void forEachTick(const NiceScale &scale, F &&f)
{
    const int count = int(std::llround((scale.max - scale.min) / scale.step));
    for (int i = 0; i <= count; ++i) {
        double value = scale.min + i * scale.step;
        if (std::abs(value) < scale.step * 1e-9)
            value = 0;  // no "-0" from rounding
        f(value);
    }
}

} // namespace

NiceScale niceScale(double lo, double hi, int ticks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0)
        hi = lo + 1;
    const double step = niceStep((hi - lo) / std::max(1, ticks));
    return {std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
}

QCategoryAxis *makeValueAxis(const NiceScale &scale, MetricKind kind)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleValueAxis(axis);
    axis->setGridLineVisible(true);
    relabelValueAxis(axis, scale, kind);
    return axis;
}

void relabelValueAxis(QCategoryAxis *axis, const NiceScale &scale, MetricKind kind)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setRange(scale.min, scale.max);
    axis->setStartValue(scale.min);
    forEachTick(scale, [&](double value) {
        QString label = formatCompact(value, kind);
        while (axis->categoriesLabels().contains(label))
            label += QChar(0x200B);  // labels must be unique; a zero-width space keeps the look
        axis->append(label, value);
    });
}

qreal valueAxisLabelWidth(const NiceScale &scale, MetricKind kind)
{
    const QFontMetricsF metrics(ChartStyle::standard().labelFont);
    qreal width = 0;
    forEachTick(scale, [&](double value) { width = std::max(width, metrics.horizontalAdvance(formatCompact(value, kind))); });
    return width;
}

} // namespace NorthStar::Charts
