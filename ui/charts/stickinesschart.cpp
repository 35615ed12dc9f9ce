#include "charts/stickinesschart.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

StickinessChart::StickinessChart(QWidget *parent)
    : QWidget(parent)
    , m_selectorRow(new QWidget(this))
    , m_view(new StickinessView(this))
{
    m_selector = new QComboBox(m_selectorRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *row = new QHBoxLayout(m_selectorRow);
    row->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Period:"), m_selectorRow);
    label->setBuddy(m_selector);
    row->addWidget(label);
    row->addWidget(m_selector);
    row->addStretch(1);
    layout->addWidget(m_selectorRow);
    layout->addWidget(m_view, 1);
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setPeriod(m_selector->itemData(index).toInt());
    });
}

void StickinessChart::setSelectorVisible(bool visible)
{
    m_selectorRow->setVisible(visible);
}

int StickinessChart::defaultPeriod(const StickinessData &data)
{
    if (data.byK.empty() || data.byK.front().rows.empty())
        return -1;
    const auto &rows = data.byK.front().rows;
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (!rows[std::size_t(row)].partial)
            return row;
    }
    return int(rows.size()) - 1;  // only partial periods: show the latest anyway
}

void StickinessChart::setData(const StickinessData &data)
{
    m_data = data;
    m_period = defaultPeriod(m_data);
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    if (!m_data.byK.empty()) {
        const auto &rows = m_data.byK.front().rows;
        // Latest first: the period people ask about is at the top.
        for (int row = int(rows.size()) - 1; row >= 0; --row) {
            QString text = periodLabel(rows[std::size_t(row)].periodStart, m_data.grain);
            if (rows[std::size_t(row)].partial)
                text += u' ' + tr("(partial)");
            m_selector->addItem(text, row);
        }
        m_selector->setCurrentIndex(m_selector->findData(m_period));
    }
    m_selector->setEnabled(m_selector->count() > 1);
    redraw();
}

void StickinessChart::setPeriod(int row)
{
    if (m_data.byK.empty() || row < 0 || row >= int(m_data.byK.front().rows.size()) || row == m_period)
        return;
    m_period = row;
    const QSignalBlocker blocker(m_selector);
    m_selector->setCurrentIndex(m_selector->findData(row));
    redraw();
    emit periodChanged(row);
}

QList<double> StickinessChart::histogram() const
{
    QList<double> counts;
    if (m_period < 0)
        return counts;
    const QDate start = m_data.byK.front().rows[std::size_t(m_period)].periodStart;
    const int days = std::min(periodDays(start, m_data.grain), int(m_data.byK.size()));
    for (int k = 1; k <= days; ++k) {
        const auto &rows = m_data.byK[std::size_t(k - 1)].rows;
        const auto &value = std::size_t(m_period) < rows.size() ? rows[std::size_t(m_period)].value : std::nullopt;
        counts.append(value.value_or(0));
    }
    return counts;
}

void StickinessChart::redraw()
{
    const QList<double> counts = histogram();
    QString caption;
    if (m_period >= 0) {
        const SeriesRow &row = m_data.byK.front().rows[std::size_t(m_period)];
        double users = 0, days = 0;
        for (int i = 0; i < counts.size(); ++i) {
            users += counts[i];
            days += counts[i] * (i + 1);
        }
        caption = periodLabel(row.periodStart, m_data.grain) + u": "_s
                  + tr("%1 active users").arg(formatReadable(users, {}, MetricKind::Breadth));
        if (users > 0)
            caption += u"  ·  "_s + tr("mean %1 active days").arg(formatReadable(days / users, {}, MetricKind::Frequency));
        if (row.partial)
            caption += u"  ·  "_s + tr("partial period: the data cover only part of it");
    }
    m_view->setHistogram(m_data.title, caption, counts, m_data.grain);
}

StickinessView::StickinessView(QWidget *parent)
    : FramedChartView(parent)
    , m_series(new QBarSeries)
    , m_set(new QBarSet(tr("Active users")))
    , m_categories(new QCategoryAxis)
{
    const ChartStyle &style = ChartStyle::standard();
    m_set->setColor(style.dimensionColor(Dimension::Frequency));
    m_set->setBorderColor(style.dimensionColor(Dimension::Frequency));
    m_set->setLabelColor(style.text);
    m_set->setLabelFont(style.labelFont);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart()->addSeries(m_series);
    m_categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleTimeAxis(m_categories);
    chart()->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(valueAxis());
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *) { showHover(status, index); });
}

void StickinessView::setHistogram(const QString &title, const QString &caption, const QList<double> &counts, Grain grain)
{
    m_counts = counts;
    m_grain = grain;
    overlay()->setTitle(title);
    overlay()->setCaption(caption, true);
    overlay()->clearHover();
    m_categories->setRange(-0.5, std::max(0.5, counts.size() - 0.5));
    m_categories->setStartValue(-0.5);
    m_set->remove(0, m_set->count());
    m_set->append(counts);
    // Counts of people: whole numbers with separators above each bar.
    m_series->setLabelsPrecision(12);
    double top = 1;
    for (double c : counts)
        top = std::max(top, c);
    setValueScale(niceScale(0, top * 1.18, 4), MetricKind::Breadth);  // room for the count above the bar
    setXValueRange(-0.5, std::max(0.5, counts.size() - 0.5));
    // The x axis needs a name; a legend entry says it without an axis title's extra row.
    const QString meaning = grain == Grain::Week    ? tr("users by active days in the week")
                            : grain == Grain::Month ? tr("users by active days in the month")
                                                    : tr("users by active days");
    overlay()->setLegend({{LegendEntry::Symbol::Box, ChartStyle::standard().dimensionColor(Dimension::Frequency), meaning}});
}

void StickinessView::plotAreaChanged(const QRectF &)
{
    for (const QString &label : m_categories->categoriesLabels())
        m_categories->remove(label);
    for (int k = 1; k <= m_counts.size(); ++k)
        m_categories->append(QString::number(k), k - 1);
}

void StickinessView::showHover(bool status, int index)
{
    if (!status || index < 0 || index >= m_counts.size()) {
        overlay()->clearHover();
        return;
    }
    double total = 0;
    for (double c : std::as_const(m_counts))
        total += c;
    QString text = (index == 0 ? tr("Active on exactly 1 day") : tr("Active on exactly %1 days").arg(index + 1)) + u'\n'
                   + formatValue(m_counts[index], tr("users"), MetricKind::Breadth);
    if (total > 0)
        text += u" ("_s + QLocale().toString(m_counts[index] / total * 100, 'f', 1) + u"%)"_s;
    overlay()->setHover(std::nullopt, index, text, ChartStyle::standard().dimensionColor(Dimension::Frequency));
}

} // namespace NorthStar
