#pragma once

// What `northstar preview FILE` and the import dialog show before anything is imported:
// the detected dialect, the header, the first records exactly as read, the suggested
// column mapping and the time format, detected over the whole time column.

#include "common/result.h"
#include "csv/columnmapping.h"
#include "csv/csvdialect.h"
#include "csv/timeformatdetector.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace NorthStar {

struct CsvPreviewOptions final
{
    std::optional<char> delimiter;            // else detected
    TextEncoding encoding = TextEncoding::Auto;
    int rows = 10;
    bool scanTimeColumn = true;               // read the whole file for the time format
};

struct CsvPreview final
{
    CsvDialect dialect;
    QStringList header;        // empty when the file has no header row
    QList<QStringList> rows;   // the first records after the header, every field a string
    QList<qint64> rowLines;    // the line each of those records starts on
    ColumnMapping mapping;
    TimeFormatDetector::Conclusion time; // over every value of mapping.timestamp
    qint64 records = 0;        // data records read (all of them when the time column was scanned)
    QString readError;         // a reading problem after the previewed rows (e.g. bad UTF-8)

    static Result<CsvPreview> read(const QString &path, const CsvPreviewOptions &options = {});

    // {"delimiter": ",", "encoding": "utf-8", "header": [...] or null, "rows": [[...], ...],
    //  "readError": "Line 3: ..." or null}
    QJsonObject toJson() const;
};

} // namespace NorthStar
