// `northstar minutes` (issue #11 §4) as scripts run it: the minutes of the latest workshop or
// the one named, refusals with their exit codes and messages naming what exists, nothing
// left behind by a refusal.

#include "storage/workspacefile.h"

#include "minutesfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace Qt::StringLiterals;

namespace {

struct Output final
{
    int code = -1;
    QString out;
    QString err;
};

Output northstar(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Output o;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        o.code = process.exitCode();
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstMinutesCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void markdown();
    void pdf();
    void namedWorkshop();
    void refusals_data();
    void refusals();
    void noWorkshops();
    void unwritable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TstMinutesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"team.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_workspace, MinutesFixture::kickOff().data).ok());
}

void TstMinutesCli::markdown()
{
    const QString out = m_dir->filePath(u"kick-off.md"_s);
    const Output o = northstar({u"minutes"_s, m_workspace, u"--out"_s, out});
    QCOMPARE(o.err, QString());
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, u"Wrote the minutes of \"Kick-off\" (tree \"Growth\") to %1.\n"_s.arg(out));
    const QStringList lines = readAll(out).split(u'\n');
    QCOMPARE(lines.value(0), u"# Workshop minutes: Kick-off"_s);
    // The command line reads the C locale as American English: 12-hour times.
    QVERIFY2(lines.contains(u"| 1 | Value and game | 15 min | 9:00 AM–9:17 AM | 17 min | 2 min over |"_s),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"| 7 | Next steps | 10 min | — | — | Not reached |"_s));
}

void TstMinutesCli::pdf()
{
    const QString out = m_dir->filePath(u"kick-off.pdf"_s);
    const Output o = northstar({u"minutes"_s, m_workspace, u"--out"_s, out, u"--page-size"_s, u"letter"_s});
    QCOMPARE(o.err, QString());
    QCOMPARE(o.code, 0);
    QVERIFY(readAll(out).startsWith(u"%PDF"_s));
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo is missing (apt-get install poppler-utils)");
    QProcess info;
    info.start(pdfinfo, {out});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"612 x 792 pts (letter)"_s));
}

void TstMinutesCli::namedWorkshop()
{
    const QString out = m_dir->filePath(u"named.md"_s);
    const Output o = northstar({u"minutes"_s, m_workspace, u"--tree"_s, u"growth"_s, u"--workshop"_s, u"KICK-OFF"_s,
                                u"--out"_s, out});
    QCOMPARE(o.err, QString());
    QCOMPARE(o.code, 0);
    QVERIFY(readAll(out).startsWith(u"# Workshop minutes: Kick-off\n"_s));
}

void TstMinutesCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("file");
    QTest::newRow("unknown workshop")
        << QStringList{u"--workshop"_s, u"Retro"_s, u"--out"_s, u"OUT/m.md"_s}
        << u"northstar minutes: WORKSPACE has no workshop \"Retro\". Workshops: \"Kick-off\" (tree \"Growth\").\n"_s
        << u"m.md"_s;
    QTest::newRow("unknown workshop of a tree")
        << QStringList{u"--tree"_s, u"Growth"_s, u"--workshop"_s, u"Retro"_s, u"--out"_s, u"OUT/m.md"_s}
        << u"northstar minutes: The tree \"Growth\" has no workshop \"Retro\". Workshops: \"Kick-off\".\n"_s << u"m.md"_s;
    QTest::newRow("unknown tree")
        << QStringList{u"--tree"_s, u"Retention"_s, u"--out"_s, u"OUT/m.md"_s}
        << u"northstar minutes: WORKSPACE has no tree \"Retention\". Trees: \"Growth\".\n"_s << u"m.md"_s;
    QTest::newRow("bad flag") << QStringList{u"--output"_s, u"OUT/m.md"_s}
                              << u"northstar minutes: Unknown option 'output'.\n"_s << u"m.md"_s;
    QTest::newRow("bad suffix")
        << QStringList{u"--out"_s, u"OUT/m.html"_s}
        << u"northstar minutes: Cannot write minutes to \"OUT/m.html\": the file name must end in .pdf or .md.\n"_s
        << u"m.html"_s;
    QTest::newRow("no out") << QStringList{}
                            << u"northstar minutes: Missing --out FILE: the minutes to write (.pdf or .md).\n"_s
                            << QString();
    QTest::newRow("bad page size")
        << QStringList{u"--page-size"_s, u"a5"_s, u"--out"_s, u"OUT/m.pdf"_s}
        << u"northstar minutes: --page-size must be a4 or letter, not \"a5\".\n"_s << u"m.pdf"_s;
}

void TstMinutesCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, file);
    const QString dir = m_dir->path();
    for (QString &a : arguments)
        a.replace(u"OUT"_s, dir);
    const Output o = northstar(QStringList{u"minutes"_s, m_workspace} + arguments);
    QCOMPARE(o.code, 2);
    message.replace(u"WORKSPACE"_s, m_workspace).replace(u"OUT"_s, dir);
    QCOMPARE(o.err, message + u"Run 'northstar minutes --help' for usage.\n"_s);
    if (!file.isEmpty())
        QVERIFY(!QFileInfo::exists(m_dir->filePath(file)));
}

void TstMinutesCli::noWorkshops()
{
    QVERIFY(WorkspaceFile::write(m_workspace, MinutesFixture::withoutWorkshop()).ok());
    const QString out = m_dir->filePath(u"m.md"_s);
    const Output o = northstar({u"minutes"_s, m_workspace, u"--out"_s, out});
    QCOMPARE(o.code, 1);
    QCOMPARE(o.err, u"northstar minutes: %1 has no workshops yet. Minutes are the record of a workshop: start one on "
                    "the tree in the window first.\n"_s.arg(m_workspace));
    QVERIFY(!QFileInfo::exists(out));
}

void TstMinutesCli::unwritable()
{
    const QString out = m_dir->filePath(u"missing-folder/m.pdf"_s);
    const Output o = northstar({u"minutes"_s, m_workspace, u"--out"_s, out});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.startsWith(u"northstar minutes: Cannot write \"%1\": "_s.arg(out)), qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TstMinutesCli)
#include "tst_minutescli.moc"
