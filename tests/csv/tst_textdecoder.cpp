#include "csv/textdecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void encodingNames_data();
    void encodingNames();
    void utf8Validation_data();
    void utf8Validation();
    void singleByte_data();
    void singleByte();
    void utf16SplitAnywhere();
    void utf16Malformed();
};

void TestTextDecoder::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("encoding");
    QTest::newRow("utf-8") << u"utf-8"_s << true << int(TextEncoding::Utf8);
    QTest::newRow("UTF8") << u"UTF8"_s << true << int(TextEncoding::Utf8);
    QTest::newRow("utf-16") << u"utf-16"_s << true << int(TextEncoding::Utf16);
    QTest::newRow("utf-16le") << u"utf-16le"_s << true << int(TextEncoding::Utf16LE);
    QTest::newRow("latin-1") << u"latin-1"_s << true << int(TextEncoding::Latin1);
    QTest::newRow("iso-8859-1") << u"ISO-8859-1"_s << true << int(TextEncoding::Latin1);
    QTest::newRow("windows-1252") << u"windows-1252"_s << true << int(TextEncoding::Windows1252);
    QTest::newRow("cp1252") << u"cp1252"_s << true << int(TextEncoding::Windows1252);
    QTest::newRow("auto") << u"auto"_s << true << int(TextEncoding::Auto);
    QTest::newRow("unknown") << u"ebcdic"_s << false << 0;
}

void TestTextDecoder::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(int, encoding);
    const Result<TextEncoding> result = textEncodingFromName(name);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(int(*result), encoding);
        QCOMPARE(*textEncodingFromName(textEncodingName(*result)), *result);
    } else {
        QVERIFY(result.error().contains(u"ebcdic"_s));
    }
}

void TestTextDecoder::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("invalid");
    QTest::newRow("ascii") << QByteArray("hello, world 12345") << 18 << false;
    QTest::newRow("two-byte") << QByteArray("z\xc3\xa9!") << 4 << false;
    QTest::newRow("emoji") << QByteArray("a\xf0\x9f\x99\x82") << 5 << false;
    QTest::newRow("incomplete tail") << QByteArray("abc\xe2\x82") << 3 << false;
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xe9 au lait") << 3 << true;
    QTest::newRow("overlong") << QByteArray("a\xc0\xaf") << 1 << true;
    QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << 2 << true;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0 << true;
    QTest::newRow("stray continuation after 8 ascii")
        << QByteArray("abcdefgh\x80") << 8 << true;
}

void TestTextDecoder::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, prefix);
    QFETCH(bool, invalid);
    bool bad = false;
    QCOMPARE(utf8ValidPrefix(bytes.constData(), bytes.size(), &bad), prefix);
    QCOMPARE(bad, invalid);
}

void TestTextDecoder::singleByte_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("latin-1") << int(TextEncoding::Latin1) << QByteArray("M\xfcnchen \xa3") << u"München £"_s;
    QTest::newRow("latin-1 keeps C1") << int(TextEncoding::Latin1) << QByteArray("\x80") << u"\u0080"_s;
    QTest::newRow("windows-1252 euro and quotes")
        << int(TextEncoding::Windows1252) << QByteArray("\x80 \x93x\x94 \xfc") << u"€ “x” ü"_s;
    QTest::newRow("windows-1252 undefined byte kept")
        << int(TextEncoding::Windows1252) << QByteArray("\x81") << u"\u0081"_s;
}

void TestTextDecoder::singleByte()
{
    QFETCH(int, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    TextDecoder decoder{TextEncoding(encoding)};
    QByteArray out(TextDecoder::maxOutputSize(bytes.size()), '\0');
    qsizetype errorAt = -1;
    out.resize(decoder.decode(bytes.constData(), bytes.size(), out.data(), true, &errorAt));
    QCOMPARE(QString::fromUtf8(out), text);
    QCOMPARE(errorAt, -1);
}

void TestTextDecoder::utf16SplitAnywhere()
{
    // Every split point, including inside a surrogate pair, gives the same text.
    const QString text = u"a🙂ü,x\n"_s;
    for (const bool little : {true, false}) {
        QByteArray bytes;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const char lo = char(u & 0xFF), hi = char(u >> 8);
            bytes.append(little ? lo : hi).append(little ? hi : lo);
        }
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            TextDecoder decoder(little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
            QByteArray out(TextDecoder::maxOutputSize(bytes.size()) * 2, '\0');
            qsizetype errorAt = -1;
            qsizetype n = decoder.decode(bytes.constData(), split, out.data(), false, &errorAt);
            n += decoder.decode(bytes.constData() + split, bytes.size() - split, out.data() + n,
                                true, &errorAt);
            out.resize(n);
            QCOMPARE(QString::fromUtf8(out), text);
            QCOMPARE(errorAt, -1);
        }
    }
}

void TestTextDecoder::utf16Malformed()
{
    // "a", a lone high surrogate, "b", then an odd trailing byte.
    const QByteArray bytes("a\0\x00\xd8" "b\0" "c", 7);
    TextDecoder decoder(TextEncoding::Utf16LE);
    QByteArray out(64, '\0');
    qsizetype errorAt = -1;
    out.resize(decoder.decode(bytes.constData(), bytes.size(), out.data(), true, &errorAt));
    QCOMPARE(QString::fromUtf8(out), u"a\uFFFDb\uFFFD"_s);
    QCOMPARE(errorAt, 1);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
