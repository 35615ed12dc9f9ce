#include "analysis/workspacereader.h"

#include "eventstore/eventtables.h"
#include "activity/activitybuilder.h"
#include "model/workspacedata.h"
#include "storage/modeltables.h"
#include "storage/schema.h"
#include "storage/sqliteconnection.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace NorthStar::WorkspaceReader {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

struct CloseDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Database = std::unique_ptr<sqlite3, CloseDatabase>;

// Opens read-only and checks the header (application id, schema version), like the event
// store's loaders; returns the schema version.
Result<int> openWorkspace(const QString &path, Database &database)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return fail(Text::tr("%1 does not exist.").arg(path));
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    database.reset(db);
    if (rc != SQLITE_OK)
        return fail(Text::tr("Cannot open %1: %2.").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(db, 5000); // an import may be committing
    auto q = SqliteStatement::prepare(db, "SELECT * FROM pragma_application_id, pragma_user_version");
    if (!q)
        return fail(Text::tr("%1 is not a North Star workspace (%2).").arg(name, q.error()));
    auto row = q->step();
    if (!row || !*row || q->int64(0) != Schema::applicationId)
        return fail(Text::tr("%1 is not a North Star workspace.").arg(name));
    const int version = int(q->int64(1));
    if (version > Schema::currentVersion)
        return fail(Text::tr("%1 was saved by a newer version of North Star Studio; update to read it.").arg(name));
    return version;
}

} // namespace

Result<ActivityData> loadActivity(const QString &workspacePath, const QString &timeZone)
{
    // Checked first so that a wrong --timezone is reported even when nothing is imported.
    if (auto zone = ActivityBuilder::forTimeZone(timeZone); !zone)
        return fail(zone.error());
    Database db;
    const auto version = openWorkspace(workspacePath, db);
    if (!version)
        return fail(version.error());
    ActivityData data;
    if (*version >= 2) { // version 1 files predate imported data
        auto stored = EventTables::readActivity(db.get());
        if (!stored)
            return fail(stored.error());
        if (stored->has_value() && (*stored)->timeZone == timeZone) {
            data = std::move(std::move(stored).value().value());
        } else {
            ActivityData names;
            if (auto r = EventTables::readNamesAndAttributes(db.get(), names); !r)
                return fail(r.error());
            auto built = EventTables::buildActivity(db.get(), timeZone, names.userKeys, names.eventNames);
            if (!built)
                return fail(built.error());
            data = std::move(built).value();
        }
        if (auto r = EventTables::readNamesAndAttributes(db.get(), data); !r)
            return fail(r.error());
    }
    data.timeZone = timeZone;
    return data;
}

Result<QMap<QString, QString>> readSettings(const QString &workspacePath)
{
    Database db;
    if (auto version = openWorkspace(workspacePath, db); !version)
        return fail(version.error());
    auto q = SqliteStatement::prepare(db.get(), "SELECT key, value FROM settings");
    if (!q)
        return fail(Text::tr("Cannot read the settings of %1: %2").arg(QFileInfo(workspacePath).fileName(), q.error()));
    QMap<QString, QString> settings;
    for (;;) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        settings.insert(q->text(0), q->text(1));
    }
    return settings;
}

Result<WorkspaceData> readModel(const QString &workspacePath)
{
    int version = 0;
    {
        Database db;
        auto checked = openWorkspace(workspacePath, db);
        if (!checked)
            return fail(checked.error());
        version = *checked;
    }
    if (version < Schema::currentVersion)
        return WorkspaceFile::read(workspacePath);
    auto connection = SqliteConnection::open(workspacePath, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return fail(connection.error());
    return ModelTables::read(**connection);
}

} // namespace NorthStar::WorkspaceReader
