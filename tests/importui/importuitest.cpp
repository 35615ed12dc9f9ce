#include "importuitest.h"

#include "import/importcheckpanel.h"
#include "import/importdialog.h"
#include "import/importsetuppage.h"
#include "storage/workspacefile.h"

#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ImportUiTest {

QString realFile()
{
    return QStringLiteral(NORTHSTAR_SHARED_DATA) + u"/real/online_retail_sample.csv"_s;
}

QString fixture(const QString &name)
{
    return name == u"REAL" ? realFile() : QStringLiteral(NORTHSTAR_TESTDATA) + u'/' + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitChecked(ImportDialog &dialog)
{
    auto *panel = dialog.setupPage()->checkPanel();
    if (panel->state() == ImportCheckPanel::State::Checking) {
        QSignalSpy spy(&dialog, &ImportDialog::checked);
        if (!spy.wait(20000))
            return false;
    }
    return panel->state() != ImportCheckPanel::State::Checking;
}

void setConstantEvent(ImportDialog &dialog, const QString &name)
{
    child<QRadioButton>(&dialog, u"eventConstantRadio"_s)->setChecked(true);
    child<QLineEdit>(&dialog, u"eventNameEdit"_s)->setText(name);
}

ImportRequest cliRequest(const QString &file, const CliOptions &o)
{
    ImportRequest r;
    r.file = file;
    r.eventName = o.eventName;
    r.timeFormat = o.timeFormat;
    r.encoding = o.encoding;
    return r;
}

QStringList cliArguments(const QString &workspace, const QString &file, const CliOptions &o)
{
    QStringList args{u"import"_s, workspace, file, u"--json"_s};
    if (!o.eventName.isEmpty())
        args << u"--event-name"_s << o.eventName;
    if (!o.timeFormat.isEmpty())
        args << u"--time-format"_s << o.timeFormat;
    if (o.encoding == TextEncoding::Windows1252)
        args << u"--encoding"_s << u"windows-1252"_s;
    return args;
}

void compareCounts(const ImportSummary &a, const ImportSummary &b)
{
    QCOMPARE(a.imported, b.imported);
    QCOMPARE(a.rejected, b.rejected);
    QCOMPARE(a.replaced, b.replaced);
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.firstMs, b.firstMs);
    QCOMPARE(a.lastMs, b.lastMs);
    QCOMPARE(a.timeFormat, b.timeFormat);
    QCOMPARE(a.timeZone, b.timeZone);
    QCOMPARE(a.duplicate, b.duplicate);
}

QString Workspaces::create()
{
    const QString file = m_dir.filePath(u"ws%1.northstar"_s.arg(++m_count));
    if (const auto created = WorkspaceFile::create(file); !created)
        qWarning("%s", qPrintable(created.error()));
    return file;
}

QString writeLargeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "user_id,timestamp,event,value\n";
    data.reserve(qsizetype(rows) * 40);
    for (int i = 0; i < rows; ++i) {
        data += "user" + QByteArray::number(i % 5000) + ',' + QByteArray::number(1704067200 + i) + ",event"
                + QByteArray::number(i % 7) + ',' + QByteArray::number(i % 100) + '\n';
    }
    file.write(data);
    return path;
}

} // namespace ImportUiTest
