#pragma once

// Decides how a timestamp column is written by looking at EVERY value, fed one at a time
// (streaming, constant memory). Candidates are ISO 8601, epoch seconds (9-11 digits),
// epoch milliseconds (12-14 digits) and month-first / day-first dates with `/`, `-` or `.`,
// 2- or 4-digit years and an optional time (H:mm, H:mm:ss, H:mm:ss.z, h:mm AP, h:mm:ss AP).
// A value rules out every candidate that cannot read it. The conclusion is one format,
// "ambiguous" when a month-first and a day-first reading both survive (every day <= 12),
// or "unreadable" naming the first value that no remaining candidate reads. It never
// guesses: the caller asks the user or requires --time-format.

#include "csv/timeformat.h"
#include "csv/timeparser.h"

#include <QString>

#include <string_view>
#include <vector>

namespace NorthStar {

class TimeFormatDetector final
{
public:
    enum class Outcome { NoValues, Detected, Ambiguous, Unreadable };

    struct Conclusion
    {
        Outcome outcome = Outcome::NoValues;
        TimeFormat format;      // Detected; for Ambiguous the month-first reading
        TimeFormat alternative; // Ambiguous: the day-first reading
        QString offendingValue; // Unreadable
        qint64 offendingLine = 0;
        qint64 values = 0;      // non-empty values seen

        // One sentence for the user, e.g. "12/1/10 ... is ambiguous: M/d/yy H:mm or d/M/yy H:mm".
        QString describe() const;
    };

    TimeFormatDetector();

    // Empty values are skipped (the import reports them as bad rows).
    void add(std::string_view value, qint64 line);
    Conclusion conclusion() const;
    // True once the outcome can no longer change (unreadable): callers may stop feeding.
    bool settled() const { return m_unreadable; }

private:
    enum class Order : quint8 { None, MonthFirst, DayFirst };
    struct Candidate
    {
        TimeParser parser;
        Order order;
        int minDigits; // epoch plausibility, else 0
        int maxDigits;
    };

    bool accepts(const Candidate &candidate, std::string_view value) const;

    std::vector<Candidate> m_candidates;
    std::vector<int> m_alive; // indices into m_candidates, in order of preference
    std::vector<int> m_survivors;
    qint64 m_values = 0;
    bool m_unreadable = false;
    QString m_offendingValue;
    qint64 m_offendingLine = 0;
};

} // namespace NorthStar
