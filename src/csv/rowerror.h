#pragma once

// A row the import rejects, with everything the report needs: "line 12, column 5
// (InvoiceDate): "13/45/10 8:26" is not a time in the format M/d/yy H:mm".

#include <QString>
#include <QStringList>

#include <string_view>

namespace NorthStar {

class TimeFormat;

struct RowError final
{
    // The last three only for daily rollups (issue #12): a date that is not YYYY-MM-DD, an
    // event count that is not a whole number from 1, an empty event name.
    enum class Reason { WrongFieldCount, EmptyUserId, UnreadableTime, NotANumber, UnreadableDate, BadEventCount, EmptyEvent };

    qint64 line = 0;    // 1-based physical line where the record starts
    int column = 0;     // 1-based column number; 0 when the whole row is wrong
    QString columnName; // header name, empty without a header
    Reason reason = Reason::WrongFieldCount;
    QString value;      // the offending text, as read
    QString detail;     // e.g. the expected field count or the time format

    // "Line 12, column 5 (InvoiceDate): ..." ready to print.
    QString message() const;

    // `columnIndex` is 0-based, as in ColumnMapping; `header` may be empty.
    static RowError wrongFieldCount(qint64 line, int found, int expected);
    static RowError emptyUserId(qint64 line, int columnIndex, const QStringList &header);
    static RowError unreadableTime(qint64 line, int columnIndex, const QStringList &header,
                                   std::string_view value, const TimeFormat &format);
    static RowError notANumber(qint64 line, int columnIndex, const QStringList &header,
                               std::string_view value);
    static RowError unreadableDate(qint64 line, int columnIndex, const QStringList &header, std::string_view value);
    static RowError badEventCount(qint64 line, int columnIndex, const QStringList &header, std::string_view value);
    static RowError emptyEvent(qint64 line, int columnIndex, const QStringList &header);
};

} // namespace NorthStar
