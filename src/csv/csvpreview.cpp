#include "csv/csvpreview.h"

#include "csv/csvreader.h"
#include "csv/dialectdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Without a header, the time column is the first whose previewed values all read in one
// format (or ambiguously); the other roles need names and stay unmapped.
int guessTimeColumn(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return -1;
    for (qsizetype c = 0; c < rows.front().size(); ++c) {
        TimeFormatDetector detector;
        for (const QStringList &row : rows) {
            const QByteArray value = row.value(c).toUtf8();
            detector.add(std::string_view(value.constData(), size_t(value.size())), 0);
        }
        const auto outcome = detector.conclusion().outcome;
        if (outcome == TimeFormatDetector::Outcome::Detected
            || outcome == TimeFormatDetector::Outcome::Ambiguous)
            return int(c);
    }
    return -1;
}

} // namespace

Result<CsvPreview> CsvPreview::read(const QString &path, const CsvPreviewOptions &options)
{
    // Opening a FIFO blocks until something writes to it, and a device never ends.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("CsvPreview", "%1 does not exist.").arg(path));
    if (!info.isFile()) {
        return fail(QCoreApplication::translate("CsvPreview", "%1 is not a regular file (a folder, pipe or device); "
                                                              "give the path of a CSV file.")
                        .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("CsvPreview", "Cannot open %1: %2")
                        .arg(path, file.errorString()));
    }
    Result<CsvDialect> dialect = DialectDetector::detect(&file, options.encoding,
                                                         options.delimiter.value_or(0));
    if (!dialect)
        return fail(QCoreApplication::translate("CsvPreview", "%1: %2").arg(path, dialect.error()));

    CsvPreview preview;
    preview.dialect = *dialect;
    CsvReader::Options readerOptions;
    readerOptions.delimiter = dialect->delimiter;
    readerOptions.encoding = dialect->encoding;
    CsvReader reader(&file, readerOptions);
    const CsvRecord *record = reader.next();
    if (record && dialect->hasHeader) {
        preview.header = record->toStringList();
        record = reader.next();
    }
    while (record && preview.rows.size() < options.rows) {
        preview.rows.append(record->toStringList());
        preview.rowLines.append(record->line());
        ++preview.records;
        record = reader.next();
    }
    preview.mapping = dialect->hasHeader ? ColumnMapping::fromHeader(preview.header)
                                         : ColumnMapping{};
    if (!dialect->hasHeader) {
        preview.mapping.timestamp = guessTimeColumn(preview.rows);
        for (qsizetype c = 0; c < (preview.rows.isEmpty() ? 0 : preview.rows.front().size()); ++c) {
            if (c != preview.mapping.timestamp)
                preview.mapping.attributes.append(int(c));
        }
    }
    const int timeColumn = preview.mapping.timestamp;
    if (timeColumn >= 0) {
        TimeFormatDetector detector;
        for (int r = 0; r < preview.rows.size(); ++r) {
            const QByteArray value = preview.rows[r].value(timeColumn).toUtf8();
            detector.add(std::string_view(value.constData(), size_t(value.size())), preview.rowLines[r]);
        }
        if (options.scanTimeColumn) {
            for (; record && !detector.settled(); record = reader.next()) {
                ++preview.records;
                if (timeColumn < record->size())
                    detector.add(record->field(timeColumn), record->line());
            }
        }
        preview.time = detector.conclusion();
    }
    preview.readError = reader.errorString();
    return preview;
}

QJsonObject CsvPreview::toJson() const
{
    QJsonObject json;
    json.insert(u"delimiter"_s, QString(QChar::fromLatin1(dialect.delimiter)));
    json.insert(u"encoding"_s, textEncodingName(dialect.encoding));
    json.insert(u"header"_s, dialect.hasHeader ? QJsonValue(QJsonArray::fromStringList(header))
                                               : QJsonValue(QJsonValue::Null));
    QJsonArray rowArray;
    for (const QStringList &row : rows)
        rowArray.append(QJsonArray::fromStringList(row));
    json.insert(u"rows"_s, rowArray);
    // A script must learn that the file cannot be imported as it is (bad UTF-8, a quote
    // never closed), as a person reading the plain preview does.
    json.insert(u"readError"_s, readError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(readError));
    return json;
}

} // namespace NorthStar
