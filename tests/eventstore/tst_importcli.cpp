// `northstar import / preview / info` as a script runs them, and kill -9 in the middle of
// an import (the workspace is unchanged and opens fine).

#include "importtestsupport.h"

#include "eventstore/eventstore.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "storage/workspacefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run northstar(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(NORTHSTAR_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestImportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importJson();
    void importHumanSummary();
    void importFailsWithAMessage_data();
    void importFailsWithAMessage();
    void previewJson();
    void infoJson();
    void killDuringImport();
    void nextCommandRecoversAnInterruptedWrite();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestImportCli::initTestCase()
{
    if (QStringLiteral(NORTHSTAR_BINARY).isEmpty() || !QFile::exists(QStringLiteral(NORTHSTAR_BINARY)))
        QSKIP("the northstar binary is not built");
}

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"cli.northstar"_s);
}

void TestImportCli::importJson()
{
    const Run r = northstar({u"import"_s, m_workspace, fixture(u"bad_rows.csv"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0); // rejected rows do not make the import fail
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"imported"_s).toInteger(), 3);
    QCOMPARE(json.value(u"rejected"_s).toInteger(), 4);
    QCOMPARE(json.value(u"replaced"_s).toInteger(), 0);
    QCOMPARE(json.value(u"users"_s).toInteger(), 3);
    QCOMPARE(json.value(u"first"_s).toString(), u"2024-01-01T00:00:00Z"_s);
    QCOMPARE(json.value(u"last"_s).toString(), u"2024-01-01T05:00:00Z"_s);
    QCOMPARE(json.value(u"rejected_rows"_s).toArray().size(), 4);

    const Run again = northstar({u"import"_s, m_workspace, fixture(u"bad_rows.csv"_s), u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(second.value(u"imported"_s).toInteger(), 0);
    QCOMPARE(second.value(u"duplicate"_s).toBool(), true);
}

void TestImportCli::importHumanSummary()
{
    const QString file = fixture(u"bad_rows.csv"_s);
    const Run r = northstar({u"import"_s, m_workspace, file, u"--source"_s, u"web"_s});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"Imported 3 rows"_s), qPrintable(text));
    QVERIFY(text.contains(u"source \"web\""_s));
    QVERIFY(text.contains(file + u":3:1: user_id: "_s));
    QVERIFY(text.contains(file + u":4:2: timestamp: "_s));
    QVERIFY(text.contains(file + u":5:4: value: "_s));
    QVERIFY(text.contains(file + u":6:0: "_s));
}

void TestImportCli::importFailsWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{u"nope.csv"_s} << u"does not exist"_s;
    QTest::newRow("ambiguous dates") << QStringList{fixture(u"ambiguous.csv"_s)} << u"--time-format"_s;
    QTest::newRow("abort") << QStringList{fixture(u"bad_rows.csv"_s), u"--on-error"_s, u"abort"_s}
                           << u"Line 3, column 1"_s;
    QTest::newRow("unknown column") << QStringList{fixture(u"bad_rows.csv"_s), u"--user"_s, u"customer"_s}
                                    << u"no column \"customer\""_s;
    QTest::newRow("bad timezone") << QStringList{fixture(u"naive_local.csv"_s), u"--timezone"_s, u"Mars/Base"_s}
                                  << u"Unknown timezone"_s;
    QTest::newRow("event and event-name")
        << QStringList{fixture(u"bad_rows.csv"_s), u"--event"_s, u"event"_s, u"--event-name"_s, u"x"_s}
        << u"not both"_s;
}

void TestImportCli::importFailsWithAMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = northstar(QStringList{u"import"_s, m_workspace} + arguments);
    QVERIFY(r.exitCode > 0 && r.exitCode < 128);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(m_workspace));
}

void TestImportCli::previewJson()
{
    const Run r = northstar({u"preview"_s, fixture(u"bad_rows.csv"_s), u"--rows"_s, u"6"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"delimiter"_s).toString(), u","_s);
    QCOMPARE(json.value(u"encoding"_s).toString(), u"utf-8"_s);
    QCOMPARE(json.value(u"header"_s).toArray().size(), 4);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[4].toArray().size(), 3); // the short row, as read
    QCOMPARE(rows[5].toArray().at(2).toString(), u"x,y"_s); // quotes removed, delimiter kept
    QCOMPARE(rows[0].toArray().at(3).toString(), u"1"_s);   // every field a string
    QVERIFY(rows[0].toArray().at(3).isString());
}

void TestImportCli::infoJson()
{
    QCOMPARE(northstar({u"import"_s, m_workspace, fixture(u"iso_offsets.csv"_s)}).exitCode, 0);
    const Run r = northstar({u"info"_s, m_workspace, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"events"_s).toInteger(), 5);
    QCOMPARE(json.value(u"users"_s).toInteger(), 4);
    QCOMPARE(json.value(u"first"_s).toString(), u"2024-03-09T23:59:59.999Z"_s);
    QCOMPARE(json.value(u"last"_s).toString(), u"2024-03-10T07:00:00Z"_s);
    const QJsonArray imports = json.value(u"imports"_s).toArray();
    QCOMPARE(imports.size(), 1);
    QVERIFY(imports[0].toObject().value(u"content_hash"_s).toString().startsWith(u"xxh64:"_s));
    QCOMPARE(imports[0].toObject().value(u"imported"_s).toInteger(), 5);
    const Run human = northstar({u"info"_s, m_workspace});
    QVERIFY(QString::fromUtf8(human.out).contains(u"events: 5"_s));
}

void TestImportCli::killDuringImport()
{
    const QString small = m_dir->filePath(u"small.csv"_s);
    writeDailyEvents(small, u"alice"_s, u"2024-01-01"_s, 30);
    QCOMPARE(northstar({u"import"_s, m_workspace, small}).exitCode, 0);
    const QByteArray before = fileBytes(m_workspace);
    const QString big = m_dir->filePath(u"big.csv"_s);
    writeManyEvents(big, 1500000, 20000);

    QProcess p;
    p.start(QStringLiteral(NORTHSTAR_BINARY), {u"import"_s, m_workspace, big});
    QVERIFY(p.waitForStarted());
    // The rollback journal appears with the first write of the transaction: the import is
    // then under way (it commits only after the whole file).
    const QString journal = m_workspace + u"-journal"_s;
    QElapsedTimer clock; // a guard against a hang, not a time budget
    clock.start();
    while (!QFile::exists(journal) && p.state() == QProcess::Running && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    QVERIFY2(QFile::exists(journal), "the import never started writing");
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    // The next opening rolls the hot journal back: the file is as before, and valid.
    {
        auto c = Sqlite::Database::open(m_workspace, Sqlite::OpenMode::ReadWrite);
        QVERIFY(c.ok());
        auto q = c->prepare("SELECT count(*) FROM event_chunks");
        QVERIFY(q.ok());
        QVERIFY(q->step().ok());
    }
    QCOMPARE(fileBytes(m_workspace), before);
    QVERIFY(WorkspaceFile::validate(m_workspace).ok());
    const auto info = EventStore::info(m_workspace);
    QVERIFY(info.ok());
    QCOMPARE(info->events, 30);
    QCOMPARE(info->imports.size(), 1);
}

// A write cut off after SQLite had put pages into the file leaves a hot journal (the
// originals of those pages): copying the file and its journal in the middle of a spilled
// transaction is exactly that. The next command rolls it back, and says so, where every
// command used to call the workspace damaged.
void TestImportCli::nextCommandRecoversAnInterruptedWrite()
{
    const QString small = m_dir->filePath(u"small.csv"_s);
    writeDailyEvents(small, u"alice"_s, u"2024-01-01"_s, 30);
    QCOMPARE(northstar({u"import"_s, m_workspace, small}).exitCode, 0);
    const QByteArray before = fileBytes(m_workspace);
    const QString cut = m_dir->filePath(u"cut.northstar"_s);
    {
        auto db = Sqlite::Database::open(m_workspace, Sqlite::OpenMode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("PRAGMA cache_size = 1").ok()); // changed pages go into the file
        auto transaction = Sqlite::Transaction::begin(*db);
        QVERIFY(transaction.ok());
        QVERIFY(db->exec("DELETE FROM event_chunks; UPDATE users SET key = hex(randomblob(3000))").ok());
        QVERIFY(QFile::copy(m_workspace, cut));
        QVERIFY(QFile::copy(m_workspace + u"-journal"_s, cut + u"-journal"_s));
    }
    QVERIFY(fileBytes(cut) != before);
    const Run r = northstar({u"info"_s, cut, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(u"restored to how it was before"_s), r.err.constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(u"events"_s).toInteger(), 30);
    QVERIFY(!QFile::exists(cut + u"-journal"_s));
    QVERIFY(WorkspaceFile::validate(cut).ok());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
