#include "charts/csvexport.h"

#include "charts/chartformat.h"
#include "charts/lifecyclechart.h"
#include "charts/metricchartview.h"
#include "charts/stickinesschart.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <map>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString workItemsIn(const MetricChartData &data, QDate periodStart)
{
    const QDate end = periodStart.addDays(periodDays(periodStart, data.grain));
    QStringList titles;
    for (const ShipMarker &marker : data.markers) {
        if (marker.date >= periodStart && marker.date < end)
            titles << marker.title;
    }
    return titles.join(u"; "_s);
}

} // namespace

CsvCell CsvCell::fromNumber(double value)
{
    return {QString::number(value, 'g', 12), true};
}

CsvCell CsvCell::fromNumber(const std::optional<double> &value)
{
    return value ? fromNumber(*value) : CsvCell{QString(), true};
}

CsvCell CsvCell::fromInteger(qint64 value)
{
    return {QString::number(value), true};
}

QString formatCsvCell(const CsvCell &cell)
{
    return cell.number ? cell.text : escapeCsvText(cell.text);
}

QString formatCsv(const CsvTable &table)
{
    QString out;
    QStringList line;
    for (const QString &name : table.header)
        line << escapeCsvText(name);
    out += line.join(u',') + u"\r\n"_s;
    for (const QList<CsvCell> &row : table.rows) {
        line.clear();
        for (const CsvCell &cell : row)
            line << formatCsvCell(cell);
        out += line.join(u',') + u"\r\n"_s;
    }
    return out;
}

Result<void> writeCsv(const CsvTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QCoreApplication::translate("Charts", "Cannot write %1: %2. Choose another folder or file name.")
                        .arg(path, file.errorString()));
    }
    file.write(formatCsv(table).toUtf8());
    if (!file.commit()) {
        return fail(QCoreApplication::translate("Charts", "Cannot save %1: %2. Check the free space and permissions.")
                        .arg(path, file.errorString()));
    }
    return {};
}

CsvTable metricCsv(const MetricChartData &data)
{
    CsvTable table;
    table.header = {u"metric"_s, u"unit"_s, u"period_start"_s, u"period"_s, u"value"_s, u"partial"_s, u"work_items"_s};
    for (const SeriesRow &row : data.series.rows) {
        table.rows.append({CsvCell::fromText(data.title), CsvCell::fromText(data.unit),
                           CsvCell::fromText(isoDate(row.periodStart)),
                           CsvCell::fromText(periodLabel(row.periodStart, data.grain)), CsvCell::fromNumber(row.value),
                           CsvCell::fromInteger(row.partial ? 1 : 0),
                           CsvCell::fromText(workItemsIn(data, row.periodStart))});
    }
    return table;
}

CsvTable overviewCsv(const QList<MetricChartData> &charts)
{
    CsvTable table;
    table.header << u"period_start"_s;
    // Rows keyed by period start: the three series share periods, but a missing one must
    // leave its cells empty rather than shift columns.
    std::map<QDate, QList<CsvCell>> rows;
    std::map<QDate, bool> partial;
    for (int i = 0; i < charts.size(); ++i) {
        table.header << charts[i].title;
        for (const SeriesRow &row : charts[i].series.rows) {
            auto &cells = rows[row.periodStart];
            while (cells.size() < charts.size())
                cells.append(CsvCell{QString(), true});
            cells[i] = CsvCell::fromNumber(row.value);
            partial[row.periodStart] = partial[row.periodStart] || row.partial;
        }
    }
    table.header << u"partial"_s << u"work_items"_s;
    for (const auto &[date, cells] : rows) {
        QList<CsvCell> line{CsvCell::fromText(isoDate(date))};
        line += cells;
        line << CsvCell::fromInteger(partial[date] ? 1 : 0);
        line << CsvCell::fromText(charts.isEmpty() ? QString() : workItemsIn(charts.front(), date));
        table.rows.append(line);
    }
    return table;
}

CsvTable stickinessCsv(const StickinessData &data)
{
    CsvTable table;
    table.header = {u"metric"_s, u"period_start"_s, u"partial"_s, u"active_days"_s, u"users"_s};
    if (data.byK.empty())
        return table;
    const auto &periods = data.byK.front().rows;
    for (std::size_t p = 0; p < periods.size(); ++p) {
        const int days = std::min(periodDays(periods[p].periodStart, data.grain), int(data.byK.size()));
        for (int k = 1; k <= days; ++k) {
            const auto &rows = data.byK[std::size_t(k - 1)].rows;
            table.rows.append({CsvCell::fromText(data.title), CsvCell::fromText(isoDate(periods[p].periodStart)),
                               CsvCell::fromInteger(periods[p].partial ? 1 : 0), CsvCell::fromInteger(k),
                               CsvCell::fromNumber(p < rows.size() ? rows[p].value : std::nullopt)});
        }
    }
    return table;
}

CsvTable lifecycleCsv(const LifecycleData &data)
{
    CsvTable table;
    table.header = {u"metric"_s, u"period_start"_s, u"new"_s, u"returning"_s, u"resurrecting"_s, u"dormant"_s,
                    u"partial"_s};
    const auto &rows = data.series.rows;
    const auto &counts = data.series.lifecycle;
    for (std::size_t i = 0; i < std::min(rows.size(), counts.size()); ++i) {
        table.rows.append({CsvCell::fromText(data.title), CsvCell::fromText(isoDate(rows[i].periodStart)),
                           CsvCell::fromInteger(counts[i].newUsers), CsvCell::fromInteger(counts[i].returning),
                           CsvCell::fromInteger(counts[i].resurrecting), CsvCell::fromInteger(counts[i].dormant),
                           CsvCell::fromInteger(rows[i].partial ? 1 : 0)});
    }
    return table;
}

} // namespace NorthStar::Charts
