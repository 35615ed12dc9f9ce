#include "pull/warehousepull.h"

#include "eventstore/eventimport.h"
#include "pull/clickhousefetch.h"
#include "pull/postgresfetch.h"
#include "pull/rollupfile.h"
#include "pull/savedpull.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace NorthStar::Pull {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Pull)
};

bool sameQuery(const PullRequest &a, const PullRequest &b)
{
    const Warehouse::RollupRequest &x = a.query;
    const Warehouse::RollupRequest &y = b.query;
    return a.url.text == b.url.text && x.table == y.table && x.user == y.user && x.time == y.time && x.event == y.event
           && x.value == y.value && x.attributes == y.attributes && x.timezone == y.timezone;
}

} // namespace

Result<QString> queryFor(const QList<SavedPull> &saved, PullRequest &request)
{
    request.query.engine = request.url.server == Server::ClickHouse ? u"clickhouse"_s : u"postgresql"_s;
    if (request.source.trimmed().isEmpty())
        return fail(Text::tr("A pull needs a source name (--source NAME)."));
    if (request.query.since.isEmpty()) {
        // Only the same query continues where it stopped: another server, table or column
        // set is a new pull of everything (its rows replace the source's by date).
        for (const SavedPull &s : saved) {
            if (s.request.source == request.source && !s.lastDate.isEmpty() && sameQuery(s.request, request))
                request.query.since = s.lastDate;
        }
    }
    return Warehouse::rollupQuery(request.query);
}

Result<QString> queryFor(const QString &workspacePath, PullRequest &request)
{
    auto saved = loadSavedPulls(workspacePath);
    if (!saved)
        return fail(saved.error());
    return queryFor(*saved, request);
}

Result<PullSummary> run(const QString &workspacePath, PullRequest request, const PullControl &control)
{
    auto sql = queryFor(workspacePath, request);
    if (!sql)
        return fail(sql.error());
    PullSummary summary;
    summary.since = request.query.since;

    // Beside the workspace: the same disk, which is where the data end up anyway.
    const QString folder = QFileInfo(workspacePath).absolutePath();
    QTemporaryFile temporary(QDir(folder).filePath(QFileInfo(workspacePath).fileName() + u".pull-XXXXXX.csv"_s));
    if (!temporary.open())
        return fail(Text::tr("Cannot write in %1: %2").arg(folder, temporary.errorString()));
    temporary.close();
    RollupFile file(temporary.fileName());
    if (auto r = file.open(); !r)
        return fail(r.error());
    QElapsedTimer clock;
    clock.start();
    auto rows = request.url.server == Server::ClickHouse ? fetchFromClickHouse(request, *sql, file, control)
                                                          : fetchFromPostgres(request, *sql, file, control);
    if (auto closed = file.close(); rows && !closed)
        return fail(closed.error());
    if (!rows)
        return fail(rows.error());
    summary.fetchedRows = *rows;
    summary.fetchedBytes = file.bytes();
    summary.fetchMs = clock.elapsed();
    if (*rows == 0) {
        return fail(Text::tr("%1 returned no rows for %2%3: nothing to import.")
                        .arg(request.url.describe(), request.query.table,
                             request.query.since.isEmpty() ? QString() : Text::tr(" since %1").arg(request.query.since)));
    }
    if (control.cancel && control.cancel->load())
        return fail(Text::tr("The pull was cancelled; the workspace is unchanged."));

    ImportRequest import;
    import.file = temporary.fileName();
    import.source = request.source;
    import.rollup = true;
    import.timeZone = request.query.timezone;
    import.displayName = u"%1, table %2"_s.arg(request.url.describe(), request.query.table);
    import.onError = ImportRequest::OnError::Abort; // our own query's rows: any bad one is a bug to see
    import.beforeCommit = [&request](Sqlite::Database &db, const ImportSummary &s) {
        return storeSavedPull(db, request, s.lastDay.value_or(QString()));
    };
    ImportControl importControl;
    importControl.cancel = control.cancel;
    if (control.progress) {
        importControl.progress = [&control](const ImportProgress &p) {
            control.progress({PullProgress::Phase::Importing, p.rows, p.bytes, p.totalBytes});
        };
    }
    auto imported = EventImport::run(workspacePath, import, importControl);
    if (!imported)
        return fail(imported.error());
    summary.import = *imported;
    return summary;
}

} // namespace NorthStar::Pull
