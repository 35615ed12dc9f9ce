#pragma once

// Whole-column time format detection that survives bad rows. TimeFormatDetector stops at
// the first value no surviving format reads ("unreadable"); in an import that value is just
// a rejected row, and the rest of the column must still decide the format. This wrapper
// keeps a snapshot of the detector and the values fed since, and on such a value rolls back
// to the snapshot, replays the others and counts the value as an outlier. Too many
// outliers (more than 5% of the values and more than 100) mean the column has no single
// format: the conclusion is then "unreadable".

#include "csv/timeformatdetector.h"

#include <string>
#include <vector>

namespace NorthStar {

class TimeColumnDetector final
{
public:
    // False when the value is an outlier (no format consistent with the column reads it).
    bool add(std::string_view value, qint64 line);
    TimeFormatDetector::Conclusion conclusion() const;
    qint64 outliers() const { return m_outliers; }

private:
    static constexpr std::size_t kSnapshotEvery = 4096;

    TimeFormatDetector m_detector;
    TimeFormatDetector m_snapshot;
    std::string m_sinceSnapshot;             // values fed since the snapshot, back to back
    std::vector<std::uint32_t> m_valueEnds;  // end offset of each in m_sinceSnapshot
    std::vector<qint64> m_lines;
    qint64 m_values = 0;
    qint64 m_outliers = 0;
    QString m_firstOutlier;
    qint64 m_firstOutlierLine = 0;
};

} // namespace NorthStar
