#include "eventstore/timecolumndetector.h"

namespace NorthStar {

bool TimeColumnDetector::add(std::string_view value, qint64 line)
{
    if (m_valueEnds.size() >= kSnapshotEvery) {
        m_snapshot = m_detector;
        m_sinceSnapshot.clear();
        m_valueEnds.clear();
        m_lines.clear();
    }
    m_detector.add(value, line);
    if (!m_detector.settled()) {
        ++m_values;
        m_sinceSnapshot.append(value);
        m_valueEnds.push_back(std::uint32_t(m_sinceSnapshot.size()));
        m_lines.push_back(line);
        return true;
    }
    // Roll back: the snapshot plus every value since, without this one.
    m_detector = m_snapshot;
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < m_valueEnds.size(); ++i) {
        m_detector.add(std::string_view(m_sinceSnapshot).substr(begin, m_valueEnds[i] - begin), m_lines[i]);
        begin = m_valueEnds[i];
    }
    if (m_outliers++ == 0) {
        m_firstOutlier = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
        m_firstOutlierLine = line;
    }
    return false;
}

TimeFormatDetector::Conclusion TimeColumnDetector::conclusion() const
{
    TimeFormatDetector::Conclusion c = m_detector.conclusion();
    if (m_outliers > 100 && m_outliers * 20 > m_values + m_outliers) {
        c.outcome = TimeFormatDetector::Outcome::Unreadable;
        c.offendingValue = m_firstOutlier;
        c.offendingLine = m_firstOutlierLine;
    }
    return c;
}

} // namespace NorthStar
