#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace NorthStar {

namespace {
constexpr qsizetype kMinimumBuffer = 64;
constexpr qsizetype kRawChunk = 64 * 1024;
constexpr qsizetype kMinimumRoom = 16;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options{}) {}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device), m_options(options), m_encoding(options.encoding)
{
    m_options.bufferSize = std::max(m_options.bufferSize, kMinimumBuffer);
    m_options.maxRecordSize = std::max(m_options.maxRecordSize, m_options.bufferSize);
    m_buffer.resize(size_t(m_options.bufferSize) + 1);
    m_buffer[0] = '\n';
    m_special[static_cast<unsigned char>(m_options.delimiter)] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_record.m_fields.reserve(64);
    const char d = m_options.delimiter;
    if (d == '"' || d == '\n' || d == '\r' || d == '\0')
        setError(0, Text::tr("A quote, a line break or a NUL byte cannot be the delimiter."));
}

CsvReader::~CsvReader() = default;

void CsvReader::setError(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = line > 0 ? Text::tr("Line %1: %2").arg(line).arg(message) : message;
}

const CsvRecord *CsvReader::next()
{
    if (hasError())
        return nullptr;
    if (!m_started) {
        m_started = true;
        if (!readInitial())
            return nullptr;
    }
    for (;;) {
        switch (parseRecord()) {
        case Parse::Complete:
            return hasError() ? nullptr : &m_record;
        case Parse::Skip:
            continue;
        case Parse::Error:
            return nullptr;
        case Parse::NeedMore:
            if (m_eof || !refill())
                return nullptr;
            break;
        }
    }
}

bool CsvReader::readInitial()
{
    // Enough bytes to recognise a byte order mark.
    char head[4];
    qsizetype have = 0;
    while (have < 4) {
        const qint64 n = m_device->read(head + have, 4 - have);
        if (n < 0) {
            setError(0, Text::tr("Cannot read the file: %1").arg(m_device->errorString()));
            return false;
        }
        if (n == 0)
            break;
        have += n;
    }
    m_bytesRead = have;
    const auto *u = reinterpret_cast<const unsigned char *>(head);
    const bool utf8Bom = have >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF;
    const bool leBom = have >= 2 && u[0] == 0xFF && u[1] == 0xFE;
    const bool beBom = have >= 2 && u[0] == 0xFE && u[1] == 0xFF;
    qsizetype skip = 0;
    switch (m_encoding) {
    case TextEncoding::Auto:
        m_encoding = leBom ? TextEncoding::Utf16LE : beBom ? TextEncoding::Utf16BE : TextEncoding::Utf8;
        skip = utf8Bom ? 3 : (leBom || beBom) ? 2 : 0;
        break;
    case TextEncoding::Utf8:
        skip = utf8Bom ? 3 : 0;
        break;
    case TextEncoding::Utf16:
        // Without a mark, ASCII text shows its zero bytes: first in big-endian order.
        m_encoding = beBom || (!leBom && have >= 2 && u[0] == 0 && u[1] != 0)
                         ? TextEncoding::Utf16BE
                         : TextEncoding::Utf16LE;
        skip = (leBom || beBom) ? 2 : 0;
        break;
    case TextEncoding::Utf16LE:
        skip = leBom ? 2 : 0;
        break;
    case TextEncoding::Utf16BE:
        skip = beBom ? 2 : 0;
        break;
    case TextEncoding::Latin1:
    case TextEncoding::Windows1252:
        break;
    }
    m_hadBom = skip > 0;
    if (m_encoding != TextEncoding::Utf8) {
        m_decoder = std::make_unique<TextDecoder>(m_encoding);
        m_raw.resize(size_t(kRawChunk));
    }
    m_eof = have < 4;
    appendInput(head + skip, have - skip, m_eof);
    return !hasError();
}

qsizetype CsvReader::appendInput(const char *data, qsizetype size, bool last)
{
    char *out = m_buffer.data() + m_end;
    qsizetype written;
    if (m_decoder) {
        qsizetype errorAt = -1;
        written = m_decoder->decode(data, size, out, last, &errorAt);
        if (errorAt >= 0 && m_invalidAt < 0)
            m_invalidAt = m_end + errorAt;
        m_end += written;
        m_validEnd = m_end;
    } else {
        if (data != out)
            std::memmove(out, data, size_t(size));
        written = size;
        m_end += written;
        validateUtf8(last);
    }
    m_buffer[size_t(m_end)] = '\n'; // sentinel: stops the field scan without a bounds check
    return written;
}

void CsvReader::validateUtf8(bool last)
{
    if (m_invalidAt >= 0)
        return;
    bool invalid = false;
    m_validEnd += utf8ValidPrefix(m_buffer.data() + m_validEnd, m_end - m_validEnd, &invalid);
    if (invalid || (last && m_validEnd < m_end))
        m_invalidAt = m_validEnd;
}

bool CsvReader::refill()
{
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, size_t(m_end - m_begin));
        m_end -= m_begin;
        m_validEnd -= m_begin;
        if (m_invalidAt >= 0)
            m_invalidAt -= m_begin;
        m_begin = 0;
    }
    qsizetype capacity = qsizetype(m_buffer.size()) - 1;
    if (capacity - m_end < kMinimumRoom + (m_decoder ? 2 * kMinimumRoom : 0)) {
        // One record fills the whole buffer: grow, within reason.
        if (capacity >= m_options.maxRecordSize) {
            setError(m_line, Text::tr("a record is longer than %1 MB; a quote may never be closed.")
                                 .arg(m_options.maxRecordSize >> 20));
            return false;
        }
        capacity = std::min(capacity * 2, m_options.maxRecordSize);
        m_buffer.resize(size_t(capacity) + 1);
    }
    const qsizetype room = capacity - m_end;
    qint64 n;
    if (m_decoder) {
        const qsizetype rawRoom = std::min(qsizetype(m_raw.size()), (room - 8) / 3);
        n = m_device->read(m_raw.data(), rawRoom);
        if (n >= 0) {
            m_eof = n == 0;
            appendInput(m_raw.data(), n, m_eof);
        }
    } else {
        n = m_device->read(m_buffer.data() + m_end, room);
        if (n >= 0) {
            m_eof = n == 0;
            appendInput(m_buffer.data() + m_end, n, m_eof);
        }
    }
    if (n < 0) {
        setError(0, Text::tr("Cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += n;
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    char *const base = m_buffer.data();
    const char *p = base + m_begin;
    const char *const end = base + m_end;
    if (p == end)
        return Parse::NeedMore; // at the end of the input, next() stops here
    const char delimiter = m_options.delimiter;
    const bool *special = m_special;
    auto &fields = m_record.m_fields;
    fields.clear();
    qint64 lines = 0;
    bool anyQuoted = false;
    for (;;) {
        const char *fieldStart = p;
        bool quoted = false;
        if (*p == '"' && p != end) {
            quoted = anyQuoted = true;
            ++p;
            for (;;) {
                while (p != end && *p != '"') {
                    if (*p == '\n') {
                        ++lines;
                    } else if (*p == '\r') {
                        if (p + 1 == end && !m_eof)
                            return Parse::NeedMore;
                        if (p + 1 == end || p[1] != '\n')
                            ++lines;
                    }
                    ++p;
                }
                if (p == end) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    setError(m_line, Text::tr("a quoted field is never closed (the quote opens on this "
                                        "line and the file ends before it closes)."));
                    return Parse::Error;
                }
                if (p + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (p + 1 != end && p[1] == '"') {
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
        }
        while (!special[static_cast<unsigned char>(*p)])
            ++p;
        fields.push_back({std::uint32_t(fieldStart - base), std::uint32_t(p - base), quoted});
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            break; // the last record has no line break
        }
        const char c = *p;
        if (c == delimiter) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            if (p + 1 != end && p[1] == '\n')
                ++p;
        }
        ++p;
        ++lines;
        break;
    }

    m_record.m_base = base;
    m_record.m_line = m_line;
    m_line += lines;
    m_begin = p - base;
    if (fields.size() == 1 && !anyQuoted && fields[0].begin == fields[0].end)
        return Parse::Skip; // a blank line
    if (m_invalidAt >= 0) [[unlikely]]
        checkInvalidText(p);
    if (anyQuoted) {
        for (CsvRecord::Span &span : fields) {
            if (span.quoted)
                unescape(span);
        }
    }
    return Parse::Complete;
}

void CsvReader::checkInvalidText(const char *recordEnd)
{
    const char *base = m_buffer.data();
    if (base + m_invalidAt >= recordEnd)
        return;
    // The exact line of the bad byte, which may sit on a later line of a multi-line record.
    qint64 line = m_record.m_line;
    for (const char *q = base + m_record.m_fields.front().begin; q < base + m_invalidAt; ++q) {
        if (*q == '\n' || (*q == '\r' && q[1] != '\n'))
            ++line;
    }
    if (m_encoding == TextEncoding::Utf8) {
        setError(line, Text::tr("the text is not valid UTF-8 (byte 0x%1). If the file comes from Excel "
                          "on Windows, import it with the encoding windows-1252.")
                           .arg(QString::number(static_cast<unsigned char>(base[m_invalidAt]), 16)
                                    .toUpper()));
    } else {
        setError(line, Text::tr("the text is not valid %1 (a broken character).")
                           .arg(textEncodingName(m_encoding)));
    }
}

void CsvReader::unescape(CsvRecord::Span &span)
{
    char *const base = m_buffer.data();
    char *w = base + span.begin;
    const char *r = w + 1; // after the opening quote
    const char *const e = base + span.end;
    while (r < e) {
        if (*r == '"') {
            if (r + 1 < e && r[1] == '"') {
                *w++ = '"';
                r += 2;
                continue;
            }
            ++r; // the closing quote; anything after it is kept as written
            break;
        }
        *w++ = *r++;
    }
    while (r < e)
        *w++ = *r++;
    span.end = std::uint32_t(w - base);
}

} // namespace NorthStar
