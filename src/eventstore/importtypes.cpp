#include "eventstore/importtypes.h"

#include "csv/csvescape.h"
#include "csv/dialectdetector.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace NorthStar {

QString isoUtc(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    return t.toString(msecs % 1000 == 0 ? u"yyyy-MM-ddTHH:mm:ss'Z'"_s : u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QString rowErrorReasonName(RowError::Reason reason)
{
    switch (reason) {
    case RowError::Reason::WrongFieldCount:
        return u"wrong-field-count"_s;
    case RowError::Reason::EmptyUserId:
        return u"empty-user-id"_s;
    case RowError::Reason::UnreadableTime:
        return u"unreadable-time"_s;
    case RowError::Reason::NotANumber:
        return u"not-a-number"_s;
    case RowError::Reason::UnreadableDate:
        return u"unreadable-date"_s;
    case RowError::Reason::BadEventCount:
        return u"bad-event-count"_s;
    case RowError::Reason::EmptyEvent:
        return u"empty-event"_s;
    }
    return {};
}

QJsonObject ImportSummary::toJson() const
{
    QJsonObject json;
    json.insert(u"file"_s, file);
    json.insert(u"source"_s, source);
    json.insert(u"imported"_s, imported);
    json.insert(u"rejected"_s, rejected);
    json.insert(u"replaced"_s, replaced);
    json.insert(u"users"_s, users);
    json.insert(u"first"_s, firstMs ? QJsonValue(isoUtc(*firstMs)) : QJsonValue(QJsonValue::Null));
    json.insert(u"last"_s, lastMs ? QJsonValue(isoUtc(*lastMs)) : QJsonValue(QJsonValue::Null));
    json.insert(u"duplicate"_s, duplicate);
    json.insert(u"dry_run"_s, dryRun);
    if (rollup) {
        json.insert(u"rollup"_s, true);
        json.insert(u"first_date"_s, firstDay ? QJsonValue(*firstDay) : QJsonValue(QJsonValue::Null));
        json.insert(u"last_date"_s, lastDay ? QJsonValue(*lastDay) : QJsonValue(QJsonValue::Null));
        json.insert(u"events"_s, events);
    }
    json.insert(u"delimiter"_s, QString(QChar::fromLatin1(dialect.delimiter)));
    json.insert(u"encoding"_s, textEncodingName(dialect.encoding));
    json.insert(u"time_format"_s, timeFormat);
    json.insert(u"timezone"_s, timeZone);
    json.insert(u"content_hash"_s, contentHash);
    json.insert(u"elapsed_ms"_s, elapsedMs);
    QJsonArray rows;
    for (const RowError &e : rejectedRows) {
        if (rows.size() >= 1000)
            break; // the full list is for the window and rejectedRowsCsv()
        rows.append(QJsonObject{{u"line"_s, e.line},
                                {u"column"_s, e.column},
                                {u"column_name"_s, e.columnName},
                                {u"reason"_s, rowErrorReasonName(e.reason)},
                                {u"value"_s, e.value},
                                {u"message"_s, e.message()}});
    }
    json.insert(u"rejected_rows"_s, rows);
    return json;
}

namespace {
// The rejected values are what the export held: "=HYPERLINK(...)" must not run when the
// list is opened in a spreadsheet.
QByteArray csvField(const QString &text)
{
    return escapeCsvText(text).toUtf8();
}
} // namespace

QByteArray ImportSummary::rejectedRowsCsv() const
{
    QByteArray out = "line,column,column_name,reason,value,message\n";
    for (const RowError &e : rejectedRows) {
        out += QByteArray::number(e.line) + ',' + QByteArray::number(e.column) + ',' + csvField(e.columnName) + ','
               + rowErrorReasonName(e.reason).toLatin1() + ',' + csvField(e.value) + ',' + csvField(e.message())
               + '\n';
    }
    return out;
}

} // namespace NorthStar
