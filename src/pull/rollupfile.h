#pragma once

// The rows a warehouse sends, written as they arrive into a CSV file the rollup import then
// reads (RFC 4180 quoting, nothing else: user ids are data, not spreadsheet cells). The
// file, not memory, holds the result, however large.

#include "common/result.h"

#include <QFile>
#include <QStringList>

namespace NorthStar::Pull {

class RollupFile final
{
public:
    explicit RollupFile(const QString &path);
    Result<void> open();
    // Raw CSV as an engine sends it (ClickHouse's CSVWithNames), header included.
    Result<void> writeRaw(const QByteArray &bytes);
    Result<void> writeRow(const QStringList &fields);
    Result<void> close();
    qint64 bytes() const { return m_bytes; }

private:
    Result<void> flush();
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
};

} // namespace NorthStar::Pull
