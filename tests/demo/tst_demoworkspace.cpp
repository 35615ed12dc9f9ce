// The per-user demo follows the app: a demo made by an older version of the demo is made
// again when it is opened, and the old file, which the team may have worked in, is kept
// beside it under another name. A current demo is opened as it is.

#include "demo/demoworkspace.h"
#include "storage/workspacefile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace NorthStar;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // ~/.qttest, never the user's own demo
        QDir(QFileInfo(DemoWorkspace::defaultPath()).absolutePath()).removeRecursively();
    }

    void anOlderDemoIsMadeAgainAndKept()
    {
        const QString path = DemoWorkspace::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        WorkspaceData old;
        old.trees.insert(1, Tree{1, u"What the workshop built"_s, 0, Game::Unset, 0, std::nullopt});
        QVERIFY(WorkspaceFile::write(path, old).ok());
        QVERIFY(!DemoWorkspace::isCurrent());
        QCOMPARE(DemoWorkspace::versionOf(path), 0);

        const auto ensured = DemoWorkspace::ensure();
        QVERIFY2(ensured, qPrintable(ensured ? QString() : ensured.error()));
        QCOMPARE(*ensured, path);
        QVERIFY(DemoWorkspace::isCurrent());
        QCOMPARE(DemoWorkspace::versionOf(path), DemoWorkspace::currentVersion());

        const QString aside = QFileInfo(path).dir().filePath(u"Lingo demo (before update).northstar"_s);
        const auto kept = WorkspaceFile::read(aside);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error()));
        QCOMPARE(kept->treesInOrder().constFirst().name, u"What the workshop built"_s);
    }

    void aCurrentDemoIsOpenedAsItIs()
    {
        const QString path = DemoWorkspace::defaultPath();
        const QDateTime written = QFileInfo(path).lastModified();
        const auto ensured = DemoWorkspace::ensure();
        QVERIFY(ensured);
        QCOMPARE(QFileInfo(path).lastModified(), written);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
