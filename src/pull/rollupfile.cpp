#include "pull/rollupfile.h"

#include <QCoreApplication>

namespace NorthStar::Pull {

namespace {

constexpr qsizetype kFlushAt = 1 << 20;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

void appendField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

RollupFile::RollupFile(const QString &path) : m_file(path) {}

Result<void> RollupFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Text::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

Result<void> RollupFile::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_file.write(m_buffer) != m_buffer.size())
        return fail(Text::tr("Cannot write %1 (is the disk full?): %2").arg(m_file.fileName(), m_file.errorString()));
    m_buffer.clear();
    return {};
}

Result<void> RollupFile::writeRaw(const QByteArray &bytes)
{
    m_bytes += bytes.size();
    m_buffer += bytes;
    return m_buffer.size() >= kFlushAt ? flush() : Result<void>();
}

Result<void> RollupFile::writeRow(const QStringList &fields)
{
    const qsizetype before = m_buffer.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        appendField(m_buffer, fields[i]);
    }
    m_buffer += '\n';
    m_bytes += m_buffer.size() - before;
    return m_buffer.size() >= kFlushAt ? flush() : Result<void>();
}

Result<void> RollupFile::close()
{
    auto flushed = flush();
    m_file.close();
    return flushed;
}

} // namespace NorthStar::Pull
