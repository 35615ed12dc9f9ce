#include "charts/lifecyclechart.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"
#include "charts/timeaxis.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

namespace {

QColor tint(const QColor &color)
{
    // A partial period: the same hue, paler, so it reads as "not the whole story".
    QColor c = color;
    c.setAlphaF(0.35);
    return c;
}

} // namespace

LifecycleChart::LifecycleChart(QWidget *parent)
    : FramedChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_timeAxis(new QCategoryAxis)
{
    const ChartStyle &style = ChartStyle::standard();
    const std::array<std::pair<QString, QColor>, 4> parts{{
        {tr("New"), style.lifecycleNew},
        {tr("Returning"), style.lifecycleReturning},
        {tr("Resurrecting"), style.lifecycleResurrecting},
        {tr("Dormant"), style.lifecycleDormant},
    }};
    QList<LegendEntry> legend;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        auto *set = new QBarSet(parts[i].first);
        set->setColor(parts[i].second);
        set->setBorderColor(parts[i].second);
        set->setSelectedColor(tint(parts[i].second));
        m_series->append(set);
        m_sets[i] = set;
        legend.append({LegendEntry::Symbol::Box, parts[i].second, parts[i].first});
    }
    overlay()->setLegend(legend);
    m_series->setBarWidth(0.75);
    chart()->addSeries(m_series);
    // Bars sit at x = row; the labels name months at the rows where they begin.
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleTimeAxis(m_timeAxis);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(valueAxis());
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status)
            overlay()->clearHover();
        else
            overlay()->setHover(std::nullopt, index, hoverText(index), ChartStyle::standard().text);
    });
}

void LifecycleChart::setData(const LifecycleData &data)
{
    m_data = data;
    overlay()->setTitle(m_data.title);
    overlay()->clearHover();
    const auto &rows = m_data.series.rows;
    const auto &counts = m_data.series.lifecycle;
    const int n = int(std::min(rows.size(), counts.size()));
    std::array<QList<qreal>, 4> values;
    double lo = 0, hi = 1;
    for (int row = 0; row < n; ++row) {
        const LifecycleCounts &c = counts[std::size_t(row)];
        values[New].append(qreal(c.newUsers));
        values[Returning].append(qreal(c.returning));
        values[Resurrecting].append(qreal(c.resurrecting));
        values[Dormant].append(qreal(c.dormant));  // already negative (METRICS.md)
        hi = std::max(hi, double(c.newUsers + c.returning + c.resurrecting));
        lo = std::min(lo, double(c.dormant));
    }
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        QBarSet *set = m_sets[i];
        set->deselectAllBars();
        set->remove(0, set->count());
        set->append(values[i]);
        for (int row = 0; row < n; ++row) {
            if (rows[std::size_t(row)].partial)
                set->selectBar(row);
        }
    }
    setValueScale(niceScale(lo, hi, 5), MetricKind::Breadth);
    m_timeAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    m_timeAxis->setStartValue(-0.5);
    setXValueRange(-0.5, std::max(0.5, n - 0.5));
    bool partial = false;
    for (int row = 0; row < n; ++row)
        partial |= rows[std::size_t(row)].partial;
    overlay()->setCaption(partial ? tr("Paler bars: partial periods, the data cover only part of them. "
                                       "Hover a bar for its counts.")
                                  : tr("Hover a bar for its counts."),
                          false);
}

void LifecycleChart::plotAreaChanged(const QRectF &plot)
{
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const auto &rows = m_data.series.rows;
    if (rows.empty())
        return;
    const int maxTicks = std::max(2, int(plot.width() / 90));
    const QList<TimeTick> ticks = timeTicks(rows.front().periodStart, rows.back().periodStart, maxTicks);
    std::size_t row = 0;
    for (const TimeTick &tick : ticks) {
        // The first period starting on or after the tick's date carries its label.
        while (row < rows.size() && rows[row].periodStart < tick.date)
            ++row;
        if (row >= rows.size())
            break;
        if (!m_timeAxis->categoriesLabels().contains(tick.label))
            m_timeAxis->append(tick.label, double(row));
    }
}

QString LifecycleChart::hoverText(int row) const
{
    const auto &rows = m_data.series.rows;
    if (row < 0 || row >= int(std::min(rows.size(), m_data.series.lifecycle.size())))
        return {};
    const LifecycleCounts &c = m_data.series.lifecycle[std::size_t(row)];
    const QLocale locale;
    QStringList lines;
    lines << periodLabel(rows[std::size_t(row)].periodStart, m_data.grain);
    lines << tr("New: %1").arg(locale.toString(c.newUsers));
    lines << tr("Returning: %1").arg(locale.toString(c.returning));
    lines << tr("Resurrecting: %1").arg(locale.toString(c.resurrecting));
    lines << tr("Dormant: %1").arg(locale.toString(c.dormant));
    const qint64 net = c.newUsers + c.resurrecting + c.dormant;
    lines << tr("Net change in active users: %1").arg((net > 0 ? u"+"_s : QString()) + locale.toString(net));
    if (rows[std::size_t(row)].partial)
        lines << tr("Partial period: the data cover only part of it");
    return lines.join(u'\n');
}

} // namespace NorthStar
