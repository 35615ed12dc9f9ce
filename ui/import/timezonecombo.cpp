#include "import/timezonecombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace NorthStar {

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids.append(QString::fromUtf8(id));
    ids.removeDuplicates();
    // UTC first: the usual answer for exports.
    ids.removeAll(u"UTC"_s);
    ids.prepend(u"UTC"_s);
    addItems(ids);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Search, e.g. Berlin"));
    connect(lineEdit(), &QLineEdit::textChanged, this, &TimeZoneCombo::zoneEdited);
}

QString TimeZoneCombo::zoneId() const
{
    return currentText().trimmed();
}

void TimeZoneCombo::setZoneId(const QString &zoneId)
{
    const int index = findText(zoneId);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(zoneId);
}

bool TimeZoneCombo::isValidZone() const
{
    const QString id = zoneId();
    return !id.isEmpty() && QTimeZone(id.toUtf8()).isValid();
}

} // namespace NorthStar
