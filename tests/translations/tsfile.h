#pragma once

// A Qt Linguist .ts file read into plain values, for checking translations in tests.

#include <QList>
#include <QString>
#include <QStringList>

namespace NorthStar::TsFile {

struct Message final
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;          // "" (finished), "unfinished", "obsolete" or "vanished"
    QStringList forms;     // one translation, or one per plural form
    qint64 line = 0;       // of <message> in the .ts

    QString label() const; // "Context: source", for test output
};

struct Catalogue final
{
    QString language;
    QList<Message> messages;
    QString error;         // set when the file cannot be read or parsed (with line and column)
};

Catalogue read(const QString &path);

// %1 %L2 %n, sorted: the arguments a translation has to keep.
QStringList placeholders(const QString &text);
// <b> </b> <h3> ..., sorted.
QStringList htmlTags(const QString &text);
// The mnemonic letters marked with a single '&' ("&&" is a literal ampersand).
QString mnemonics(const QString &text);

} // namespace NorthStar::TsFile
