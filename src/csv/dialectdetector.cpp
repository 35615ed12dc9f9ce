#include "csv/dialectdetector.h"

#include "csv/columnmapping.h"
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

struct Sample
{
    QList<QStringList> records;
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    QString error;
};

Sample readSample(QIODevice *device, qint64 start, TextEncoding encoding, char delimiter)
{
    Sample sample;
    device->seek(start);
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.bufferSize = 64 * 1024;
    options.maxRecordSize = 1 << 20;
    CsvReader reader(device, options);
    while (sample.records.size() < DialectDetector::kSampleRecords) {
        const CsvRecord *record = reader.next();
        if (!record)
            break;
        sample.records.append(record->toStringList());
    }
    sample.error = reader.errorString();
    sample.encoding = reader.encoding();
    sample.byteOrderMark = reader.hadByteOrderMark();
    return sample;
}

// Share of records with the most common field count, and that count.
std::pair<double, int> consistency(const QList<QStringList> &records)
{
    QHash<int, int> counts;
    for (const QStringList &r : records)
        ++counts[int(r.size())];
    int best = 0, bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return {records.isEmpty() ? 0.0 : double(bestCount) / double(records.size()), best};
}

bool isDataLike(const QString &field)
{
    const QString f = field.trimmed();
    if (f.isEmpty())
        return false;
    int i = (f[0] == u'-' || f[0] == u'+') ? 1 : 0;
    return i < f.size() && f[i].isDigit();
}

} // namespace

QString DialectDetector::delimiterName(char delimiter)
{
    return delimiter == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(delimiter));
}

bool DialectDetector::looksLikeHeader(const QList<QStringList> &records)
{
    if (records.isEmpty())
        return false;
    const QStringList &first = records.front();
    for (const QString &name : first) {
        if (name.trimmed().isEmpty() || isDataLike(name))
            return false;
    }
    if (records.size() == 1)
        return true;
    const ColumnMapping known = ColumnMapping::fromHeader(first);
    if (known.userId >= 0 || known.timestamp >= 0 || known.event >= 0 || known.value >= 0)
        return true;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &row = records[r];
        for (qsizetype c = 0; c < row.size() && c < first.size(); ++c) {
            if (isDataLike(row[c]))
                return true;
        }
    }
    return false;
}

Result<CsvDialect> DialectDetector::detect(QIODevice *device, TextEncoding encoding, char delimiter)
{
    const qint64 start = device->pos();
    const QList<char> candidates = delimiter ? QList<char>{delimiter} : QList<char>{',', ';', '\t', '|'};
    Sample best;
    char bestDelimiter = 0;
    std::pair<double, int> bestScore{-1.0, 0};
    QString firstError;
    for (const char candidate : candidates) {
        Sample sample = readSample(device, start, encoding, candidate);
        if (sample.records.isEmpty()) {
            if (firstError.isEmpty())
                firstError = sample.error;
            continue;
        }
        auto score = consistency(sample.records);
        if (score.second < 2 && !delimiter)
            score.first = 0; // one field per row says nothing about this delimiter
        if (score.first > bestScore.first + 1e-9
            || (std::abs(score.first - bestScore.first) <= 1e-9 && score.second > bestScore.second)) {
            bestScore = score;
            bestDelimiter = candidate;
            best = std::move(sample);
        }
    }
    device->seek(start);
    if (!bestDelimiter) {
        if (!firstError.isEmpty())
            return fail(firstError);
        return fail(QCoreApplication::translate("DialectDetector", "The file is empty."));
    }
    CsvDialect dialect;
    dialect.delimiter = bestScore.first > 0 || delimiter ? bestDelimiter : ',';
    dialect.encoding = best.encoding;
    dialect.byteOrderMark = best.byteOrderMark;
    dialect.hasHeader = looksLikeHeader(best.records);
    if (dialect.delimiter != ',') {
        for (qsizetype r = dialect.hasHeader ? 1 : 0; r < best.records.size(); ++r) {
            for (const QString &field : best.records[r]) {
                if (NumberParser::looksLikeDecimalComma(field.toUtf8().toStdString())) {
                    dialect.decimalSeparator = DecimalSeparator::Comma;
                    break;
                }
            }
        }
    }
    return dialect;
}

} // namespace NorthStar
