#include "charts/northstaroverview.h"

#include "charts/chartformat.h"
#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"

#include <QEvent>
#include <QHash>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;


NorthStarOverview::NorthStarOverview(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_chartsArea(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const ChartStyle &style = ChartStyle::standard();
    // The North Star's name over its three dimensions, the hint (or the selected range)
    // beside it: one row, so the short dock keeps its height for the plots.
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(12, 8, 12, 2);
    headerRow->setSpacing(18);
    QFont headerFont = style.titleFont;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);
    QPalette headerPalette = m_header->palette();
    headerPalette.setColor(QPalette::WindowText, style.text);
    m_header->setPalette(headerPalette);
    m_header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    headerRow->addWidget(m_header);
    // One caption for the three charts, so their plots get the same height.
    m_caption->setFont(style.captionFont);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_caption->setContentsMargins(0, 0, 0, 2);
    headerRow->addWidget(m_caption, 1);
    m_legend->setFont(style.captionFont);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_legend->setContentsMargins(0, 0, 0, 2);
    headerRow->addWidget(m_legend);
    layout->addLayout(headerRow);
    layout->addWidget(m_chartsArea, 1);
    m_chartsArea->installEventFilter(this);
    const std::array<NorthStar::Dimension, 3> dimensions{NorthStar::Dimension::Breadth, NorthStar::Dimension::Depth,
                                                         NorthStar::Dimension::Frequency};
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        auto *view = new MetricChartView(m_chartsArea);
        view->setLineColor(style.dimensionColor(dimensions[i]));
        // Only the top chart names the work items and only the bottom one labels time; the
        // marker lines run through all three.
        view->setMarkerLabelsVisible(i == 0);
        view->setTimeLabelsVisible(i + 1 == m_charts.size());
        view->setLegendVisible(false);
        view->setCaptionVisible(false);
        view->setTitleInside(true);
        view->setMinimumSize(120, 0);
        m_charts[i] = view;
    }
    // Room for a plot of two label heights each (the 0 and one value).
    const qreal labelHeight = QFontMetricsF(style.labelFont).height();
    qreal minimum = 0;
    for (const MetricChartView *view : m_charts)
        minimum += view->chromeHeight() + 2 * labelHeight;
    m_chartsArea->setMinimumHeight(int(std::ceil(minimum)));
    for (MetricChartView *view : m_charts)
        connectSync(view);
    QPalette p = palette();
    p.setColor(QPalette::Window, style.background);
    setPalette(p);
    setAutoFillBackground(true);
}

bool NorthStarOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsArea && event->type() == QEvent::Resize)
        layoutCharts();
    return QWidget::eventFilter(watched, event);
}

void NorthStarOverview::layoutCharts()
{
    const QRect area = m_chartsArea->rect();
    qreal chrome = 0;
    for (const MetricChartView *view : m_charts)
        chrome += view->chromeHeight();
    const qreal plot = std::max(0.0, (area.height() - chrome) / qreal(m_charts.size()));
    qreal top = 0;
    for (MetricChartView *view : m_charts) {
        const qreal bottom = top + view->chromeHeight() + plot;
        view->setGeometry(0, int(std::round(top)), area.width(), int(std::round(bottom)) - int(std::round(top)));
        top = bottom;
    }
}

void NorthStarOverview::setData(const QString &title, const std::array<MetricChartData, 3> &charts)
{
    m_title = title;
    m_header->setText(title);
    // One x range for all three, so a date is at the same pixel in each.
    std::optional<QDate> first, last;
    Grain grain = Grain::Week;
    for (const MetricChartData &chartData : charts) {
        if (chartData.series.rows.empty())
            continue;
        grain = chartData.grain;
        const QDate a = chartData.series.rows.front().periodStart;
        const QDate b = chartData.series.rows.back().periodStart;
        first = first ? std::min(*first, a) : a;
        last = last ? std::max(*last, b) : b;
    }
    const double pad = grain == Grain::Day ? 0.5 : grain == Grain::Week ? 3.5 : 15;
    if (first)
        m_fullRange = {dateX(*first) - pad, dateX(*last) + pad};
    m_syncing = true;
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setXRange(m_fullRange.first, m_fullRange.second);
        m_charts[i]->setData(charts[i]);
    }
    m_syncing = false;
    alignCharts();
    updateCaption();
    updateLegend();
}

void NorthStarOverview::updateLegend()
{
    // The symbols as characters in their colours: "│ shipped  ┆ planned  ◆ note".
    const ChartStyle &style = ChartStyle::standard();
    QStringList parts;
    using Symbol = LegendEntry::Symbol;
    // Solid and dashed, per symbol.
    static const QHash<Symbol, std::pair<QString, QString>> glyphs{
        {Symbol::Line, {u"──"_s, u"╌╌"_s}}, {Symbol::HollowPoint, {u"○"_s, u"○"_s}},
        {Symbol::Marker, {u"│"_s, u"┆"_s}}, {Symbol::Box, {u"■"_s, u"■"_s}}, {Symbol::Flag, {u"◆"_s, u"◆"_s}}};
    for (const LegendEntry &entry : m_charts[0]->legendEntries()) {
        const auto glyph = glyphs.value(entry.symbol);
        const QString symbol = entry.dashed ? glyph.second : glyph.first;
        parts << u"<span style=\"color:%1\">%2</span>&nbsp;<span style=\"color:%3\">%4</span>"_s.arg(
            entry.color.name(), symbol, style.text.name(), entry.text.toHtmlEscaped());
    }
    m_legend->setText(parts.join(u"&nbsp;&nbsp;&nbsp;"_s));
}

void NorthStarOverview::setForPicture(bool picture)
{
    m_forPicture = picture;
    updateCaption();
}

QString NorthStarOverview::caption() const
{
    return m_caption->text();
}

void NorthStarOverview::updateCaption()
{
    const ChartStyle &style = ChartStyle::standard();
    QPalette p = m_caption->palette();
    const MetricChartView *top = m_charts[0];
    if (!top->selection() && m_forPicture) {
        p.setColor(QPalette::WindowText, style.text);
        m_caption->setPalette(p);
        QStringList parts;
        const MetricChartView *breadth = m_charts[0];
        if (breadth->latestCompleteRow() >= 0) {
            const QDate start = breadth->data().series.rows[std::size_t(breadth->latestCompleteRow())].periodStart;
            parts << tr("Latest complete period: %1").arg(periodLabel(start, breadth->data().grain));
        }
        for (const MetricChartView *view : m_charts) {
            if (!view->data().series.rows.empty())
                parts << view->data().title.section(u':', 0, 0) + u": "_s + view->latestSummary(false);
        }
        m_caption->setText(parts.join(u'\n'));
        return;
    }
    if (!top->selection()) {
        p.setColor(QPalette::WindowText, style.mutedText);
        m_caption->setPalette(p);
        m_caption->setText(top->isZoomed() ? tr("Zoomed in. Escape shows the whole history.")
                                           : tr("Hover for exact values. Drag across a chart to compare a range."));
        return;
    }
    p.setColor(QPalette::WindowText, style.text);
    m_caption->setPalette(p);
    const auto &rows = top->data().series.rows;
    const Charts::RangeStats &s = *top->selection();
    QString text = tr("%1 to %2")
                       .arg(periodLabel(rows[std::size_t(s.firstRow)].periodStart, top->data().grain),
                            periodLabel(rows[std::size_t(s.lastRow)].periodStart, top->data().grain));
    const std::array<QString, 3> names{tr("breadth"), tr("depth"), tr("frequency")};
    QStringList parts;
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        if (m_charts[i]->selection())
            parts << names[i] + u' ' + m_charts[i]->rangeSummary();
    }
    m_caption->setText(text + u": "_s + parts.join(u";  "_s));
}

void NorthStarOverview::connectSync(MetricChartView *source)
{
    const auto others = [this, source](auto &&apply) {
        if (m_syncing)
            return;
        m_syncing = true;
        for (MetricChartView *view : m_charts) {
            if (view != source)
                apply(view);
        }
        m_syncing = false;
        alignCharts();
    };
    connect(source, &MetricChartView::hoveredRowChanged, this,
            [others](int row) { others([row](MetricChartView *view) { view->hoverRow(row); }); });
    connect(source, &MetricChartView::selectionChanged, this, [source, others] {
        const auto selection = source->selection();
        others([&selection](MetricChartView *view) {
            if (selection)
                view->selectRows(selection->firstRow, selection->lastRow);
            else
                view->clearSelection();
        });
    });
    connect(source, &MetricChartView::selectionChanged, this, [this] {
        if (!m_syncing)
            updateCaption();
    });
    connect(source, &MetricChartView::zoomChanged, this, [this, source, others](bool zoomed) {
        const auto range = zoomed ? source->xRange() : m_fullRange;
        others([range](MetricChartView *view) { view->setXRange(range.first, range.second); });
        updateCaption();
    });
}

void NorthStarOverview::alignCharts()
{
    qreal gutter = 0;
    for (MetricChartView *view : m_charts)
        gutter = std::max(gutter, view->requiredLeftGutter());
    for (MetricChartView *view : m_charts)
        view->setLeftGutter(gutter);
}

void NorthStarOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    alignCharts();
}

} // namespace NorthStar
