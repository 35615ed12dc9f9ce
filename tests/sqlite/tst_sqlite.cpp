// The one SQLite layer: every failure it can see comes back as an error value, with a message.

#include "sqlite/database.h"
#include "sqlite/migration.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace NorthStar;
using namespace NorthStar::Sqlite;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error()));                                 \
    } while (false)

namespace {

// The first column of the first row, or the error.
QString valueOf(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return u"error: "_s + q.error();
    auto row = q->step();
    if (!row)
        return u"error: "_s + row.error();
    return *row ? q->text(0) : u"no row"_s;
}

} // namespace

class TestSqlite final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badBindIndexIsReportedByStep();
    void badBindIndexIsReportedByExec();
    void scriptKeepsSemicolonsInsideStrings();
    void scriptStopsAtTheFirstError();
    void prepareRefusesASecondStatement();
    void uncommittedTransactionRollsBack();
    void commitFailureIsReported();
    void rollbackIsExplicitToo();
    void migrationsRunInOrder();
    void failingMigrationChangesNothing();
    void newerFileIsNotMigrated();
    void readOnlyRefusesWrites();
    void notADatabaseFailsToOpen();
    void missingFileFailsToOpenUnlessCreated();
    void closedDatabaseRefusesWork();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    Database openNew(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Database TestSqlite::openNew(const QString &name)
{
    auto db = Database::open(path(name), OpenMode::Create);
    if (!db) {
        qWarning().noquote() << db.error();
        return {};
    }
    return std::move(db).value();
}

void TestSqlite::badBindIndexIsReportedByStep()
{
    Database db = openNew(u"bind.db"_s);
    QVERIFY(db.isOpen());
    auto q = db.prepare("SELECT ?1 + ?2");
    VERIFY_OK(q);
    q->bind(1, std::int64_t(1)).bind(3, std::int64_t(2)); // there is no ?3
    const auto row = q->step();
    QVERIFY(!row.ok());
    QVERIFY2(row.error().contains(u"parameter 3"_s), qPrintable(row.error()));
    // Reported once: the statement is usable again with correct binds.
    q->bind(1, std::int64_t(1)).bind(2, std::int64_t(2));
    const auto again = q->step();
    VERIFY_OK(again);
    QVERIFY(*again);
    QCOMPARE(q->int64(0), 3);
}

void TestSqlite::badBindIndexIsReportedByExec()
{
    Database db = openNew(u"bind.db"_s);
    VERIFY_OK(db.exec("CREATE TABLE t (a NOT NULL)"));
    auto insert = db.prepare("INSERT INTO t (a) VALUES (?)");
    VERIFY_OK(insert);
    insert->bind(0, u"zero is no index"_s);
    const auto r = insert->exec();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"parameter 0"_s), qPrintable(r.error()));
    QCOMPARE(valueOf(db, "SELECT count(*) FROM t"), u"0"_s); // nothing ran
}

void TestSqlite::scriptKeepsSemicolonsInsideStrings()
{
    Database db = openNew(u"script.db"_s);
    VERIFY_OK(db.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT);\n"
                      "INSERT INTO t (s) VALUES ('a;b');  -- a comment; with a semicolon\n"
                      "INSERT INTO t (s) VALUES ('it''s; \"quoted\"; text');\n"
                      "/* trailing; comment */ "_s));
    QCOMPARE(valueOf(db, "SELECT s FROM t WHERE id = 1"), u"a;b"_s);
    QCOMPARE(valueOf(db, "SELECT s FROM t WHERE id = 2"), u"it's; \"quoted\"; text"_s);
    QCOMPARE(valueOf(db, "SELECT count(*) FROM t"), u"2"_s);
}

void TestSqlite::scriptStopsAtTheFirstError()
{
    Database db = openNew(u"script.db"_s);
    const auto r = db.exec("CREATE TABLE t (x); INSERT INTO nowhere VALUES (1); CREATE TABLE u (y)");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"nowhere"_s), qPrintable(r.error()));
    QCOMPARE(valueOf(db, "SELECT count(*) FROM sqlite_schema WHERE name = 't'"), u"1"_s);
    QCOMPARE(valueOf(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'u'"), u"0"_s);
}

void TestSqlite::prepareRefusesASecondStatement()
{
    Database db = openNew(u"prepare.db"_s);
    QVERIFY(!db.prepare("SELECT 1; SELECT 2").ok());
    QVERIFY(!db.prepare("   ").ok());
    VERIFY_OK(db.prepare("SELECT ';' ; -- the rest is a comment"));
    QVERIFY(!db.prepare("SELEKT 1").ok());
}

void TestSqlite::uncommittedTransactionRollsBack()
{
    Database db = openNew(u"tx.db"_s);
    VERIFY_OK(db.exec("CREATE TABLE t (x)"));
    QVERIFY(!db.inTransaction());
    {
        auto tx = Transaction::begin(db);
        VERIFY_OK(tx);
        QVERIFY(db.inTransaction());
        VERIFY_OK(db.exec("INSERT INTO t VALUES (1)"));
        QCOMPARE(valueOf(db, "SELECT count(*) FROM t"), u"1"_s);
    } // not committed
    QVERIFY(!db.inTransaction());
    QCOMPARE(valueOf(db, "SELECT count(*) FROM t"), u"0"_s);
    {
        auto tx = Transaction::begin(db);
        VERIFY_OK(tx);
        VERIFY_OK(db.exec("INSERT INTO t VALUES (2)"));
        VERIFY_OK(tx->commit());
    }
    QCOMPARE(valueOf(db, "SELECT x FROM t"), u"2"_s);
}

void TestSqlite::commitFailureIsReported()
{
    // A deferred foreign key is checked at COMMIT: the commit fails, and rolls back.
    Database db = openNew(u"commit.db"_s);
    VERIFY_OK(db.exec("PRAGMA foreign_keys = ON; CREATE TABLE parent (id INTEGER PRIMARY KEY); "
                      "CREATE TABLE child (parent_id REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"));
    auto tx = Transaction::begin(db);
    VERIFY_OK(tx);
    VERIFY_OK(db.exec("INSERT INTO child VALUES (42)"));
    const auto committed = tx->commit();
    QVERIFY(!committed.ok());
    QVERIFY2(committed.error().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(committed.error()));
    QVERIFY(!db.inTransaction());
    QVERIFY(!tx->isOpen());
    QCOMPARE(valueOf(db, "SELECT count(*) FROM child"), u"0"_s);

    // Another connection holding the write lock: BEGIN IMMEDIATE waits, then says so.
    auto other = Database::open(path(u"commit.db"_s), OpenMode::ReadWrite);
    VERIFY_OK(other);
    auto held = Transaction::begin(other.value());
    VERIFY_OK(held);
    VERIFY_OK(db.exec("PRAGMA busy_timeout = 50"));
    const auto blocked = Transaction::begin(db);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().contains(u"commit.db"_s) && blocked.error().contains(u"locked"_s),
             qPrintable(blocked.error()));
}

void TestSqlite::rollbackIsExplicitToo()
{
    Database db = openNew(u"rollback.db"_s);
    VERIFY_OK(db.exec("CREATE TABLE t (x)"));
    auto tx = Transaction::begin(db);
    VERIFY_OK(tx);
    VERIFY_OK(db.exec("INSERT INTO t VALUES (1)"));
    const Error e = tx->abandon(u"the step failed"_s);
    QCOMPARE(e.message, u"the step failed"_s);
    QVERIFY(!db.inTransaction());
    QCOMPARE(valueOf(db, "SELECT count(*) FROM t"), u"0"_s);
    VERIFY_OK(tx->rollback()); // nothing left to roll back
    VERIFY_OK(tx->commit());
}

void TestSqlite::migrationsRunInOrder()
{
    Database db = openNew(u"migrate.db"_s);
    std::vector<int> applied;
    const MigrationStep step = [&](Database &d, int version) -> Result<void> {
        applied.push_back(version);
        QString sql = u"CREATE TABLE v%1 (x)"_s.arg(version);
        if (version > 1) // each step sees the previous one's table
            sql += u"; INSERT INTO v%1 SELECT %1 FROM v%2 UNION ALL SELECT %1"_s.arg(version).arg(version - 1);
        return d.exec(sql);
    };
    VERIFY_OK(migrate(db, 2, step));
    QCOMPARE(applied, (std::vector<int>{1, 2}));
    QCOMPARE(*userVersion(db), 2);
    VERIFY_OK(migrate(db, 4, step));
    QCOMPARE(applied, (std::vector<int>{1, 2, 3, 4}));
    QCOMPARE(*userVersion(db), 4);
    VERIFY_OK(migrate(db, 4, step)); // up to date: nothing runs
    QCOMPARE(applied.size(), std::size_t(4));
}

void TestSqlite::failingMigrationChangesNothing()
{
    Database db = openNew(u"migrate.db"_s);
    const MigrationStep upToOne = [](Database &d, int) { return d.exec("CREATE TABLE v1 (x)"); };
    VERIFY_OK(migrate(db, 1, upToOne));
    std::vector<int> applied;
    const MigrationStep failsAtThree = [&](Database &d, int version) -> Result<void> {
        applied.push_back(version);
        if (version == 3)
            return fail(u"step 3 cannot"_s);
        return d.exec(u"CREATE TABLE v%1 (x)"_s.arg(version));
    };
    const auto r = migrate(db, 4, failsAtThree);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"step 3 cannot"_s);
    QCOMPARE(applied, (std::vector<int>{2, 3}));
    QCOMPARE(*userVersion(db), 1);
    QCOMPARE(valueOf(db, "SELECT group_concat(name) FROM sqlite_schema"), u"v1"_s);
    QVERIFY(!db.inTransaction());
}

void TestSqlite::newerFileIsNotMigrated()
{
    Database db = openNew(u"newer.db"_s);
    VERIFY_OK(db.exec("PRAGMA user_version = 9"));
    bool ran = false;
    const auto r = migrate(db, 2, [&](Database &, int) -> Result<void> {
        ran = true;
        return {};
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u'9'), qPrintable(r.error()));
    QVERIFY(!ran);
    QCOMPARE(*userVersion(db), 9);
}

void TestSqlite::readOnlyRefusesWrites()
{
    {
        Database db = openNew(u"readonly.db"_s);
        VERIFY_OK(db.exec("CREATE TABLE t (x)"));
    }
    auto db = Database::open(path(u"readonly.db"_s), OpenMode::ReadOnly);
    VERIFY_OK(db);
    const auto r = db->exec("INSERT INTO t VALUES (1)");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"readonly.db"_s), qPrintable(r.error()));
    auto insert = db->prepare("INSERT INTO t VALUES (?)");
    VERIFY_OK(insert);
    const auto step = insert->bind(1, 1.5).exec();
    QVERIFY(!step.ok());
    QVERIFY2(step.error().contains(u"readonly.db"_s), qPrintable(step.error()));
    QCOMPARE(valueOf(db.value(), "SELECT count(*) FROM t"), u"0"_s);
}

void TestSqlite::notADatabaseFailsToOpen()
{
    const QString file = path(u"notes.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are notes, not a database. ").repeated(100));
    f.close();
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite, OpenMode::Create}) {
        const auto db = Database::open(file, mode);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(file), qPrintable(db.error()));
        QVERIFY2(db.error().contains(u"not a database"_s), qPrintable(db.error()));
    }
}

void TestSqlite::missingFileFailsToOpenUnlessCreated()
{
    const QString file = path(u"missing.db"_s);
    QVERIFY(!Database::open(file, OpenMode::ReadOnly).ok());
    QVERIFY(!Database::open(file, OpenMode::ReadWrite).ok());
    QVERIFY(!QFile::exists(file));
    VERIFY_OK(Database::open(file, OpenMode::Create));
    QVERIFY(QFile::exists(file));
}

void TestSqlite::closedDatabaseRefusesWork()
{
    Database closed;
    QVERIFY(!closed.isOpen());
    QVERIFY(!closed.prepare("SELECT 1").ok());
    QVERIFY(!closed.exec("SELECT 1").ok());
    QVERIFY(!Transaction::begin(closed).ok());
    QVERIFY(!closed.inTransaction());

    Database db = openNew(u"moved.db"_s);
    Database moved = std::move(db);
    VERIFY_OK(moved.exec("CREATE TABLE t (x)"));
    QVERIFY(!db.exec("CREATE TABLE u (x)").ok()); // NOLINT(bugprone-use-after-move): that is the point
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
