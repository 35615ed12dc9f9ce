#include "panels/optionaldateedit.h"

#include <QCalendarWidget>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace NorthStar {

OptionalDateEdit::OptionalDateEdit(const QString &notSetText, QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1));
    setSpecialValueText(notSetText);
    setDisplayFormat(u"yyyy-MM-dd"_s);
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() && date > minimumDate() ? date : minimumDate());
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Without a date the popup would open on the minimum's month, a century ago: open it on
    // this month instead (nothing is chosen until a day is clicked).
    if (watched == calendarWidget() && event->type() == QEvent::Show && !optionalDate().isValid()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace NorthStar
