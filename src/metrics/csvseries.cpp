#include "metrics/csvseries.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar::CsvSeries {

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return {};
    // 'g' with 12 digits rounds to 12 significant digits and drops trailing zeros, but
    // switches to an exponent for very small or large numbers; machines and spreadsheets
    // read plain decimals more reliably, so the exponent is spelled out.
    QString text = QString::number(value, 'g', 12);
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return text == u"-0"_s ? u"0"_s : text;
    const int exponent = text.mid(e + 1).toInt();
    QString mantissa = text.left(e);
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    const qsizetype dot = mantissa.indexOf(u'.');
    QString digits = mantissa;
    int integerDigits = int(mantissa.size());
    if (dot >= 0) {
        digits.remove(dot, 1);
        integerDigits = int(dot);
    }
    const int point = integerDigits + exponent; // position of the decimal point in `digits`
    QString plain;
    if (point <= 0)
        plain = u"0."_s % QString(-point, u'0') % digits;
    else if (point >= digits.size())
        plain = digits % QString(point - digits.size(), u'0');
    else
        plain = digits.left(point) % u'.' % digits.mid(point);
    return negative ? u'-' % plain : plain;
}

QString format(const MetricSeries &series)
{
    QString out;
    out.reserve(int(series.rows.size()) * 24 + 64);
    if (series.isLifecycle()) {
        out += u"period_start,new,returning,resurrecting,dormant,partial\n"_s;
        for (std::size_t i = 0; i < series.rows.size(); ++i) {
            const SeriesRow &row = series.rows[i];
            const LifecycleCounts counts = i < series.lifecycle.size() ? series.lifecycle[i] : LifecycleCounts{};
            out += row.periodStart.toString(Qt::ISODate) % u',' % QString::number(counts.newUsers) % u','
                % QString::number(counts.returning) % u',' % QString::number(counts.resurrecting) % u','
                % QString::number(counts.dormant) % u',' % (row.partial ? u'1' : u'0') % u'\n';
        }
        return out;
    }
    out += u"period_start,value,partial\n"_s;
    for (const SeriesRow &row : series.rows) {
        out += row.periodStart.toString(Qt::ISODate) % u',' % (row.value ? formatValue(*row.value) : QString()) % u','
            % (row.partial ? u'1' : u'0') % u'\n';
    }
    return out;
}

} // namespace NorthStar::CsvSeries
