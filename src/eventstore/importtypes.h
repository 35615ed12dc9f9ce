#pragma once

// What an import is asked to do (ImportRequest), what it reports while running
// (ImportProgress) and what it did (ImportSummary). See importer.h for how they are used.

#include "common/result.h"
#include "csv/columnmapping.h"
#include "csv/csvdialect.h"
#include "csv/rowerror.h"
#include "csv/timeformatdetector.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace NorthStar {

namespace Sqlite {
class Database;
}
struct ImportSummary;

struct ImportRequest final
{
    enum class OnError { Skip, Abort };

    QString file;
    QString source = QStringLiteral("events");
    // What the import history calls the file (`northstar info`); empty: its absolute path.
    // For files the user never sees, such as the demo's generated CSV in a temporary folder.
    QString displayName;

    // Columns by header name (exact, else case- and punctuation-insensitive) or by 1-based
    // number; empty means the automatic mapping from common names (ColumnMapping).
    QString userColumn;
    QString timeColumn;
    QString eventColumn;
    QString eventName;          // one event name for every row, instead of an event column
    QString valueColumn;
    QStringList attributeColumns;
    // A daily rollup (docs/warehouse.md) instead of raw events: one row per user, local date
    // and event with the count and value sum; timeZone is then the zone its dates were made
    // in, and must be the workspace's reporting timezone. timeColumn names the date column,
    // countColumn the count, valueColumn the value sum (each defaults to the format's name).
    bool rollup = false;
    QString countColumn;
    // Rollups: called inside the import's transaction once the rows are written, before the
    // commit; an error rolls everything back. How a pull saves its connection with the data.
    std::function<Result<void>(Sqlite::Database &, const ImportSummary &)> beforeCommit;
    // The import dialog's mapping (0-based indexes); when set, the names above are ignored.
    std::optional<ColumnMapping> mapping;

    QString timeFormat;         // empty: detected over the whole column; else iso, epoch-s, epoch-ms or a Qt pattern
    QString timeZone;           // for timestamps without an offset; empty: the workspace's reporting timezone
    std::optional<char> delimiter;          // else detected
    TextEncoding encoding = TextEncoding::Auto;
    OnError onError = OnError::Skip;
    bool append = false;        // add to overlapping data of the source instead of replacing it
    int maxRejectedRows = 100000; // rejected rows kept with their details (the count is always exact)
};

struct ImportProgress final
{
    qint64 rows = 0;       // records read so far
    qint64 bytes = 0;      // bytes of the file read so far
    qint64 totalBytes = 0; // the file's size
    int pass = 1;          // 2 when a format found late forced a second reading
};

// Given to run()/validate(): both members may be empty. `progress` is called on the thread
// that runs the import, a few times per second at most; `cancel` is polled every few
// thousand rows.
struct ImportControl final
{
    std::function<void(const ImportProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct ImportSummary final
{
    QString file;
    QString source;
    CsvDialect dialect;
    QStringList header;
    ColumnMapping mapping;
    QString timeFormat;   // as --time-format reads it back
    // Without request.timeFormat: the conclusion over the whole column (Detected when the
    // import went ahead; validate() also returns Ambiguous / Unreadable for the dialog).
    TimeFormatDetector::Conclusion time;
    QString timeZone;     // naive timestamps were read in this zone

    qint64 imported = 0;  // rows stored (validate(): rows that would be stored)
    qint64 rejected = 0;
    qint64 replaced = 0;  // earlier rows of the source in [first, last] that were replaced
    qint64 users = 0;     // distinct users among the file's valid rows
    std::optional<qint64> firstMs; // UTC instants of the file's valid rows
    std::optional<qint64> lastMs;
    bool duplicate = false; // identical content already imported for this source: nothing written
    bool rollup = false;    // a daily rollup: imported counts rows, firstDay/lastDay its dates
    std::optional<QString> firstDay, lastDay; // "2024-03-31", for rollups
    qint64 events = 0;      // rollups: the events the imported rows count
    // A rollup into a workspace without data: its reporting timezone became the rollup's
    // (timeZone). The window's document must follow, or saving would put the old one back.
    bool reportingTimeZoneSet = false;
    bool dryRun = false;
    QString contentHash;
    QList<RowError> rejectedRows; // up to ImportRequest::maxRejectedRows, in file order
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    // The rejected rows as CSV (line,column,column_name,reason,value,message) for saving.
    QByteArray rejectedRowsCsv() const;
};

// "2010-12-01T08:26:00Z" (milliseconds only when not zero).
QString isoUtc(qint64 msecs);
QString rowErrorReasonName(RowError::Reason reason);

} // namespace NorthStar
