// ChartPanel: export of the chart shown as PNG or SVG and of its data as CSV.

#include "charts/chartexport.h"
#include "charts/chartpanel.h"
#include "charts/csvexport.h"
#include "charts/northstaroverview.h"

#include <QDate>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

Result<void> ChartPanel::exportTo(ExportFormat format, const QString &path)
{
    if (m_view == View::Empty)
        return fail(tr("There is no chart to export: select a node with data first."));
    if (format == ExportFormat::Csv) {
        switch (m_view) {
        case View::Single:
            return writeCsv(metricCsv(m_single->data()), path);
        case View::Overview: {
            QList<MetricChartData> charts;
            for (auto dimension : {NorthStarOverview::Breadth, NorthStarOverview::Depth, NorthStarOverview::Frequency})
                charts.append(m_overview->chart(dimension)->data());
            return writeCsv(overviewCsv(charts), path);
        }
        case View::Histogram:
            return writeCsv(stickinessCsv(m_stickiness->data()), path);
        case View::Lifecycle:
            return writeCsv(lifecycleCsv(m_lifecycle->data()), path);
        case View::Empty:
            break;
        }
        return fail(tr("There is no chart to export."));
    }

    // A fresh widget at the picture's size, so the chart on screen keeps its size and state.
    std::unique_ptr<QWidget> widget;
    QSize size = emailChartSize();
    switch (m_view) {
    case View::Single: {
        auto *view = new MetricChartView;
        view->setData(m_single->data());
        view->setForPicture(true);
        widget.reset(view);
        break;
    }
    case View::Overview: {
        auto *overview = new NorthStarOverview;
        overview->setData(m_overview->title(), {m_overview->chart(NorthStarOverview::Breadth)->data(),
                                                m_overview->chart(NorthStarOverview::Depth)->data(),
                                                m_overview->chart(NorthStarOverview::Frequency)->data()});
        overview->setForPicture(true);
        widget.reset(overview);
        size = emailOverviewSize();
        break;
    }
    case View::Histogram: {
        auto *chart = new StickinessChart;
        chart->setData(m_stickiness->data());
        chart->setPeriod(m_stickiness->period());
        chart->setSelectorVisible(false);
        widget.reset(chart);
        break;
    }
    case View::Lifecycle: {
        auto *chart = new LifecycleChart;
        chart->setData(m_lifecycle->data());
        widget.reset(chart);
        break;
    }
    case View::Empty:
        break;
    }
    if (format == ExportFormat::Png)
        return savePng(*widget, path, size);
    return saveSvg(*widget, path, m_title, size);
}

QString ChartPanel::suggestedFileName(ExportFormat format) const
{
    QString base = m_title;
    // Names become file names: keep letters, digits, spaces and a few separators.
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u' ' && c != u'-' && c != u'_')
            c = u'_';
    }
    base = base.simplified();
    if (base.isEmpty())
        base = u"chart"_s;
    const QString extension = format == ExportFormat::Png ? u"png"_s : format == ExportFormat::Svg ? u"svg"_s : u"csv"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + u'/' + base + u' ' + QDate::currentDate().toString(Qt::ISODate) + u'.' + extension;
}

void ChartPanel::chooseExport(ExportFormat format)
{
    const QString filter = format == ExportFormat::Png   ? tr("PNG image (*.png)")
                           : format == ExportFormat::Svg ? tr("SVG image (*.svg)")
                                                         : tr("CSV data (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggestedFileName(format), filter);
    if (path.isEmpty())
        return;
    if (const auto written = exportTo(format, path); !written)
        QMessageBox::warning(this, tr("Export Chart"), written.error());
}

} // namespace NorthStar
