// Recovery files: written atomically into $NORTHSTAR_RECOVERY_DIR, found again for a saved
// or an untitled workspace, read back without their bookkeeping, and discarded.

#include "storage/recovery.h"
#include "storage/workspacefile.h"

#include "../model/testworkspace.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::StorageTest;
using namespace Qt::StringLiterals;

namespace {

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error()));                                 \
    } while (false)

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TstRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void directoryComesFromTheEnvironment();
    void pathsAreStablePerWorkspace();
    void writeAndRead();
    void listAndFindSavedWorkspace();
    void untitledWorkspace();
    void secondWriteReplacesTheFirst();
    void leftoverPartialIsIgnored();
    void damagedRecoveryFileIsSkipped();
    void discard();

private:
    std::unique_ptr<QTemporaryDir> m_recoveryDir;
    std::unique_ptr<QTemporaryDir> m_workDir;
};

void TstRecovery::init()
{
    m_recoveryDir = std::make_unique<QTemporaryDir>();
    m_workDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_recoveryDir->isValid() && m_workDir->isValid());
    qputenv("NORTHSTAR_RECOVERY_DIR", QFile::encodeName(m_recoveryDir->path()));
}

void TstRecovery::cleanup()
{
    qunsetenv("NORTHSTAR_RECOVERY_DIR");
}

void TstRecovery::directoryComesFromTheEnvironment()
{
    QCOMPARE(Recovery::directory(), m_recoveryDir->path());
    const QString nested = m_recoveryDir->filePath(u"a/b"_s);
    qputenv("NORTHSTAR_RECOVERY_DIR", QFile::encodeName(nested));
    QCOMPARE(Recovery::directory(), nested);
    QVERIFY(QFileInfo(nested).isDir());
}

void TstRecovery::pathsAreStablePerWorkspace()
{
    const QString a = m_workDir->filePath(u"a.northstar"_s);
    const QString b = m_workDir->filePath(u"b.northstar"_s);
    const QString pa = Recovery::pathFor(a, {});
    QCOMPARE(QFileInfo(pa).absolutePath(), m_recoveryDir->path());
    QCOMPARE(Recovery::pathFor(a, {}), pa);
    QCOMPARE(Recovery::pathFor(m_workDir->path() + u"/./sub/../a.northstar"_s, {}), pa);
    QVERIFY(Recovery::pathFor(b, {}) != pa);
    QVERIFY(Recovery::pathFor({}, u"1"_s) != Recovery::pathFor({}, u"2"_s));
    QVERIFY(Recovery::pathFor({}, u"1"_s) != pa);
}

void TstRecovery::writeAndRead()
{
    const QString workspace = m_workDir->filePath(u"w.northstar"_s);
    const QString recovery = Recovery::pathFor(workspace, {});
    VERIFY_OK(Recovery::write(recovery, richWorkspace(), workspace));
    const auto data = Recovery::read(recovery);
    VERIFY_OK(data);
    // The bookkeeping settings stay out of the workspace's own settings.
    NS_COMPARE_CONTENT(*data, richWorkspace());
    // The workspace itself is never written by autosave.
    QVERIFY(!QFileInfo::exists(workspace));
}

void TstRecovery::listAndFindSavedWorkspace()
{
    const QString workspace = m_workDir->filePath(u"w.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(workspace, bigWorkspace(1)));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    VERIFY_OK(Recovery::write(Recovery::pathFor(workspace, {}), richWorkspace(), workspace));

    const QList<Recovery::Entry> entries = Recovery::list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().originalPath, QFileInfo(workspace).absoluteFilePath());
    QCOMPARE(entries.constFirst().recoveryPath, Recovery::pathFor(workspace, {}));
    QVERIFY(entries.constFirst().savedAt.isValid());
    QVERIFY(entries.constFirst().savedAt >= before);
    QVERIFY(entries.constFirst().savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    const auto found = Recovery::findFor(workspace);
    QVERIFY(found);
    QCOMPARE(found->recoveryPath, entries.constFirst().recoveryPath);
    QVERIFY(!Recovery::findFor(m_workDir->filePath(u"other.northstar"_s)));
    NS_COMPARE_CONTENT(*WorkspaceFile::read(workspace), bigWorkspace(1));
}

void TstRecovery::untitledWorkspace()
{
    const QString recovery = Recovery::pathFor({}, u"window-1"_s);
    VERIFY_OK(Recovery::write(recovery, richWorkspace(), {}));
    const QList<Recovery::Entry> entries = Recovery::list();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.constFirst().originalPath.isEmpty());
    QCOMPARE(entries.constFirst().recoveryPath, recovery);
    const auto data = Recovery::read(recovery);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, richWorkspace());
}

void TstRecovery::secondWriteReplacesTheFirst()
{
    const QString workspace = m_workDir->filePath(u"w.northstar"_s);
    const QString recovery = Recovery::pathFor(workspace, {});
    VERIFY_OK(Recovery::write(recovery, richWorkspace(), workspace));
    VERIFY_OK(Recovery::write(recovery, bigWorkspace(4), workspace));
    NS_COMPARE_CONTENT(*Recovery::read(recovery), bigWorkspace(4));
    QCOMPARE(Recovery::list().size(), 1);
    QCOMPARE(QDir(m_recoveryDir->path()).entryList(QDir::Files), QStringList{QFileInfo(recovery).fileName()});
}

void TstRecovery::leftoverPartialIsIgnored()
{
    const QString workspace = m_workDir->filePath(u"w.northstar"_s);
    const QString recovery = Recovery::pathFor(workspace, {});
    VERIFY_OK(Recovery::write(recovery, richWorkspace(), workspace));
    // A write killed half way leaves only a .partial: the last complete file still counts.
    writeBytes(recovery + u".partial"_s, "SQLite format 3\0 half written");
    writeBytes(Recovery::pathFor({}, u"crashed"_s) + u".partial"_s, "half written");
    const QList<Recovery::Entry> entries = Recovery::list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().recoveryPath, recovery);
    NS_COMPARE_CONTENT(*Recovery::read(recovery), richWorkspace());
    // The next write is not disturbed by the leftover.
    VERIFY_OK(Recovery::write(recovery, bigWorkspace(2), workspace));
    QVERIFY(!QFileInfo::exists(recovery + u".partial"_s));
    NS_COMPARE_CONTENT(*Recovery::read(recovery), bigWorkspace(2));
}

void TstRecovery::damagedRecoveryFileIsSkipped()
{
    writeBytes(Recovery::pathFor({}, u"junk"_s), "not a database");
    const QString good = Recovery::pathFor({}, u"good"_s);
    VERIFY_OK(Recovery::write(good, richWorkspace(), {}));
    const QList<Recovery::Entry> entries = Recovery::list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().recoveryPath, good);
    QVERIFY(!Recovery::read(Recovery::pathFor({}, u"junk"_s)).ok());
}

void TstRecovery::discard()
{
    const QString workspace = m_workDir->filePath(u"w.northstar"_s);
    const QString recovery = Recovery::pathFor(workspace, {});
    VERIFY_OK(Recovery::write(recovery, richWorkspace(), workspace));
    writeBytes(recovery + u".partial"_s, "x");
    Recovery::discard(recovery);
    QVERIFY(!QFileInfo::exists(recovery));
    QVERIFY(!QFileInfo::exists(recovery + u".partial"_s));
    QVERIFY(Recovery::list().isEmpty());
    QVERIFY(!Recovery::findFor(workspace));
    Recovery::discard(recovery);  // twice is harmless
}

QTEST_GUILESS_MAIN(TstRecovery)
#include "tst_recovery.moc"
