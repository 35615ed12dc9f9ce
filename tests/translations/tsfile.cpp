#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace NorthStar::TsFile {

QString Message::label() const
{
    QString text = source;
    text.replace(u'\n', u"\\n"_s);
    return u"%1 (line %2): \"%3\""_s.arg(context).arg(line).arg(text);
}

namespace {

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    m.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

} // namespace

Catalogue read(const QString &path)
{
    Catalogue out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = u"Cannot open %1: %2"_s.arg(path, file.errorString());
        return out;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        out.error = u"%1 is not a Qt Linguist file (no <TS> root element)."_s.arg(path);
        return out;
    }
    out.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                out.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        out.error = u"%1:%2:%3: %4"_s.arg(path).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return out;
}

namespace {

QStringList sortedMatches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

} // namespace

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:L?\\d{1,2}|n)"_s);
    return sortedMatches(re, text);
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(u"</?[A-Za-z][A-Za-z0-9]*\\b[^<>]*>"_s);
    return sortedMatches(re, text);
}

QString mnemonics(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            letters.append(text.at(i + 1).toLower());
    }
    return letters;
}

} // namespace NorthStar::TsFile
