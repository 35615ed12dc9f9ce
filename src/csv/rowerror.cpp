#include "csv/rowerror.h"

#include "csv/timeformat.h"

#include <QCoreApplication>

namespace NorthStar {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(RowError)
};

RowError make(RowError::Reason reason, qint64 line, int columnIndex, const QStringList &header,
              std::string_view value)
{
    RowError e;
    e.reason = reason;
    e.line = line;
    e.column = columnIndex + 1;
    e.columnName = header.value(columnIndex);
    e.value = QString::fromUtf8(value.data(), qsizetype(value.size()));
    return e;
}

} // namespace

RowError RowError::wrongFieldCount(qint64 line, int found, int expected)
{
    RowError e;
    e.reason = Reason::WrongFieldCount;
    e.line = line;
    e.detail = Text::tr("%1 fields instead of %2").arg(found).arg(expected);
    return e;
}

RowError RowError::emptyUserId(qint64 line, int columnIndex, const QStringList &header)
{
    return make(Reason::EmptyUserId, line, columnIndex, header, {});
}

RowError RowError::unreadableTime(qint64 line, int columnIndex, const QStringList &header,
                                  std::string_view value, const TimeFormat &format)
{
    RowError e = make(Reason::UnreadableTime, line, columnIndex, header, value);
    e.detail = format.toString();
    return e;
}

RowError RowError::notANumber(qint64 line, int columnIndex, const QStringList &header,
                              std::string_view value)
{
    return make(Reason::NotANumber, line, columnIndex, header, value);
}

RowError RowError::unreadableDate(qint64 line, int columnIndex, const QStringList &header, std::string_view value)
{
    return make(Reason::UnreadableDate, line, columnIndex, header, value);
}

RowError RowError::badEventCount(qint64 line, int columnIndex, const QStringList &header, std::string_view value)
{
    return make(Reason::BadEventCount, line, columnIndex, header, value);
}

RowError RowError::emptyEvent(qint64 line, int columnIndex, const QStringList &header)
{
    return make(Reason::EmptyEvent, line, columnIndex, header, {});
}

QString RowError::message() const
{
    QString where = column > 0 ? Text::tr("Line %1, column %2").arg(line).arg(column)
                               : Text::tr("Line %1").arg(line);
    if (!columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(columnName);
    QString what;
    switch (reason) {
    case Reason::WrongFieldCount:
        what = Text::tr("the row has %1; check for an unquoted delimiter in a value.").arg(detail);
        break;
    case Reason::EmptyUserId:
        what = Text::tr("the user id is empty; the row is skipped.");
        break;
    case Reason::UnreadableTime:
        what = value.isEmpty() ? Text::tr("the time is empty.")
                               : Text::tr("\"%1\" is not a time in the format %2.").arg(value, detail);
        break;
    case Reason::NotANumber:
        what = Text::tr("\"%1\" is not a number.").arg(value);
        break;
    case Reason::UnreadableDate:
        what = value.isEmpty() ? Text::tr("the date is empty.")
                               : Text::tr("\"%1\" is not a date like 2024-03-31 (YYYY-MM-DD).").arg(value);
        break;
    case Reason::BadEventCount:
        what = Text::tr("\"%1\" is not a count of events (a whole number from 1).").arg(value);
        break;
    case Reason::EmptyEvent:
        what = Text::tr("the event name is empty; the row is skipped.");
        break;
    }
    return where + QStringLiteral(": ") + what;
}

} // namespace NorthStar
