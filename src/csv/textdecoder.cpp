#include "csv/textdecoder.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstring>

using namespace Qt::StringLiterals;

namespace NorthStar {

Result<TextEncoding> textEncodingFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'-').remove(u'_').remove(u' ');
    if (n.isEmpty() || n == u"auto")
        return TextEncoding::Auto;
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf16")
        return TextEncoding::Utf16;
    if (n == u"utf16le")
        return TextEncoding::Utf16LE;
    if (n == u"utf16be")
        return TextEncoding::Utf16BE;
    if (n == u"latin1" || n == u"iso88591" || n == u"l1")
        return TextEncoding::Latin1;
    if (n == u"windows1252" || n == u"cp1252" || n == u"win1252")
        return TextEncoding::Windows1252;
    return fail(QCoreApplication::translate("TextDecoder",
                                            "Unknown encoding \"%1\": use utf-8, utf-16, "
                                            "latin-1 or windows-1252.")
                    .arg(name));
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return u"auto"_s;
    case TextEncoding::Utf8: return u"utf-8"_s;
    case TextEncoding::Utf16: return u"utf-16"_s;
    case TextEncoding::Utf16LE: return u"utf-16le"_s;
    case TextEncoding::Utf16BE: return u"utf-16be"_s;
    case TextEncoding::Latin1: return u"latin-1"_s;
    case TextEncoding::Windows1252: return u"windows-1252"_s;
    }
    return {};
}

qsizetype utf8ValidPrefix(const char *data, qsizetype size, bool *invalid)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    *invalid = false;
    while (i < size) {
        // ASCII fast path, eight bytes at a time: nearly every byte of a usage export.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            *invalid = true;
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return i; // incomplete: may continue in the next chunk
            const unsigned char b = s[i + k];
            const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
            if (!ok) {
                *invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

namespace {

// Windows-1252 0x80-0x9F. The five undefined bytes map to the C1 control of the same
// number, as the WHATWG encoding standard does, so no byte is ever lost.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char *putUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

constexpr char32_t kReplacement = 0xFFFD;

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding) : m_encoding(encoding) {}

qsizetype TextDecoder::decode(const char *in, qsizetype size, char *out, bool last,
                              qsizetype *errorAt)
{
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE)
        return decodeUtf16(in, size, out, last, errorAt);
    char *o = out;
    const bool windows = m_encoding == TextEncoding::Windows1252;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80)
            *o++ = char(c);
        else if (windows && c < 0xA0)
            o = putUtf8(o, kWindows1252High[c - 0x80]);
        else
            o = putUtf8(o, c);
    }
    return o - out;
}

qsizetype TextDecoder::decodeUtf16(const char *in, qsizetype size, char *out, bool last,
                                   qsizetype *errorAt)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    char *o = out;
    const auto markError = [&] {
        if (*errorAt < 0)
            *errorAt = o - out;
        o = putUtf8(o, kReplacement);
    };
    // The carried bytes (an odd byte, or a high surrogate with or without its next byte)
    // come first; byteAt() reads across the carry and the new input.
    const int carried = m_carrySize;
    const qsizetype total = carried + size;
    const auto byteAt = [&](qsizetype i) -> unsigned {
        return i < carried ? m_carry[i] : static_cast<unsigned char>(in[i - carried]);
    };
    const auto unitAt = [&](qsizetype i) -> char16_t {
        const unsigned a = byteAt(i), b = byteAt(i + 1);
        return char16_t(little ? (a | (b << 8)) : ((a << 8) | b));
    };
    qsizetype i = 0;
    while (i + 1 < total) {
        const char16_t u = unitAt(i);
        if (u < 0xD800 || u > 0xDFFF) {
            o = putUtf8(o, u);
            i += 2;
        } else if (u <= 0xDBFF) {
            if (i + 3 >= total)
                break; // the low surrogate may come with the next chunk
            const char16_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                o = putUtf8(o, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00));
                i += 4;
            } else {
                markError();
                i += 2;
            }
        } else {
            markError(); // a low surrogate without a high one
            i += 2;
        }
    }
    unsigned char rest[3];
    const int restSize = int(total - i);
    for (int k = 0; k < restSize; ++k)
        rest[k] = static_cast<unsigned char>(byteAt(i + k));
    m_carrySize = restSize;
    std::memcpy(m_carry, rest, size_t(restSize));
    if (last && m_carrySize > 0) {
        markError();
        m_carrySize = 0;
    }
    return o - out;
}

} // namespace NorthStar
