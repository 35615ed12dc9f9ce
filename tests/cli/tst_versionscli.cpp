// `northstar versions`, `diff` and `export --version` (issue #11 §3) as scripts run them:
// saving is one write and a refused save leaves the file alone; the diff prints one change
// per line; an unknown version names the known ones (exit 2).

#include "model/workspacedata.h"
#include "storage/workspacefile.h"

#include "../model/testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::TestWorkspace;
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

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TstVersionsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveListAndDiff();
    void duplicateIsRefused();
    void unknownVersion_data();
    void unknownVersion();
    void exportVersion();

private:
    QString save(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TstVersionsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"team.northstar"_s);
    QVERIFY(WorkspaceFile::write(m_workspace, sample()).ok());
}

QString TstVersionsCli::save(const QString &name)
{
    const Output o = northstar({u"versions"_s, m_workspace, u"--save"_s, name});
    return o.code == 0 ? QString() : u"exit %1: %2"_s.arg(o.code).arg(o.err);
}

void TstVersionsCli::saveListAndDiff()
{
    Output o = northstar({u"versions"_s, m_workspace});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.contains(u"no saved versions yet"_s), qPrintable(o.out));

    o = northstar({u"versions"_s, m_workspace, u"--save"_s, u"Hypothesis v1"_s});
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, u"Saved the tree \"Growth\" as the version \"Hypothesis v1\" (8 nodes).\n"_s);
    QCOMPARE(northstar({u"versions"_s, m_workspace, u"--tree"_s, u"Retention"_s, u"--save"_s, u"Retention v1"_s}).code, 0);

    // Edited after the version was saved.
    auto data = WorkspaceFile::read(m_workspace);
    QVERIFY(data);
    data->metrics[MetricDocsPerTeam].name = u"Docs per active team"_s;
    data->edges[EdgeDocsToNorthStar].leverage = 0.62;
    data->nodes[OnboardingWork].status = WorkStatus::Shipped;
    QVERIFY(WorkspaceFile::write(m_workspace, *data).ok());
    QCOMPARE(save(u"After the workshop"_s), QString());

    o = northstar({u"versions"_s, m_workspace});
    QCOMPARE(o.code, 0);
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Hypothesis v1       20"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u" UTC  8 nodes"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"After the workshop  "_s), qPrintable(lines.at(1)));

    o = northstar({u"diff"_s, m_workspace, u"Hypothesis v1"_s, u"now"_s});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.err.isEmpty(), qPrintable(o.err));
    QCOMPARE(o.out, u"Status of work item \"Onboarding checklist\": In progress → Shipped\n"
                    "Renamed input \"Docs per team\" to \"Docs per active team\"\n"
                    "Leverage of \"Docs per active team\" → North Star: 0.5 → 0.62\n"_s);
    // Two versions, the other way round; and a version with itself.
    o = northstar({u"diff"_s, m_workspace, u"after the workshop"_s, u"Hypothesis v1"_s});
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out.count(u'\n'), 3);
    QVERIFY2(o.out.contains(u"Renamed input \"Docs per active team\" to \"Docs per team\""_s), qPrintable(o.out));
    o = northstar({u"diff"_s, m_workspace, u"After the workshop"_s, u"now"_s});
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, QString());
    // The other tree's versions.
    o = northstar({u"diff"_s, m_workspace, u"Retention v1"_s, u"now"_s, u"--tree"_s, u"Retention"_s});
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, QString());
}

void TstVersionsCli::duplicateIsRefused()
{
    QCOMPARE(save(u"v1"_s), QString());
    const QByteArray before = hashOf(m_workspace);
    const Output o = northstar({u"versions"_s, m_workspace, u"--save"_s, u"V1"_s});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains(u"has a version \"v1\" already"_s), qPrintable(o.err));
    QCOMPARE(hashOf(m_workspace), before);
    QCOMPARE(northstar({u"versions"_s, m_workspace, u"--save"_s, u" "_s}).code, 1);
    QCOMPARE(hashOf(m_workspace), before);
}

void TstVersionsCli::unknownVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("diff") << QStringList{u"diff"_s, u"v9"_s, u"now"_s}
                          << u"The tree \"Growth\" has no version \"v9\". Versions: \"v1\", \"v2\"."_s;
    QTest::newRow("diff B") << QStringList{u"diff"_s, u"v1"_s, u"nope"_s}
                            << u"The tree \"Growth\" has no version \"nope\". Versions: \"v1\", \"v2\"."_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"--version"_s, u"v9"_s, u"--image"_s, u"out.svg"_s}
                            << u"has no version \"v9\""_s;
    QTest::newRow("other tree") << QStringList{u"diff"_s, u"v1"_s, u"now"_s, u"--tree"_s, u"Retention"_s}
                                << u"it has no saved versions yet"_s;
}

void TstVersionsCli::unknownVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(save(u"v1"_s), QString());
    QCOMPARE(save(u"v2"_s), QString());
    arguments.insert(1, m_workspace);
    const Output o = northstar(arguments);
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QCOMPARE(o.out, QString());
}

void TstVersionsCli::exportVersion()
{
    QCOMPARE(save(u"v1"_s), QString());
    auto data = WorkspaceFile::read(m_workspace);
    QVERIFY(data);
    data->metrics[MetricDocsPerTeam].name = u"Renamed since"_s;
    QVERIFY(WorkspaceFile::write(m_workspace, *data).ok());
    const QString image = m_dir->filePath(u"v1.svg"_s);
    const Output o = northstar({u"export"_s, m_workspace, u"--version"_s, u"v1"_s, u"--image"_s, image});
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, u"Exported the version \"v1\" of the tree \"Growth\" to %1.\n"_s.arg(image));
    QFile svg(image);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    // The version's names, not today's.
    QVERIFY(text.contains(u"Docs per team"_s));
    QVERIFY(!text.contains(u"Renamed since"_s));
}

QTEST_GUILESS_MAIN(TstVersionsCli)
#include "tst_versionscli.moc"
