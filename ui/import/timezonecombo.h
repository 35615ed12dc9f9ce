#pragma once

// An editable combo of every IANA timezone the system knows, searchable by any part of the
// name ("berl" finds Europe/Berlin).

#include <QComboBox>

namespace NorthStar {

class TimeZoneCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    QString zoneId() const;
    void setZoneId(const QString &zoneId);
    // The text names a timezone the system knows.
    bool isValidZone() const;

signals:
    // The text changed (typed or chosen).
    void zoneEdited();
};

} // namespace NorthStar
