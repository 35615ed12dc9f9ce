// Schema 3 (issue #9): workspaces of schema 1 and 2, whose metric targets were free text, open
// with the targets that read as "<number> by <date>" numeric and every other one kept in the
// metric's notes; nothing else changes, and the file is at the current version. A migration
// that fails leaves the file as it was; a file of a newer version is still refused.

#include "storage/schema.h"
#include "storage/workspacefile.h"

#include "../model/testworkspace.h"
#include "storagetestsupport.h"

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

constexpr Id wideMetric = 5'000'000'000LL;

// The old targets: one of each kind the old text field held. Metric 1 has notes of its own.
const QString oldTargets = uR"(
UPDATE metrics SET target = '40,000 by 2027-03-31' WHERE id = 2;
UPDATE metrics SET target = '1 200 by Q4' WHERE id = 1;
UPDATE metrics SET target = '' WHERE id = 3;
UPDATE metrics SET target = '  ≈ 35 % bis Ende Q2 ' WHERE id = 5000000000;
)"_s;

// Undoes schema step 5 on a file the current version wrote (its columns hold only defaults).
// Schema 6 (issue #12) adds the rollup tables; the older files below have none.
const QString dropSchema6 = uR"(
DROP TABLE rollup_chunks; DROP TABLE warehouse_pulls; ALTER TABLE sources DROP COLUMN kind;
)"_s;
const QString dropSchema5 = dropSchema6 + uR"(
DROP TABLE workshops; DROP TABLE workshop_steps; DROP TABLE votes; DROP TABLE parking_lot;
ALTER TABLE nodes DROP COLUMN confidence; ALTER TABLE edges DROP COLUMN confidence;
)"_s;

// What they become.
WorkspaceData migrated(const WorkspaceData &old)
{
    WorkspaceData d = old;
    d.metrics[2].target.value = 40000;
    d.metrics[2].target.date = QDate(2027, 3, 31);
    d.metrics[1].notes = old.metrics[1].notes + u"\nTarget: 1 200 by Q4"_s;
    d.metrics[wideMetric].notes = u"Target: ≈ 35 % bis Ende Q2"_s;
    return d;
}

} // namespace

class TstSchemaMigration final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freeTextTargets_data();
    void freeTextTargets();
    void failedMigrationLeavesTheFileAlone();
    void schema3FileGetsVersions();
    void schema4FileGetsWorkshops();
    void schema5FileGetsRollups();
    void newerVersionIsRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstSchemaMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstSchemaMigration::freeTextTargets_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("schema 1") << 1;
    QTest::newRow("schema 2") << 2;
}

void TstSchemaMigration::freeTextTargets()
{
    QFETCH(int, version);
    const QString file = path(u"old.northstar"_s);
    const WorkspaceData old = withoutReviewFields(richWorkspace());
    QVERIFY(!old.metrics[1].notes.isEmpty());
    VERIFY_OK(writeOldWorkspace(file, version, old));
    VERIFY_OK(execSql(file, oldTargets));
    if (version >= 2)
        VERIFY_OK(execSql(file, u"INSERT INTO sources (id, name) VALUES (1, 'app')"_s));
    QCOMPARE(*WorkspaceFile::validate(file), version);

    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, migrated(old));
    QVERIFY(data->metric(2)->target.isSet());
    QVERIFY(!data->metric(2)->target.baselineValue && !data->metric(2)->target.baselineDate.isValid());
    QVERIFY(!data->metric(1)->target.value && !data->metric(3)->target.value);

    // The file itself was migrated: a second read finds the numbers in their columns and
    // does not add the old text to the notes again.
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    QCOMPARE(queryValue(file, u"SELECT target_value || ' ' || target_date FROM metrics WHERE id = 2"_s)->toString(),
             u"40000.0 2027-03-31"_s);
    QCOMPARE(queryValue(file, u"SELECT count(*) FROM pragma_table_info('metrics') WHERE name = 'target'"_s)->toInt(), 0);
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), migrated(old));
    if (version >= 2)
        QCOMPARE(queryValue(file, u"SELECT name FROM sources WHERE id = 1"_s)->toString(), u"app"_s);

    // Its tables are those of a new file.
    const QString fresh = path(u"fresh.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(fresh));
    QCOMPARE(schemaOf(file), schemaOf(fresh));
}

// Step 3 cannot run on this file (a table of its name is in the way): the file keeps its
// version, its text targets and every byte; the message names the file and the version.
void TstSchemaMigration::failedMigrationLeavesTheFileAlone()
{
    const QString file = path(u"blocked.northstar"_s);
    VERIFY_OK(writeOldWorkspace(file, 2, withoutReviewFields(richWorkspace())));
    VERIFY_OK(execSql(file, oldTargets + u"CREATE TABLE review_notes (x)"_s));
    const QByteArray hash = fileHash(file);

    const auto read = WorkspaceFile::read(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(u"blocked.northstar"_s), qPrintable(read.error()));
    QVERIFY2(read.error().contains(u"version 3"_s), qPrintable(read.error()));
    const auto write = WorkspaceFile::write(file, richWorkspace());
    QVERIFY(!write.ok());

    QCOMPARE(fileHash(file), hash);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{u"blocked.northstar"_s});
    QCOMPARE(queryValue(file, u"PRAGMA user_version"_s)->toInt(), 2);
    QCOMPARE(queryValue(file, u"SELECT target FROM metrics WHERE id = 2"_s)->toString(), u"40,000 by 2027-03-31"_s);
}

// Schema 4 (issue #11): a schema 3 file (as schema 3 made it: step 4 only adds its table)
// opens with all it held and no versions; it is at the current version, with the tables of
// a new file, and versions saved in it come back as they were.
// Schema 5 (issue #11): a schema 4 file opens with no workshops, votes or parked ideas and
// every link and work item "not rated"; the file then has the tables a new file has.
void TstSchemaMigration::schema4FileGetsWorkshops()
{
    const QString file = path(u"four.northstar"_s);
    const WorkspaceData old = withoutWorkshops(richWorkspace());
    VERIFY_OK(WorkspaceFile::write(file, old));
    VERIFY_OK(execSql(file, dropSchema5 + u"PRAGMA user_version = 4"_s));
    QCOMPARE(*WorkspaceFile::validate(file), 4);

    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, old);
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    const QString fresh = path(u"fresh.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(fresh));
    QCOMPARE(schemaOf(file), schemaOf(fresh));
    // And it keeps a workshop written to it now.
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    const auto again = WorkspaceFile::read(file);
    VERIFY_OK(again);
    NS_COMPARE_CONTENT(*again, richWorkspace());
}

// Schema 6 (issue #12): a schema 5 file with imported events keeps its sources, now raw
// event sources, and has the tables of a new file.
void TstSchemaMigration::schema5FileGetsRollups()
{
    const QString file = path(u"five.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, dropSchema6 + u"PRAGMA user_version = 5"_s));
    VERIFY_OK(execSql(file, u"INSERT INTO sources (id, name) VALUES (1, 'app')"_s));
    QCOMPARE(*WorkspaceFile::validate(file), 5);

    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, richWorkspace());
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    QCOMPARE(queryValue(file, u"SELECT kind FROM sources WHERE name = 'app'"_s)->toString(), u"events"_s);
    const QString fresh = path(u"fresh.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(fresh));
    QCOMPARE(schemaOf(file), schemaOf(fresh));
}

void TstSchemaMigration::schema3FileGetsVersions()
{
    const QString file = path(u"three.northstar"_s);
    WorkspaceData old = withoutWorkshops(richWorkspace());
    old.versions.clear();
    VERIFY_OK(WorkspaceFile::write(file, old));
    VERIFY_OK(execSql(file, u"DROP TABLE tree_versions; "_s + dropSchema5 + u"PRAGMA user_version = 3"_s));
    VERIFY_OK(execSql(file, u"INSERT INTO sources (id, name) VALUES (1, 'app')"_s));
    QCOMPARE(*WorkspaceFile::validate(file), 3);

    const auto data = WorkspaceFile::read(file);
    VERIFY_OK(data);
    NS_COMPARE_CONTENT(*data, old);
    QCOMPARE(*WorkspaceFile::validate(file), Schema::currentVersion);
    QCOMPARE(queryValue(file, u"SELECT name FROM sources WHERE id = 1"_s)->toString(), u"app"_s);
    const QString fresh = path(u"fresh.northstar"_s);
    VERIFY_OK(WorkspaceFile::create(fresh));
    QCOMPARE(schemaOf(file), schemaOf(fresh));

    const WorkspaceData withVersions = richWorkspace();
    QCOMPARE(withVersions.versions.size(), 2);
    VERIFY_OK(WorkspaceFile::write(file, withVersions));
    NS_COMPARE_CONTENT(*WorkspaceFile::read(file), withVersions);
    QCOMPARE(queryValue(file, u"SELECT saved FROM tree_versions WHERE id = 70"_s)->toString(),
             u"2026-12-03T14:05:09.250Z"_s);
}

void TstSchemaMigration::newerVersionIsRefused()
{
    const QString file = path(u"future.northstar"_s);
    VERIFY_OK(WorkspaceFile::write(file, richWorkspace()));
    VERIFY_OK(execSql(file, u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion + 1)));
    const QByteArray hash = fileHash(file);
    const auto read = WorkspaceFile::read(file);
    const auto write = WorkspaceFile::write(file, richWorkspace());
    const auto quickRead = WorkspaceFile::openForReading(file);
    QVERIFY(!read.ok() && !write.ok() && !quickRead.ok());
    for (const QString &message : {read.error(), write.error(), quickRead.error()}) {
        QVERIFY2(message.contains(u"future.northstar"_s), qPrintable(message));
        QVERIFY2(message.contains(u"newer version"_s), qPrintable(message));
    }
    QCOMPARE(fileHash(file), hash);
}

QTEST_GUILESS_MAIN(TstSchemaMigration)
#include "tst_schemamigration.moc"
