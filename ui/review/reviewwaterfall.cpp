#include "review/reviewwaterfall.h"

#include "charts/chartstyle.h"
#include "review/reviewformat.h"
#include "review/reviewtext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace NorthStar {

// Writes each step's value at the end of its bar (series labels would also label the
// invisible base of every bar).
class WaterfallChartView final : public QChartView
{
public:
    using QChartView::QChartView;
    QList<ReviewWaterfall::Step> steps;
    QAbstractSeries *series = nullptr;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        if (!series || steps.isEmpty())
            return;
        painter->save();
        painter->setFont(Charts::ChartStyle::standard().captionFont);
        painter->setPen(Charts::ChartStyle::standard().text);
        const QFontMetricsF metrics(painter->font());
        const QRectF plot = chart()->plotArea();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const ReviewWaterfall::Step &s = steps.at(i);
            const double category = double(steps.size() - 1 - i); // the first step on top
            const QPointF end = chart()->mapToPosition(QPointF(std::max(s.from, s.to), category), series);
            const double width = metrics.horizontalAdvance(s.label);
            double x = end.x() + 8;
            if (x + width > plot.right())
                x = chart()->mapToPosition(QPointF(std::min(s.from, s.to), category), series).x() - 8 - width;
            painter->drawText(QPointF(std::max(plot.left() + 2, x), end.y() + metrics.ascent() / 2 - 1), s.label);
        }
        painter->restore();
    }
};

namespace {

QString nothingAttributed(const Review &review, const Contribution &c)
{
    QStringList lines{ReviewWaterfall::tr("Nothing is attributed: the North Star is neither a formula of its inputs "
                                          "nor linked to them with a leverage. The inputs moved:")};
    for (const ContributionPart &p : c.parts) {
        const MetricReview *m = review.metricOfNode(p.nodeId);
        lines << (p.change ? ReviewWaterfall::tr("%1 %2").arg(p.name, signedAmountText(m, *p.change))
                           : ReviewWaterfall::tr("%1: no change").arg(p.name));
    }
    return lines.join(u"\n  "_s);
}

// The splits of inputs that have inputs of their own, one line each.
QStringList subContributions(const Review &review)
{
    QStringList lines;
    const MetricReview *ns = review.northStar();
    for (const Contribution &c : review.contributions) {
        if (ns && c.parentNodeId == ns->nodeId)
            continue;
        const MetricReview *parent = review.metricOfNode(c.parentNodeId);
        if (!c.change)
            continue;
        QStringList parts;
        for (const ContributionPart &p : c.parts) {
            if (p.contribution)
                parts << ReviewWaterfall::tr("%1 %2").arg(p.name, signedAmountText(parent, *p.contribution));
        }
        if (c.unexplained)
            parts << ReviewWaterfall::tr("not explained %1").arg(signedAmountText(parent, *c.unexplained));
        if (!parts.isEmpty())
            lines << ReviewWaterfall::tr("%1 %2: %3").arg(c.parent, signedAmountText(parent, *c.change), parts.join(u", "_s));
    }
    return lines;
}

} // namespace

ReviewWaterfall::ReviewWaterfall(QWidget *parent)
    : QWidget(parent), m_view(new WaterfallChartView(this)), m_note(ReviewFormat::mutedLabel({}, this)),
      m_movers(new QLabel(this))
{
    m_view->setObjectName(u"reviewWaterfall"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Why it moved"));
    m_movers->setObjectName(u"reviewMovers"_s);
    m_movers->setTextFormat(Qt::RichText);
    m_movers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_movers->setWordWrap(true);
    m_movers->setMinimumWidth(260);
    m_movers->setFocusPolicy(Qt::StrongFocus);
    m_movers->setAccessibleName(tr("Top segments"));
    m_note->setObjectName(u"reviewWaterfallNote"_s);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_view, 1);
    left->addWidget(m_note);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(left, 3);
    layout->addWidget(m_movers, 1);
}

QString ReviewWaterfall::noteText() const { return m_note->text(); }
QString ReviewWaterfall::moversText() const { return m_movers->text(); }

void ReviewWaterfall::setReview(const Review &review)
{
    m_steps.clear();
    QStringList notes;
    const MetricReview *ns = review.northStar();
    const auto contribution = std::find_if(review.contributions.cbegin(), review.contributions.cend(),
                                           [ns](const Contribution &c) { return ns && c.parentNodeId == ns->nodeId; });
    const QString before = review.grain == Grain::Month ? tr("Last month") : tr("Last week");
    const QString now = review.grain == Grain::Month ? tr("This month") : tr("This week");
    if (!ns || !ns->change || !ns->previous || !ns->value) {
        notes << tr("No change to explain: the period before has no value.");
    } else if (contribution == review.contributions.cend()) {
        notes << tr("The North Star has no inputs to explain its change.");
    } else if (contribution->method == ContributionMethod::None) {
        notes << nothingAttributed(review, *contribution);
    } else {
        double running = *ns->previous;
        m_steps.append({before, 0.0, running, true, metricValueText(*ns, running)});
        QStringList unmodelled;
        const auto addStep = [&](const QString &name, double amount) {
            m_steps.append({name, running, running + amount, false, signedAmountText(ns, amount)});
            running += amount;
        };
        for (const ContributionPart &p : contribution->parts) {
            if (p.contribution)
                addStep(p.name, *p.contribution);
            else
                unmodelled << p.name;
        }
        if (contribution->unexplained)
            addStep(tr("Not explained by the inputs"), *contribution->unexplained);
        m_steps.append({now, 0.0, *ns->value, true, metricValueText(*ns, *ns->value)});
        if (!unmodelled.isEmpty())
            notes << tr("Without a leverage, not part of the split: %1.").arg(unmodelled.join(u", "_s));
    }
    notes << subContributions(review);
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!m_note->text().isEmpty());
    m_view->setVisible(!m_steps.isEmpty());
    buildChart();

    QString movers;
    for (bool up : {true, false}) {
        movers += u"<p style='margin-top:0'><b>%1</b>"_s.arg(up ? tr("Segments that pulled it up") : tr("Segments that pulled it down"));
        const std::vector<SegmentContribution> top = review.topMovers(up, 3);
        if (top.empty())
            movers += u"<br>"_s + tr("none");
        for (const SegmentContribution &s : top) {
            movers += u"<br>"_s + tr("%1 = %2: %3 of %4")
                                     .arg(s.attribute.toHtmlEscaped(), s.value.toHtmlEscaped(), signedAmountText(ns, s.contribution),
                                          ns && ns->change ? signedAmountText(ns, *ns->change) : u"–"_s);
        }
        movers += u"</p>"_s;
    }
    m_movers->setText(movers);
    m_movers->setAccessibleDescription(QString(movers).remove(QRegularExpression(u"<[^>]*>"_s)));
}

void ReviewWaterfall::buildChart()
{
    auto *chart = new QChart;
    Charts::applyChartStyle(chart);
    chart->legend()->hide();
    m_view->steps = m_steps;
    m_view->series = nullptr;
    // setChart() lets go of the chart shown before without deleting it.
    const std::unique_ptr<QChart> previous(m_view->chart());
    if (m_steps.isEmpty()) {
        m_view->setChart(chart);
        return;
    }
    const Charts::ChartStyle &style = Charts::ChartStyle::standard();
    auto *base = new QBarSet(u"base"_s);
    auto *rise = new QBarSet(tr("Up"));
    auto *fall = new QBarSet(tr("Down"));
    auto *total = new QBarSet(tr("Total"));
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    rise->setColor(ReviewFormat::color(ReviewFormat::Tone::Good));
    fall->setColor(ReviewFormat::color(ReviewFormat::Tone::Warning));
    total->setColor(style.line);
    for (QBarSet *set : {rise, fall, total})
        set->setBorderColor(Qt::transparent);
    double low = 0.0, high = 0.0;
    QStringList categories;
    // Categories count from the bottom: the last step first, so the first step reads on top.
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        const double from = std::min(it->from, it->to);
        const double length = std::abs(it->to - it->from);
        categories << it->name;
        high = std::max(high, std::max(it->from, it->to));
        *base << (it->total ? 0.0 : from);
        *rise << (!it->total && it->to >= it->from ? length : 0.0);
        *fall << (!it->total && it->to < it->from ? length : 0.0);
        *total << (it->total ? length : 0.0);
        low = std::min(low, from);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({base, rise, fall, total});
    series->setBarWidth(0.62);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setLabelsFont(style.captionFont);
    names->setLabelsColor(style.text);
    names->setGridLineVisible(false);
    names->setLineVisible(false);
    // The axis starts near the lowest running total, not at 0: a change of 2% would not show
    // against bars of the whole value. The totals' bars start at the axis (its labels say where).
    double lowestTotal = high, longestStep = 0.0;
    for (const Step &step : std::as_const(m_steps)) {
        lowestTotal = std::min(lowestTotal, std::min(step.from, step.to) + (step.total ? step.to - step.from : 0.0));
        if (!step.total)
            longestStep = std::max(longestStep, std::abs(step.to - step.from));
    }
    const double start = std::max(low, lowestTotal - std::max(2.0 * longestStep, 0.05 * std::abs(lowestTotal)));
    auto *values = new QValueAxis;
    Charts::styleValueAxis(values);
    // Room on the right for the value written after the longest bar.
    values->setRange(start, high + (high - start) * 0.2);
    values->applyNiceNumbers();
    values->setLabelFormat(values->max() - values->min() >= 10 ? u"%.0f"_s : u"%.2g"_s);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    m_view->series = series;
    m_view->setChart(chart);
    m_view->setMinimumHeight(int(60 + 38 * m_steps.size()));
    QStringList description;
    for (const Step &s : std::as_const(m_steps))
        description << s.name + u' ' + s.label;
    m_view->setAccessibleDescription(description.join(u", "_s));
}

} // namespace NorthStar
