#pragma once

// The reading half of an import (the producer): streams the file through CsvReader, checks
// every row (field count, user id, time, value), turns it into interned integers and hands
// batches of valid events to a sink. Rejected rows are collected with line, column and
// reason. It writes nothing: the importer's consumer stores the batches, validate() only
// counts them.

#include "eventstore/eventchunk.h"
#include "eventstore/importtypes.h"
#include "eventstore/stringinterner.h"
#include "eventstore/timecolumndetector.h"
#include "csv/localtimeconverter.h"
#include "csv/timeparser.h"

#include <QTimeZone>

#include <functional>
#include <vector>

namespace NorthStar {

struct EventBatch final
{
    EventColumns events;
    qint64 rowsRead = 0;  // records read so far (valid or not)
    qint64 bytesRead = 0;
};

// Per attribute column: each user's value from their latest row (by instant; a later line
// wins a tie). Empty values do not overwrite.
struct AttributeValues final
{
    QString name;
    StringInterner values;
    std::vector<std::uint32_t> valueOfUser; // value id + 1, 0 when none
    std::vector<qint64> instantOfUser;
};

struct ScanSetup final
{
    QString path;
    CsvDialect dialect;
    QStringList header;
    int expectedFields = 0;
    ColumnMapping mapping;
    TimeFormat timeFormat;
    bool detectTime = false;    // also feed every value to a whole-column detector
    QTimeZone zone;             // for wall-clock readings
    ImportRequest::OnError onError = ImportRequest::OnError::Skip;
    int maxRejectedRows = 100000;
};

class RowScanner final
{
public:
    enum class Outcome { Finished, Cancelled, Aborted, FormatChanged, SinkStopped };

    RowScanner(const ScanSetup &setup, StringInterner &users, StringInterner &events);

    // Reads everything (or until cancelled / the first bad row with OnError::Abort / the
    // detector contradicting the time format / the sink returning false). Sink calls come
    // from the calling thread. A file that cannot be read at all is an error.
    Result<Outcome> run(const std::function<bool(EventBatch &&)> &sink, const std::atomic<bool> *cancel);

    qint64 rejected() const { return m_rejected; }
    QList<RowError> takeRejectedRows() { return std::move(m_rejectedRows); }
    std::vector<AttributeValues> &attributes() { return m_attributes; }
    // The whole-column conclusion (detectTime only).
    TimeFormatDetector::Conclusion timeConclusion() const { return m_detector.conclusion(); }
    QString contentHash() const { return m_hash; }
    qint64 records() const { return m_records; }

private:
    void reject(RowError error);
    bool handleRecord(const class CsvRecord &record, EventColumns &out);

    ScanSetup m_setup;
    StringInterner &m_users;
    StringInterner &m_events;
    TimeParser m_parser;
    NumberParser m_numbers;
    std::optional<LocalTimeConverter> m_converter;
    TimeColumnDetector m_detector;
    std::vector<AttributeValues> m_attributes;
    std::uint32_t m_constantEvent = 0;
    qint64 m_rejected = 0;
    qint64 m_records = 0;
    QList<RowError> m_rejectedRows;
    bool m_abort = false;
    QString m_hash;
};

} // namespace NorthStar
