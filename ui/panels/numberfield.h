#pragma once

// A line edit for an optional number, as people write it in their language: "40,000,000"
// or "0.35" in English, "40.000.000" or "0,35" in German (C-locale numbers are accepted
// too). Empty means "no value". A spin box would force a fixed number of decimals and a
// range on metrics that span 0.35 to tens of millions, and cannot be empty.

#include <QLineEdit>

#include <optional>

namespace NorthStar {

// Marks a field whose text cannot be stored (red text; the tool tip says what to type).
void markAcceptable(QLineEdit *edit, bool acceptable, const QString &toolTip);

class NumberField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberField(QWidget *parent = nullptr);

    // Shown with this many significant digits (0: as many as it takes to read back exactly).
    void setSignificantDigits(int digits) { m_digits = digits; }
    void setHint(const QString &toolTip);

    // The number typed; std::nullopt when empty or not a number (see isAcceptable()).
    std::optional<double> value() const;
    // Empty or a number: what may be stored.
    bool isAcceptable() const;
    // Shows a stored value. While the field has the focus, a text that already reads as
    // that value is left alone ("0.50" being typed is not rewritten to "0.5").
    void setValue(std::optional<double> value);

    static std::optional<double> parse(const QString &text, bool *ok);

signals:
    // The user typed an acceptable text (empty included); half-typed or wrong text is marked
    // and not reported.
    void valueEdited(std::optional<double> value);

private:
    void onTextEdited(const QString &text);
    void mark(bool acceptable);

    int m_digits = 0;
    QString m_hint;
    bool m_acceptable = true;  // as marked
};

} // namespace NorthStar
