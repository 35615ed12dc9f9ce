#pragma once

// Streaming RFC 4180 reader for real exports: quoted fields with delimiters, doubled quotes
// and line breaks; LF, CRLF or CR line endings; UTF-8 (BOM or not), UTF-16 with a BOM,
// Latin-1 and Windows-1252. Memory stays at one fixed buffer (it grows only for a single
// record longer than the buffer, up to a limit), whatever the file size.
//
// Leniency, so nothing is lost: a quote inside an unquoted field is kept as a character;
// text after a closing quote is kept ("ab"c reads as abc). Blank lines are skipped (they
// still count for line numbers).

#include "csv/csvrecord.h"
#include "csv/textdecoder.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace NorthStar {

class CsvReader final
{
public:
    struct Options
    {
        char delimiter = ',';
        TextEncoding encoding = TextEncoding::Auto;
        qsizetype bufferSize = qsizetype(1) << 20;
        qsizetype maxRecordSize = qsizetype(64) << 20;
    };

    // Reads from `device` (open, not owned) from its current position.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record, or nullptr at the end of the input or on an error (see hasError()).
    // The record and its fields stay valid until the next call.
    const CsvRecord *next();

    bool hasError() const { return !m_error.isEmpty(); }
    // What went wrong and where ("Line 12: ..."), ready to show.
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // The encoding in use: after the first record, Auto/Utf16 are resolved from the BOM.
    TextEncoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_hadBom; }
    // Input bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Parse { Complete, NeedMore, Skip, Error };

    Parse parseRecord();
    bool refill();
    bool readInitial();
    qsizetype appendInput(const char *data, qsizetype size, bool last);
    void validateUtf8(bool last);
    void unescape(CsvRecord::Span &span);
    void setError(qint64 line, const QString &message);
    void checkInvalidText(const char *recordEnd);

    QIODevice *m_device;
    Options m_options;
    TextEncoding m_encoding;
    std::unique_ptr<TextDecoder> m_decoder;
    std::vector<char> m_buffer;      // data, then one sentinel byte
    std::vector<char> m_raw;         // undecoded input (non-UTF-8 encodings)
    qsizetype m_begin = 0;           // start of the unparsed data
    qsizetype m_end = 0;             // end of the data
    qsizetype m_validEnd = 0;        // UTF-8 checked up to here
    qsizetype m_invalidAt = -1;      // first malformed byte in the buffer, or -1
    bool m_started = false;
    bool m_eof = false;
    bool m_hadBom = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_special[256] = {};
    CsvRecord m_record;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace NorthStar
