#pragma once

// Reading a daily rollup CSV (issue #12, docs/warehouse.md): one row per user, local date
// and event name with the count of events and the sum of their values, built by a
// warehouse. The counterpart of RowScanner for raw events: it checks every row (field
// count, user id, date, count, value sum, event name), interns users and names, hands
// batches of valid rows to a sink and collects rejected rows with line, column and reason.
// It writes nothing.

#include "csv/numberparser.h"
#include "eventstore/importtypes.h"
#include "eventstore/rollupchunk.h"
#include "eventstore/rowscanner.h"
#include "eventstore/stringinterner.h"

#include <functional>

namespace NorthStar {

// The columns of a rollup file, 0-based; every other column is a user attribute.
struct RollupSetup final
{
    QString path;
    CsvDialect dialect;
    QStringList header;
    int expectedFields = 0;
    int user = -1;
    int date = -1;
    int event = -1;
    int count = -1;
    int valueSum = -1;
    QList<int> attributes;
    ImportRequest::OnError onError = ImportRequest::OnError::Skip;
    int maxRejectedRows = 100000;
};

namespace RollupPlan {
// The rollup format's column names, as docs/warehouse.md gives them.
QStringList columnNames();
// True when `header` has every column of the rollup format (ignoring case and punctuation):
// how the import dialog tells a rollup from raw events.
bool looksLikeRollup(const QStringList &header);
// Dialect, header and columns of request.file (a header row is required). The request's
// userColumn, timeColumn (the date), eventColumn, countColumn and valueColumn override the
// format's names; attributeColumns, when given, limit the attributes to those.
Result<RollupSetup> make(const ImportRequest &request);
} // namespace RollupPlan

struct RollupBatch final
{
    RollupColumns rows;
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
};

class RollupScanner final
{
public:
    enum class Outcome { Finished, Cancelled, Aborted, SinkStopped };

    RollupScanner(const RollupSetup &setup, StringInterner &users, StringInterner &events);
    Result<Outcome> run(const std::function<bool(RollupBatch &)> &sink, const std::atomic<bool> *cancel);

    qint64 rejected() const { return m_rejected; }
    QList<RowError> takeRejectedRows() { return std::move(m_rejectedRows); }
    // Per attribute: each user's value from the row with the latest date (a later line wins
    // a tie); the warehouse query repeats the value at the user's latest event on every row.
    std::vector<AttributeValues> &attributes() { return m_attributes; }
    QString contentHash() const { return m_hash; }

private:
    void reject(RowError error);
    bool handleRecord(const class CsvRecord &record, RollupColumns &out);

    RollupSetup m_setup;
    StringInterner &m_users;
    StringInterner &m_events;
    NumberParser m_numbers;
    std::vector<AttributeValues> m_attributes;
    qint64 m_rejected = 0;
    qint64 m_records = 0;
    QList<RowError> m_rejectedRows;
    bool m_abort = false;
    QString m_hash;
};

// Days since 1970-01-01 of "YYYY-MM-DD", or nothing when the text is not such a date.
std::optional<LocalDay> parseIsoDay(std::string_view text);

} // namespace NorthStar
