#pragma once

// The file as CsvReader reads it, hashed on the way (one reading for both): the content
// hash that makes an import idempotent. Shared by the event and the rollup scanners.

#include "eventstore/contenthash.h"

#include <QFile>
#include <QIODevice>

namespace NorthStar {

class HashingFile final : public QIODevice
{
public:
    explicit HashingFile(const QString &path) : m_file(path) {}
    bool openFile()
    {
        return m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)
               && open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    QString fileError() const { return m_file.errorString(); }
    bool isSequential() const override { return true; }
    ContentHash hash;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n > 0)
            hash.add(data, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
};

} // namespace NorthStar
