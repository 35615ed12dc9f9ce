#pragma once

// A date picker that may show "no date" (a QDateEdit cannot be empty: its minimum stands
// for "not set" and shows a text of its own). Dates read as ISO, like the rest of the app.

#include <QDateEdit>

namespace NorthStar {

class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString &notSetText, QWidget *parent = nullptr);

    // Invalid when not set.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace NorthStar
