#include "panels/numberfield.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {

void markAcceptable(QLineEdit *edit, bool acceptable, const QString &toolTip)
{
    // Half-typed numbers ("0.", "-") wait for the next key; the field says so meanwhile.
    edit->setStyleSheet(acceptable ? QString() : u"QLineEdit { color: #b42318; }"_s);
    edit->setToolTip(toolTip);
}

NumberField::NumberField(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textEdited, this, &NumberField::onTextEdited);
}

void NumberField::setHint(const QString &toolTip)
{
    m_hint = toolTip;
    if (m_acceptable)
        setToolTip(m_hint);
}

std::optional<double> NumberField::parse(const QString &text, bool *ok)
{
    *ok = true;
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Spaces group digits in many languages ("1 200", U+00A0, U+202F) and never mean
    // anything else in a number.
    t.removeIf([](QChar c) { return c.isSpace(); });
    double value = QLocale().toDouble(t, ok);
    if (!*ok)
        value = QLocale::c().toDouble(t, ok);  // "0.35" typed in a German session
    if (*ok && !std::isfinite(value))
        *ok = false;
    return *ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> NumberField::value() const
{
    bool ok = false;
    return parse(text(), &ok);
}

bool NumberField::isAcceptable() const
{
    bool ok = false;
    parse(text(), &ok);
    return ok;
}

void NumberField::setValue(std::optional<double> value)
{
    bool ok = false;
    const auto typed = parse(text(), &ok);
    if (hasFocus() && ok && typed == value)
        return;
    const QString shown = !value ? QString()
                          : m_digits > 0 ? QLocale().toString(*value, 'g', m_digits)
                                         // 'f' with group separators; shortest round trip
                                         : QLocale().toString(*value, 'f', QLocale::FloatingPointShortest);
    if (shown != text())
        setText(shown);
    mark(true);
}

void NumberField::onTextEdited(const QString &text)
{
    bool ok = false;
    const auto value = parse(text, &ok);
    mark(ok);
    if (ok)
        emit valueEdited(value);
}

void NumberField::mark(bool acceptable)
{
    if (acceptable == m_acceptable)
        return;
    m_acceptable = acceptable;
    markAcceptable(this, acceptable,
                   acceptable ? m_hint
                              : tr("Not a number: write it like %1 or %2, or leave it empty")
                                    .arg(QLocale().toString(40000000.0, 'f', 0), QLocale().toString(0.35)));
}

} // namespace NorthStar
