#include "csv/timeformatdetector.h"

#include "csv/fieldtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

using FieldText::trimmed;

int leadingDigits(std::string_view s)
{
    std::size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    int n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
        ++n;
    }
    return n;
}

} // namespace

TimeFormatDetector::TimeFormatDetector()
{
    m_candidates.push_back({TimeParser(TimeFormat::iso()), Order::None, 0, 0});
    m_candidates.push_back({TimeParser(TimeFormat::epochSeconds()), Order::None, 9, 11});
    m_candidates.push_back({TimeParser(TimeFormat::epochMilliseconds()), Order::None, 12, 14});
    // Within one date shape the time variants are in order of preference: a column of
    // dates only keeps them all alive and the first (no time) wins.
    static const char16_t *const times[] = {u"", u" H:mm", u" H:mm:ss", u" H:mm:ss.z",
                                            u" h:mm AP", u" h:mm:ss AP"};
    for (const char16_t separator : {u'/', u'-', u'.'}) {
        for (const QString &year : {u"yy"_s, u"yyyy"_s}) {
            for (const Order order : {Order::MonthFirst, Order::DayFirst}) {
                const QString date = order == Order::MonthFirst
                                         ? u"M"_s + separator + u"d"_s + separator + year
                                         : u"d"_s + separator + u"M"_s + separator + year;
                for (const char16_t *time : times) {
                    const TimeFormat format = *TimeFormat::fromString(date + QString::fromUtf16(time));
                    m_candidates.push_back({TimeParser(format), order, 0, 0});
                }
            }
        }
    }
    for (int i = 0; i < int(m_candidates.size()); ++i)
        m_alive.push_back(i);
}

bool TimeFormatDetector::accepts(const Candidate &candidate, std::string_view value) const
{
    if (candidate.maxDigits > 0) {
        const int digits = leadingDigits(value);
        if (digits < candidate.minDigits || digits > candidate.maxDigits)
            return false;
    }
    return candidate.parser.parse(value).ok();
}

void TimeFormatDetector::add(std::string_view value, qint64 line)
{
    value = trimmed(value);
    if (value.empty() || m_unreadable)
        return;
    ++m_values;
    // Rule candidates out only while at least one survives: the value that no survivor
    // reads is reported instead of erasing what the rest of the column says.
    m_survivors.clear();
    for (const int index : m_alive) {
        if (accepts(m_candidates[size_t(index)], value))
            m_survivors.push_back(index);
    }
    if (!m_survivors.empty()) {
        m_alive.swap(m_survivors);
        return;
    }
    m_unreadable = true;
    m_offendingValue = QString::fromUtf8(value.data(), qsizetype(value.size()));
    m_offendingLine = line;
}

TimeFormatDetector::Conclusion TimeFormatDetector::conclusion() const
{
    Conclusion c;
    c.values = m_values;
    if (m_unreadable) {
        c.outcome = Outcome::Unreadable;
        c.offendingValue = m_offendingValue;
        c.offendingLine = m_offendingLine;
        return c;
    }
    if (m_values == 0)
        return c;
    const Candidate *first = nullptr;
    const Candidate *monthFirst = nullptr;
    const Candidate *dayFirst = nullptr;
    for (const int index : m_alive) {
        const Candidate &candidate = m_candidates[size_t(index)];
        if (!first)
            first = &candidate;
        if (candidate.order == Order::MonthFirst && !monthFirst)
            monthFirst = &candidate;
        if (candidate.order == Order::DayFirst && !dayFirst)
            dayFirst = &candidate;
    }
    if (monthFirst && dayFirst) {
        c.outcome = Outcome::Ambiguous;
        c.format = monthFirst->parser.format();
        c.alternative = dayFirst->parser.format();
        return c;
    }
    c.outcome = Outcome::Detected;
    c.format = first->parser.format();
    return c;
}

QString TimeFormatDetector::Conclusion::describe() const
{
    switch (outcome) {
    case Outcome::NoValues:
        return QCoreApplication::translate("TimeFormatDetector", "The time column has no values.");
    case Outcome::Detected:
        return QCoreApplication::translate("TimeFormatDetector", "Times are written as %1.")
            .arg(format.toString());
    case Outcome::Ambiguous:
        return QCoreApplication::translate("TimeFormatDetector",
                                           "Every date reads both month-first (%1) and "
                                           "day-first (%2); choose the time format.")
            .arg(format.toString(), alternative.toString());
    case Outcome::Unreadable:
        return QCoreApplication::translate("TimeFormatDetector",
                                           "Line %1: \"%2\" is not a time in any format that "
                                           "also reads the values before it; give the time "
                                           "format.")
            .arg(offendingLine)
            .arg(offendingValue);
    }
    return {};
}

} // namespace NorthStar
