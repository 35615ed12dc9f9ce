#pragma once

// Turns file bytes into UTF-8 in streaming chunks. The CSV reader works on UTF-8 bytes only:
// UTF-8 input is validated in place (no copy), every other encoding is converted chunk by
// chunk into the reader's buffer.

#include "common/result.h"

#include <QString>

namespace NorthStar {

enum class TextEncoding {
    Auto,        // byte order mark decides, else UTF-8
    Utf8,
    Utf16,       // byte order mark decides the byte order, else a guess from the first bytes
    Utf16LE,
    Utf16BE,
    Latin1,      // ISO-8859-1: every byte is the code point of the same number
    Windows1252, // as Latin-1, but 0x80-0x9F are the Windows characters (euro sign, quotes)
};

// Accepts `auto`, `utf-8`, `utf-16`, `utf-16le`, `utf-16be`, `latin-1`, `windows-1252` and
// the usual spellings (`utf8`, `iso-8859-1`, `cp1252`, ...), case-insensitively.
Result<TextEncoding> textEncodingFromName(const QString &name);
QString textEncodingName(TextEncoding encoding);

// Length of the longest prefix of `data` that is valid, complete UTF-8. When `invalid` comes
// back false, the bytes after the prefix (at most 3) are the start of a sequence that may be
// completed by the next chunk; when true, the byte right after the prefix is malformed.
qsizetype utf8ValidPrefix(const char *data, qsizetype size, bool *invalid);

// Streaming converter from UTF-16 or a single-byte encoding to UTF-8.
class TextDecoder final
{
public:
    // `encoding` must be resolved: Utf16LE, Utf16BE, Latin1 or Windows1252.
    explicit TextDecoder(TextEncoding encoding);

    // Output room `decode` may need for `inputSize` input bytes (a Windows-1252 byte can
    // become three UTF-8 bytes, e.g. the euro sign).
    static qsizetype maxOutputSize(qsizetype inputSize) { return 3 * inputSize + 8; }

    // Converts `size` bytes and writes UTF-8 to `out`; returns the number of bytes written.
    // A UTF-16 unit split across chunks is carried to the next call; `last` flushes it.
    // Malformed input (an unpaired surrogate, an odd byte at the end) is written as U+FFFD
    // and `*errorAt` is set to its offset in this call's output (else left untouched).
    qsizetype decode(const char *in, qsizetype size, char *out, bool last, qsizetype *errorAt);

private:
    qsizetype decodeUtf16(const char *in, qsizetype size, char *out, bool last, qsizetype *errorAt);

    TextEncoding m_encoding;
    unsigned char m_carry[3] = {};
    int m_carrySize = 0;
};

} // namespace NorthStar
