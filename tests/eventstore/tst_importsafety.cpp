// An import is one transaction (issue #3, section 4): abort, cancel and errors leave the
// workspace byte for byte as it was; a failed first import leaves no file behind.

#include "importtestsupport.h"

#include "eventstore/eventstore.h"
#include "eventstore/eventimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::TestSupport;
using namespace Qt::StringLiterals;

class TestImportSafety final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void abortLeavesTheFileIdentical();
    void abortLeavesNoNewWorkspace();
    void cancelLeavesTheFileIdentical();
    void progressIsReported();
    void readingErrorLeavesTheFileIdentical();

private:
    void importBaseline();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestImportSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"safe.northstar"_s);
}

void TestImportSafety::importBaseline()
{
    const QString a = m_dir->filePath(u"a.csv"_s);
    writeDailyEvents(a, u"alice"_s, u"2024-01-01"_s, 30);
    QVERIFY(EventImport::run(m_workspace, request(a)).ok());
}

void TestImportSafety::abortLeavesTheFileIdentical()
{
    importBaseline();
    const QByteArray before = fileBytes(m_workspace);
    ImportRequest r = request(fixture(u"bad_rows.csv"_s));
    r.onError = ImportRequest::OnError::Abort;
    const auto s = EventImport::run(m_workspace, r);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"Line 3, column 1"_s), qPrintable(s.error()));
    QVERIFY(s.error().contains(u"--on-error abort"_s));
    QCOMPARE(fileBytes(m_workspace), before);
    QVERIFY(!QFile::exists(m_workspace + u"-journal"_s));
}

void TestImportSafety::abortLeavesNoNewWorkspace()
{
    ImportRequest r = request(fixture(u"bad_rows.csv"_s));
    r.onError = ImportRequest::OnError::Abort;
    QVERIFY(!EventImport::run(m_workspace, r).ok());
    QVERIFY(!QFile::exists(m_workspace));
    QVERIFY(!QFile::exists(m_workspace + u".importing"_s));
}

void TestImportSafety::cancelLeavesTheFileIdentical()
{
    importBaseline();
    const QByteArray before = fileBytes(m_workspace);
    const QString big = m_dir->filePath(u"big.csv"_s);
    writeManyEvents(big, 200000, 1000);
    std::atomic<bool> cancel{false};
    qint64 rowsWhenCancelled = 0;
    ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](const ImportProgress &p) {
        if (p.rows > 0 && !cancel) {
            rowsWhenCancelled = p.rows;
            cancel = true; // what the dialog's Cancel button does, from another thread
        }
    };
    const auto s = EventImport::run(m_workspace, request(big), control);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"cancelled"_s), qPrintable(s.error()));
    QVERIFY(rowsWhenCancelled > 0 && rowsWhenCancelled < 200000);
    QCOMPARE(fileBytes(m_workspace), before);
    QCOMPARE(EventStore::info(m_workspace)->events, 30);
}

void TestImportSafety::progressIsReported()
{
    const QString big = m_dir->filePath(u"big.csv"_s);
    writeManyEvents(big, 100000, 500);
    qint64 lastRows = -1, lastBytes = -1, total = 0;
    bool monotonic = true;
    ImportControl control;
    control.progress = [&](const ImportProgress &p) {
        monotonic = monotonic && p.rows >= lastRows && p.bytes >= lastBytes;
        lastRows = p.rows;
        lastBytes = p.bytes;
        total = p.totalBytes;
    };
    const auto s = EventImport::run(m_workspace, request(big), control);
    QVERIFY(s.ok());
    QCOMPARE(s->imported, 100000);
    QCOMPARE(s->users, 500);
    QVERIFY(monotonic);
    QCOMPARE(total, QFileInfo(big).size());
    QCOMPARE(lastBytes, total); // the last report says "done"
}

void TestImportSafety::readingErrorLeavesTheFileIdentical()
{
    importBaseline();
    const QByteArray before = fileBytes(m_workspace);
    const QString broken = m_dir->filePath(u"broken.csv"_s);
    writeManyEvents(broken, 50000, 100);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::Append));
    f.write("bob,2024-06-01T00:00:00Z,caf\xe9,1\n"); // Latin-1 byte in a UTF-8 file, at the end
    f.close();
    const auto s = EventImport::run(m_workspace, request(broken));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"50002"_s) && s.error().contains(u"windows-1252"_s), qPrintable(s.error()));
    QCOMPARE(fileBytes(m_workspace), before);
}

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
