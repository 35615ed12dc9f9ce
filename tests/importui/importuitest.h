#pragma once

// Shared by the import dialog's GUI tests: fixtures, the widgets by object name, waiting for
// the dry run, and the command line's request for the same file.

#include "eventstore/importtypes.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

namespace NorthStar {
class ImportDialog;
}

namespace ImportUiTest {

using namespace NorthStar;

// "REAL" is the real export in ../shared/data/real; anything else is under tests/data.
QString fixture(const QString &name);
QString realFile();
QByteArray fileBytes(const QString &path);

template<typename W>
W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

// Waits for the dry run of the dialog's current options (debounced, on a worker thread).
bool waitChecked(ImportDialog &dialog);
void setConstantEvent(ImportDialog &dialog, const QString &name);

// What a script passes to `northstar import` for the same file.
struct CliOptions
{
    QString eventName;
    QString timeFormat;
    TextEncoding encoding = TextEncoding::Auto;
};
ImportRequest cliRequest(const QString &file, const CliOptions &options);
QStringList cliArguments(const QString &workspace, const QString &file, const CliOptions &options);

// The numbers a person and a script both see; QCOMPARE inside (check currentTestFailed()).
void compareCounts(const ImportSummary &a, const ImportSummary &b);

// Empty workspace files (as a saved workspace has) in one temporary folder.
class Workspaces final
{
public:
    QString create();
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

// `rows` valid rows, one second apart: big enough that Cancel lands long before the end.
QString writeLargeFile(const QString &path, int rows);

} // namespace ImportUiTest
