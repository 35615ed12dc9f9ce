// The workspace file: what is written is read back identically; saving keeps imported data;
// Save As copies it and replaces the target in one step; version-1 files are migrated; and
// every kind of bad file is refused with a message that names it and says what to do, and
// is left byte for byte as it was.

#include "storage/schema.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "storage/workspacefile.h"

#include "../model/testworkspace.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace NorthStar;
using namespace NorthStar::StorageTest;
using namespace Qt::StringLiterals;

namespace {

enum class BadFile {
    Missing,
    Empty,
    RandomBytes,
    Text,
    Csv,
    MagicOnly,
    Truncated,
    CorruptedPage,
    CorruptedHeader,
    OtherApplication,
    OtherApplicationId,
    NewerVersion,
    NoSchemaVersion,
    Directory,
};

// A person must be told what to do next: a sentence (or parenthesis) that starts with an
// instruction.
bool saysWhatToDo(const QString &message)
{
    static const QRegularExpression instruction(
        u"(^|[.!?:;(]\\s*)(open|update|ask|check|choose|import|restore|save|use|try|install|move|rename)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return instruction.match(message).hasMatch();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Rows of the imported-data tables (version 2) a save must never touch.
const QString importedRows = u"INSERT INTO sources (id, name) VALUES (1, 'app'); "
                             "INSERT INTO users (id, key) VALUES (7, 'user-7')"_s;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error()));                                 \
    } while (false)

} // namespace

Q_DECLARE_METATYPE(BadFile)

class TstWorkspaceFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTrip();
    void overwriteReplacesModelRows();
    void createMakesAnEmptyCurrentWorkspace();
    void saveKeepsImportedRows();
    void saveCopy_data();
    void saveCopy();
    void failedSaveCopyLeavesTargetAlone();
    void migratesVersion1OnRead();
    void migratesVersion1OnWrite();
    void badFile_data();
    void badFile();
    void unreadableModelRowsAreReported();
    void handEditedReviewRows();
    void interruptedWriteIsRolledBack();
    void versionZeroIsDamagedNotEmpty();
    void newFileAppearsOnlyWhenComplete();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void makeBadFile(BadFile kind, const QString &file);
    void makeVersion1File(const QString &file, const WorkspaceData &data);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstWorkspaceFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstWorkspaceFile::roundTrip()
{
    const QString file = path(u"rich.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    const auto version = WorkspaceFile::validate(file);
    VERIFY_OK(version);
    QCOMPARE(*version, Schema::currentVersion);
    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, richWorkspace());
    // null and 0.0 are different facts: "unknown" and "no effect".
    QVERIFY(data->edge(30)->leverage.has_value());
    QCOMPARE(*data->edge(30)->leverage, 0.0);
    QVERIFY(!data->edge(31)->leverage.has_value());
    QVERIFY(data->nextId > 5'000'000'000LL);
    // The sample holds every kind of new value (so the comparison above covers them) ...
    QVERIFY(data->metric(1)->target.baselineValue && data->metric(1)->target.baselineDate.isValid());
    QVERIFY(data->metric(5'000'000'000LL)->target.isSet() && !data->metric(5'000'000'000LL)->target.baselineValue);
    QCOMPARE(data->tree(10)->guardrailBound->side, GuardrailBound::Side::AtMost);
    QCOMPARE(data->tree(11)->guardrailBound->side, GuardrailBound::Side::AtLeast);
    QVERIFY(data->node(22)->impact->relative && !data->node(23)->impact->relative);
    QCOMPARE(data->annotationsOf(0).size(), 1);
    QCOMPARE(data->annotationsOf(1).size(), 1);
    QVERIFY(data->reviewNote(10, 0, QDate(2026, 3, 2), ReviewGrain::Week));
    QVERIFY(data->reviewNote(10, 1, QDate(2026, 3, 2), ReviewGrain::Week));
    QVERIFY(data->reviewNote(10, 0, QDate(2026, 3, 1), ReviewGrain::Month));
    QVERIFY(data->reviewNote(11, 5'000'000'000LL, QDate(2026, 2, 1), ReviewGrain::Month));
    // ... and stores them as a person reading the file with sqlite3 would expect: ISO dates,
    // NULL for what is not set, keys for sides and grains, no text column for targets.
    QCOMPARE(queryValue(file, u"SELECT target_date || ' ' || baseline_date FROM metrics WHERE id = 1"_s)->toString(),
             u"2026-12-31 2026-01-05"_s);
    QCOMPARE(queryValue(file, u"SELECT count(*) FROM metrics WHERE id = 2 AND target_value IS NULL AND "
                              "target_date IS NULL AND baseline_value IS NULL AND baseline_date IS NULL"_s)->toInt(), 1);
    QCOMPARE(queryValue(file, u"SELECT target_value FROM metrics WHERE id = 3"_s)->toDouble(), 0.0);
    QVERIFY(queryValue(file, u"SELECT baseline_date FROM metrics WHERE id = 3"_s)->isNull());
    QCOMPARE(queryValue(file, u"SELECT count(*) FROM pragma_table_info('metrics') WHERE name = 'target'"_s)->toInt(), 0);
    QCOMPARE(queryValue(file, u"SELECT guardrail_side FROM trees WHERE id = 11"_s)->toString(), u"at-least"_s);
    QCOMPARE(queryValue(file, u"SELECT impact_relative FROM nodes WHERE id = 22"_s)->toInt(), 1);
    QVERIFY(queryValue(file, u"SELECT impact_amount FROM nodes WHERE id = 20"_s)->isNull());
    QVERIFY(queryValue(file, u"SELECT metric_id FROM annotations WHERE id = 50"_s)->isNull());
    QCOMPARE(queryValue(file, u"SELECT period || ' ' || grain FROM review_notes WHERE id = 62"_s)->toString(),
             u"2026-03-01 month"_s);
    QVERIFY(queryValue(file, u"SELECT metric_id FROM review_notes WHERE id = 60"_s)->isNull());
    // Reading does not touch the file.
    const QByteArray hash = fileHash(file);
    VERIFY_OK(WorkspaceFile::read(file));
    QCOMPARE(fileHash(file), hash);
}

// A save cut off after SQLite wrote pages into the file (the originals are in the journal):
// copying both files while the transaction is open is exactly what a kill -9 leaves.
void TstWorkspaceFile::interruptedWriteIsRolledBack()
{
    const QString file = path(u"w.northstar"_s);
    const QString cut = path(u"cut.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    {
        auto db = Sqlite::Database::open(file, Sqlite::OpenMode::ReadWrite);
        VERIFY_OK(db);
        VERIFY_OK(db->exec("PRAGMA cache_size = 1")); // spill changed pages into the file
        auto transaction = Sqlite::Transaction::begin(*db);
        VERIFY_OK(transaction);
        VERIFY_OK(db->exec("UPDATE metrics SET notes = hex(randomblob(3000)); DELETE FROM nodes"));
        QVERIFY(QFile::copy(file, cut));
        QVERIFY(QFile::copy(file + u"-journal"_s, cut + u"-journal"_s));
    } // rolled back: `file` is unchanged; `cut` is the half-written one
    QVERIFY(fileHash(cut) != fileHash(file));

    const auto recovered = WorkspaceFile::recoverInterruptedWrite(cut);
    VERIFY_OK(recovered);
    QVERIFY(*recovered);
    QVERIFY(!QFileInfo::exists(cut + u"-journal"_s));
    const auto data = WorkspaceFile::read(cut);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, richWorkspace());
    // Nothing is left to recover the second time.
    const auto again = WorkspaceFile::recoverInterruptedWrite(cut);
    VERIFY_OK(again);
    QVERIFY(!*again);
}

// Every workspace this app writes has a schema version: 0 is damage, not an empty file.
void TstWorkspaceFile::versionZeroIsDamagedNotEmpty()
{
    const QString file = path(u"w.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, u"PRAGMA user_version = 0"_s));
    const auto readable = WorkspaceFile::openForReading(file);
    QVERIFY(!readable.ok());
    QVERIFY2(readable.error().contains(u"damaged"_s), qPrintable(readable.error()));
    QVERIFY(!WorkspaceFile::validate(file).ok());
    const auto folder = WorkspaceFile::openForReading(m_dir->path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(u"folder"_s), qPrintable(folder.error()));
}

// A new workspace is built beside its name: while it is written, nothing is under the name.
void TstWorkspaceFile::newFileAppearsOnlyWhenComplete()
{
    const QString file = path(u"new.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    QCOMPARE(entriesOf(m_dir->path()), QStringList{u"new.northstar"_s});
    VERIFY_OK(WorkspaceFile::read(file));
}

void TstWorkspaceFile::overwriteReplacesModelRows()
{
    const QString file = path(u"w.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    WorkspaceData smaller = richWorkspace();
    smaller.nodes.remove(23);
    smaller.edges.remove(32);
    smaller.candidates.remove(41);
    smaller.settings.remove(u"empty"_s);
    smaller.metrics[1].computation = {};
    smaller.trees[10].guardrailMetricId = 0;
    smaller.trees[10].guardrailBound.reset();
    smaller.metrics[1].target = {};
    smaller.nodes[22].impact.reset();
    smaller.annotations.remove(51);
    smaller.reviewNotes.remove(62);
    VERIFY_OK(WorkspaceFile::write(file, smaller));
    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, smaller);
    VERIFY_OK(WorkspaceFile::write(file, WorkspaceData{}));
    const auto empty = WorkspaceFile::read(file);
    VERIFY_OK(empty);
    NS_COMPARE_CONTENT(*empty, WorkspaceData{});
}

void TstWorkspaceFile::createMakesAnEmptyCurrentWorkspace()
{
    const QString file = path(u"new.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(file));
    QCOMPARE(WorkspaceFile::validate(file).ok(), true);
    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    QVERIFY(data->trees.isEmpty() && data->metrics.isEmpty());
    QCOMPARE(queryValue(file, u"PRAGMA journal_mode"_s)->toString(), u"delete"_s);
    QCOMPARE(queryValue(file, u"PRAGMA application_id"_s)->toInt(), Schema::applicationId);
    QCOMPARE(queryValue(file, u"PRAGMA user_version"_s)->toInt(), Schema::currentVersion);
    // One self-contained file: nothing left beside it.
    QCOMPARE(entriesOf(m_dir->path()), QStringList{u"new.northstar"_s});
}

void TstWorkspaceFile::saveKeepsImportedRows()
{
    const QString file = path(u"w.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, importedRows));
    WorkspaceData changed = richWorkspace();
    changed.metrics[2].name = u"Renamed"_s;
    VERIFY_OK(WorkspaceFile::write(file, changed));
    QCOMPARE(queryValue(file, u"SELECT name FROM sources WHERE id = 1"_s)->toString(), u"app"_s);
    QCOMPARE(queryValue(file, u"SELECT key FROM users WHERE id = 7"_s)->toString(), u"user-7"_s);
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), changed);
}

void TstWorkspaceFile::saveCopy_data()
{
    QTest::addColumn<QString>("target");  // "missing", "workspace", "garbage", "partial"

    QTest::newRow("new file") << u"missing"_s;
    QTest::newRow("over another workspace") << u"workspace"_s;
    QTest::newRow("over a file that is not a workspace") << u"garbage"_s;
    QTest::newRow("with a stale .partial beside it") << u"partial"_s;
}

void TstWorkspaceFile::saveCopy()
{
    QFETCH(QString, target);

    const QString from = path(u"from.northstar"_s);
    const QString to = path(u"to.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(from, richWorkspace()));
    VERIFY_OK(execSql(from, importedRows));
    if (target == u"workspace"_s) {
        VERIFY_OK(WorkspaceFile::write(to, bigWorkspace(10)));
        VERIFY_OK(execSql(to, u"INSERT INTO users (id, key) VALUES (1, 'someone else')"_s));
    } else if (target == u"garbage"_s) {
        writeBytes(to, "not a workspace");
    } else if (target == u"partial"_s) {
        writeBytes(to + u".partial"_s, "left over from a crash");
    }
    const QByteArray sourceHash = fileHash(from);

    WorkspaceData edited = richWorkspace();
    edited.trees[11].name = u"Saved as"_s;
    VERIFY_OK(WorkspaceFile::saveCopy(from, to, edited));

    NS_COMPARE_CONTENT(*WorkspaceFile::read(to), edited);
    QCOMPARE(queryValue(to, u"SELECT name FROM sources WHERE id = 1"_s)->toString(), u"app"_s);
    QCOMPARE(queryValue(to, u"SELECT key FROM users WHERE id = 7"_s)->toString(), u"user-7"_s);
    // Replaced, not merged: nothing of the old target survives.
    QCOMPARE(queryValue(to, u"SELECT count(*) FROM users"_s)->toInt(), 1);
    QCOMPARE(fileHash(from), sourceHash);
    QCOMPARE(entriesOf(m_dir->path()), (QStringList{u"from.northstar"_s, u"to.northstar"_s}));
}

void TstWorkspaceFile::failedSaveCopyLeavesTargetAlone()
{
    const QString to = path(u"to.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(to, richWorkspace()));
    const QByteArray hash = fileHash(to);
    const auto r = WorkspaceFile::saveCopy(path(u"gone.northstar"_s), to, bigWorkspace(3));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
    QCOMPARE(fileHash(to), hash);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{u"to.northstar"_s});
}

void TstWorkspaceFile::makeVersion1File(const QString &file, const WorkspaceData &data)
{
    VERIFY_OK(writeOldWorkspace(file, 1, data));
}

void TstWorkspaceFile::migratesVersion1OnRead()
{
    const QString file = path(u"old.northstar"_s);
    makeVersion1File(file, richWorkspace());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(*WorkspaceFile::validate(file), 1);
    const QString fresh = path(u"fresh.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(fresh));
    QVERIFY(schemaOf(file) != schemaOf(fresh));

    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, withoutReviewFields(richWorkspace()));
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    QCOMPARE(queryValue(file, u"PRAGMA user_version"_s)->toInt(), Schema::currentVersion);
    QCOMPARE(queryValue(file, u"PRAGMA application_id"_s)->toInt(), Schema::applicationId);
    // Migrated, the file has exactly the tables and indexes of a new one, and they are usable.
    QCOMPARE(schemaOf(file), schemaOf(fresh));
    VERIFY_OK(execSql(file, importedRows));
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), withoutReviewFields(richWorkspace()));
    // The review's fields can be stored in it now.
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), richWorkspace());
}

void TstWorkspaceFile::migratesVersion1OnWrite()
{
    const QString file = path(u"old.northstar"_s);
    makeVersion1File(file, bigWorkspace(2));
    if (QTest::currentTestFailed())
        return;
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), richWorkspace());
}

void TstWorkspaceFile::makeBadFile(BadFile kind, const QString &file)
{
    switch (kind) {
    case BadFile::Missing:
        return;
    case BadFile::Empty:
        return writeBytes(file, {});
    case BadFile::RandomBytes: {
        QRandomGenerator random(42);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return writeBytes(file, bytes);
    }
    case BadFile::Text:
        return writeBytes(file, "My notes from the workshop.\nNot a workspace at all.\n");
    case BadFile::Csv:
        return writeBytes(file, "user_id,event,timestamp\nu1,open,2024-01-01T10:00:00Z\nu2,edit,2024-01-01T10:05:00Z\n");
    case BadFile::MagicOnly:
        return writeBytes(file, QByteArray("SQLite format 3\0\x20\x00", 19));
    case BadFile::Truncated:
    case BadFile::CorruptedPage:
    case BadFile::CorruptedHeader: {
        VERIFY_OK(WorkspaceFile::write(file, bigWorkspace(3000)));
        QByteArray bytes = readBytes(file);
        const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
        const qsizetype pages = bytes.size() / pageSize;
        QVERIFY2(pages > 40, "the file must span many pages");
        if (kind == BadFile::Truncated) {
            bytes.truncate(bytes.size() / 2);
        } else if (kind == BadFile::CorruptedPage) {
            const qsizetype page = pages / 2;
            for (qsizetype i = page * pageSize; i < (page + 1) * pageSize; ++i)
                bytes[i] = char(0x5a);
        } else {
            for (int i = 16; i < 100; ++i)
                bytes[i] = char(0xff);
        }
        return writeBytes(file, bytes);
    }
    case BadFile::OtherApplication:
        VERIFY_OK(execSql(file, u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); "
                                       "INSERT INTO photos VALUES (1, '/tmp/a.jpg')"_s));
        return;
    case BadFile::OtherApplicationId:
        VERIFY_OK(execSql(file, u"PRAGMA application_id = 1196444487; "  // 'GPKG'
                                       "CREATE TABLE gpkg_contents (table_name TEXT)"_s));
        return;
    case BadFile::NewerVersion:
        VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
        VERIFY_OK(execSql(file, u"PRAGMA user_version = 99"_s));
        return;
    case BadFile::NoSchemaVersion:
        VERIFY_OK(execSql(file, u"PRAGMA application_id = %1; CREATE TABLE t (x)"_s.arg(Schema::applicationId)));
        return;
    case BadFile::Directory:
        QVERIFY(QDir(m_dir->path()).mkdir(QFileInfo(file).fileName()));
        return;
    }
}

void TstWorkspaceFile::badFile_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("missing file") << BadFile::Missing << u"missing.northstar"_s;
    QTest::newRow("empty file") << BadFile::Empty << u"empty.northstar"_s;
    QTest::newRow("random bytes") << BadFile::RandomBytes << u"noise.northstar"_s;
    QTest::newRow("text file") << BadFile::Text << u"notes.northstar"_s;
    QTest::newRow("CSV file") << BadFile::Csv << u"usage.csv"_s;
    QTest::newRow("SQLite magic only") << BadFile::MagicOnly << u"stub.northstar"_s;
    QTest::newRow("truncated workspace") << BadFile::Truncated << u"half.northstar"_s;
    QTest::newRow("corrupted page") << BadFile::CorruptedPage << u"corrupt.northstar"_s;
    QTest::newRow("corrupted header") << BadFile::CorruptedHeader << u"header.northstar"_s;
    QTest::newRow("database of another application") << BadFile::OtherApplication << u"photos.db"_s;
    QTest::newRow("database with another application id") << BadFile::OtherApplicationId << u"map.gpkg"_s;
    QTest::newRow("workspace from a newer version") << BadFile::NewerVersion << u"future.northstar"_s;
    QTest::newRow("workspace without schema version") << BadFile::NoSchemaVersion << u"unversioned.northstar"_s;
    QTest::newRow("directory") << BadFile::Directory << u"folder.northstar"_s;
}

void TstWorkspaceFile::badFile()
{
    QFETCH(BadFile, kind);
    QFETCH(QString, name);

    const QString file = path(name);
    makeBadFile(kind, file);
    if (QTest::currentTestFailed())
        return;
    const QByteArray hash = fileHash(file);
    const QStringList entries = entriesOf(m_dir->path());

    const auto validated = WorkspaceFile::validate(file);
    QVERIFY2(!validated.ok(), "validate() accepted a bad file");
    const auto read = WorkspaceFile::read(file);
    QVERIFY2(!read.ok(), "read() accepted a bad file");
    QCOMPARE(read.error(), validated.error());
    const QString message = read.error();
    QVERIFY2(message.contains(name), qPrintable(u"does not name the file: "_s + message));
    QVERIFY2(saysWhatToDo(message), qPrintable(u"does not say what to do: "_s + message));
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(entriesOf(m_dir->path()), entries);

    if (kind == BadFile::Missing)
        return;  // saving to a new path creates the file: covered by roundTrip()
    const auto written = WorkspaceFile::write(file, richWorkspace());
    QVERIFY2(!written.ok(), "write() replaced a bad file");
    QVERIFY(written.error().contains(name));
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(entriesOf(m_dir->path()), entries);
}

void TstWorkspaceFile::unreadableModelRowsAreReported()
{
    const QString file = path(u"edited.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, u"UPDATE nodes SET kind = 'goal' WHERE id = 21"_s));
    const QByteArray hash = fileHash(file);
    const auto read = WorkspaceFile::read(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(u"edited.northstar"_s), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"goal"_s), qPrintable(read.error()));
    QCOMPARE(fileHash(file), hash);
}

// What sqlite3 in a person's hands can leave in the review's columns: a grain this version
// does not know keeps its note (as a weekly one), a date that is not one and an infinite
// number read as none, and a guardrail side or bound that cannot be read is refused, naming
// the tree, rather than guessed.
void TstWorkspaceFile::handEditedReviewRows()
{
    const QString file = path(u"edited.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, u"UPDATE review_notes SET grain = 'fortnight' WHERE id = 62; "
                             "UPDATE annotations SET date = 'soon' WHERE id = 50; "
                             "UPDATE metrics SET target_date = '31.12.2026' WHERE id = 1; "
                             "UPDATE trees SET guardrail_side = '' WHERE id = 10; "
                             "UPDATE nodes SET impact_amount = 1e999 WHERE id = 23"_s));
    const auto read = WorkspaceFile::read(file);
    VERIFY_OK(read);
    WorkspaceData expected = richWorkspace();
    expected.reviewNotes[62].grain = ReviewGrain::Week;
    expected.annotations[50].date = QDate();
    expected.metrics[1].target.date = QDate();
    expected.trees[10].guardrailBound.reset();
    expected.nodes[23].impact.reset();  // an infinity is no amount
    NS_COMPARE_CONTENT(*read, expected);

    VERIFY_OK(execSql(file, u"UPDATE trees SET guardrail_side = 'below' WHERE id = 11"_s));
    const QByteArray hash = fileHash(file);
    const auto refused = WorkspaceFile::read(file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"edited.northstar"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"tree 11"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"below"_s), qPrintable(refused.error()));
    QCOMPARE(fileHash(file), hash);

    VERIFY_OK(execSql(file, u"UPDATE trees SET guardrail_side = 'at-most', guardrail_value = NULL WHERE id = 11"_s));
    const auto noValue = WorkspaceFile::read(file);
    QVERIFY(!noValue.ok());
    QVERIFY2(noValue.error().contains(u"tree 11"_s), qPrintable(noValue.error()));
}

QTEST_GUILESS_MAIN(TstWorkspaceFile)
#include "tst_workspacefile.moc"
