#include "eventstore/rollupimport.h"

#include "activity/activitybuilder.h"
#include "eventstore/eventtables.h"
#include "eventstore/importtally.h"
#include "eventstore/rollupscanner.h"
#include "eventstore/rolluptables.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar::RollupImport {

namespace {


struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

bool isCancelled(const ImportControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

QString cancelled()
{
    return Text::tr("The import was cancelled; the workspace is unchanged.");
}

// What the valid rows of the file add up to: their days, users and events.
struct Tally : ImportTally::Tally<LocalDay>
{
    qint64 events = 0;

    void add(const RollupColumns &r)
    {
        rows += qint64(r.size());
        for (std::size_t i = 0; i < r.size(); ++i) {
            events += r.counts[i];
            ImportTally::Tally<LocalDay>::add(r.days[i], r.users[i]);
        }
    }
};

// Progress at most every few hundred milliseconds, from a batch.
struct Reporter : ImportTally::Reporter
{
    void report(const RollupBatch &batch) { ImportTally::Reporter::report(batch.rowsRead, batch.bytesRead); }
};

// The UTC instant a local day starts at in `zone`.
qint64 dayStartMs(LocalDay day, const QTimeZone &zone)
{
    return QDateTime(QDate(1970, 1, 1).addDays(day), QTime(0, 0), zone).toMSecsSinceEpoch();
}

Result<QTimeZone> rollupZone(const ImportRequest &request)
{
    if (request.timeZone.trimmed().isEmpty()) {
        return fail(Text::tr("A daily rollup's dates were made in one timezone: give it with --timezone TZ, the zone "
                             "the warehouse query used (e.g. --timezone Europe/Berlin)."));
    }
    const QTimeZone zone(request.timeZone.trimmed().toUtf8());
    if (!zone.isValid()) {
        return fail(Text::tr("Unknown timezone \"%1\": use an IANA name such as UTC, Europe/Berlin or America/New_York.")
                        .arg(request.timeZone));
    }
    return zone;
}

void fillSummary(ImportSummary &s, const ImportRequest &request, const RollupSetup &setup, RollupScanner &scanner,
                 const Tally &tally, const QTimeZone &zone)
{
    s.file = request.file;
    s.source = request.source;
    s.rollup = true;
    s.dialect = setup.dialect;
    s.header = setup.header;
    s.mapping.userId = setup.user;
    s.mapping.timestamp = setup.date;
    s.mapping.event = setup.event;
    s.mapping.value = setup.valueSum;
    s.mapping.attributes = setup.attributes;
    s.timeFormat = u"date"_s;
    s.timeZone = QString::fromUtf8(zone.id());
    s.imported = tally.rows;
    s.events = tally.events;
    s.rejected = scanner.rejected();
    s.users = tally.users;
    if (tally.first) {
        s.firstDay = RollupTables::dayText(*tally.first);
        s.lastDay = RollupTables::dayText(*tally.last);
        s.firstMs = dayStartMs(*tally.first, zone);
        s.lastMs = dayStartMs(*tally.last + 1, zone) - 1;
    }
    s.contentHash = scanner.contentHash();
    s.rejectedRows = scanner.takeRejectedRows();
}

QString outcomeError(const Result<RollupScanner::Outcome> &outcome, RollupScanner &scanner, const RollupSetup &setup,
                     const ImportControl &control)
{
    if (!outcome)
        return outcome.error();
    switch (*outcome) {
    case RollupScanner::Outcome::Cancelled:
    case RollupScanner::Outcome::SinkStopped:
        return isCancelled(control) ? cancelled() : Text::tr("The import stopped.");
    case RollupScanner::Outcome::Aborted: {
        QList<RowError> rows = scanner.takeRejectedRows();
        const QString where = rows.isEmpty() ? QString() : rows.front().message();
        return Text::tr("%1: %2 Stopped at the first rejected row (--on-error abort); nothing was imported.")
            .arg(QFileInfo(setup.path).fileName(), where);
    }
    case RollupScanner::Outcome::Finished:
        break;
    }
    return {};
}

// The rollup's zone against the workspace's reporting timezone; a workspace without data
// takes the rollup's (and says so in `adopted`).
Result<void> settleZone(Sqlite::Database &db, const QString &zone, bool hadData, bool &adopted)
{
    auto reporting = EventTables::reportingTimeZone(db);
    if (!reporting)
        return fail(reporting.error());
    if (*reporting == zone)
        return {};
    if (hadData) {
        return fail(Text::tr("The workspace reports in %1 and already holds data, but this rollup's dates were made in "
                             "%2; a rollup cannot be moved to another zone. Build it again with --timezone %1 "
                             "(northstar warehouse-sql … --timezone %1), or import it into a new workspace.")
                        .arg(*reporting, zone));
    }
    auto q = db.prepare("INSERT INTO settings (key, value) VALUES ('timezone', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!q)
        return fail(q.error());
    q->bind(1, zone);
    adopted = true;
    return q->exec();
}

#define TRY(expr)                                                     \
    if (auto &&r_ = (expr); !r_)                                        \
    return fail(Text::tr("Writing to the workspace failed: %1").arg(r_.error()))

// The import inside the caller's transaction; `commit` true when what it wrote is kept.
Result<ImportSummary> write(Sqlite::Database &db, const RollupSetup &setup, const ImportRequest &request,
                            const ImportControl &control, const QTimeZone &zone, bool &commit)
{
    const QString zoneId = QString::fromUtf8(zone.id());
    auto hadData = EventTables::hasData(db);
    TRY(hadData);
    bool adopted = false;
    if (auto r = settleZone(db, zoneId, *hadData, adopted); !r)
        return fail(r.error());
    auto source = EventTables::sourceId(db, request.source, true);
    TRY(source);
    auto kind = RollupTables::kind(db, *source);
    TRY(kind);
    if (*kind == RollupTables::SourceKind::Events) {
        return fail(Text::tr("The source \"%1\" holds raw events; a daily rollup needs a source of its own: give one "
                             "with --source NAME (e.g. --source warehouse).").arg(request.source));
    }
    StringInterner users, names;
    auto target = EventTables::beginImport(db, users, names);
    TRY(target);
    const std::int64_t importId = target->importId;
    auto writer = RollupTables::ChunkWriter::create(db, *source, importId);
    TRY(writer);

    auto firstBuilder = EventTables::builderForFirstImport(*hadData, zoneId);
    if (!firstBuilder)
        return fail(firstBuilder.error());
    std::optional<ActivityBuilder> &builder = *firstBuilder;

    RollupScanner scanner(setup, users, names);
    Tally tally;
    RollupColumns pending;
    QString writeError;
    Reporter reporter{{control, {0, 0, QFileInfo(setup.path).size(), 1}, {}}};
    const auto consume = [&](RollupBatch &batch) {
        const RollupColumns &r = batch.rows;
        tally.add(r);
        for (std::size_t i = 0; builder && i < r.size(); ++i)
            builder->addDayRow(r.users[i], r.days[i], r.names[i], r.counts[i], r.valueSums[i]);
        for (std::size_t i = 0; i < r.size(); ++i)
            pending.append(r.days[i], r.users[i], r.names[i], r.counts[i], r.valueSums[i]);
        if (pending.size() >= RollupChunk::kChunkRows) {
            if (auto w = writer->write(pending, 0, pending.size()); !w) {
                writeError = w.error();
                return false;
            }
            pending.clear();
        }
        reporter.report(batch);
        return !isCancelled(control);
    };
    const auto outcome = scanner.run(consume, control.cancel);
    if (!writeError.isEmpty())
        return fail(Text::tr("Writing to the workspace failed: %1").arg(writeError));
    if (const QString error = outcomeError(outcome, scanner, setup, control); !error.isEmpty())
        return fail(error);
    TRY(writer->write(pending, 0, pending.size()));

    ImportSummary summary;
    fillSummary(summary, request, setup, scanner, tally, zone);
    auto duplicate = EventTables::hasImport(db, *source, summary.contentHash);
    TRY(duplicate);
    if (*duplicate) {
        summary.duplicate = true;
        summary.imported = summary.rejected = summary.users = summary.events = 0;
        summary.rejectedRows.clear();
        return summary;
    }
    if (tally.rows == 0)
        return summary; // every row rejected: nothing written, nothing remembered
    auto events = RollupTables::eventDaysWithin(db, zoneId, *tally.first, *tally.last);
    TRY(events);
    if (*events) {
        return fail(Text::tr("%1 covers %2 to %3, but raw events are stored for %4 to %5 of those days: both would "
                             "count them twice. Import a rollup that ends before %4 (build it with a date filter), "
                             "or import the raw events of those days only.")
                        .arg(QFileInfo(request.file).fileName(), *summary.firstDay, *summary.lastDay,
                             RollupTables::dayText((*events)->first), RollupTables::dayText((*events)->last)));
    }
    TRY(RollupTables::setKind(db, *source, RollupTables::SourceKind::Rollup));
    if (!request.append) {
        auto replaced = RollupTables::replaceRange(db, *source, importId, *tally.first, *tally.last);
        TRY(replaced);
        summary.replaced = *replaced;
    }
    TRY(EventTables::storeNewNames(db, *target));
    TRY(EventTables::writeAttributes(db, scanner.attributes()));
    auto activity = builder ? builder->finish(names.keys(), users.keys())
                            : EventTables::buildActivity(db, zoneId, users.keys(), names.keys());
    TRY(activity);
    TRY(EventTables::writeActivity(db, *activity));
    TRY(EventTables::insertImport(db, importId, *source, request, summary));
    if (request.beforeCommit) {
        if (auto r = request.beforeCommit(db, summary); !r)
            return fail(r.error());
    }
    if (isCancelled(control))
        return fail(cancelled());
    summary.reportingTimeZoneSet = adopted;
    commit = true;
    return summary;
}

} // namespace

Result<ImportSummary> importInto(Sqlite::Database &db, const ImportRequest &request, const ImportControl &control)
{
    auto zone = rollupZone(request);
    if (!zone)
        return fail(zone.error());
    auto setup = RollupPlan::make(request);
    if (!setup)
        return fail(setup.error());
    auto transaction = Sqlite::Transaction::begin(db);
    TRY(transaction);
    bool commit = false;
    auto result = write(db, *setup, request, control, *zone, commit);
    if (!result)
        return transaction->abandon(result.error());
    if (!commit) {
        TRY(transaction->rollback());
        return result;
    }
    TRY(transaction->commit());
    if (control.progress)
        control.progress(ImportProgress{result->imported, QFileInfo(request.file).size(), QFileInfo(request.file).size(), 1});
    return result;
}

Result<ImportSummary> validate(const ImportRequest &request, const ImportControl &control, Sqlite::Database *workspace)
{
    auto zone = rollupZone(request);
    if (!zone)
        return fail(zone.error());
    auto setup = RollupPlan::make(request);
    if (!setup)
        return fail(setup.error());
    setup->onError = ImportRequest::OnError::Skip; // the dry run lists every rejected row
    StringInterner users, names;
    RollupScanner scanner(*setup, users, names);
    Tally tally;
    Reporter reporter{{control, {0, 0, QFileInfo(setup->path).size(), 1}, {}}};
    const auto outcome = scanner.run(
        [&](RollupBatch &batch) {
            tally.add(batch.rows);
            reporter.report(batch);
            return !isCancelled(control);
        },
        control.cancel);
    if (const QString error = outcomeError(outcome, scanner, *setup, control); !error.isEmpty())
        return fail(error);
    ImportSummary summary;
    fillSummary(summary, request, *setup, scanner, tally, *zone);
    summary.dryRun = true;
    if (workspace && workspace->isOpen()) {
        const auto source = EventTables::sourceId(*workspace, request.source, false);
        if (!source)
            return fail(source.error());
        if (*source >= 0) {
            const auto duplicate = EventTables::hasImport(*workspace, *source, summary.contentHash);
            if (!duplicate)
                return fail(duplicate.error());
            summary.duplicate = *duplicate;
            if (!request.append && tally.first) {
                const auto replaced = RollupTables::countRange(*workspace, *source, *tally.first, *tally.last);
                if (!replaced)
                    return fail(replaced.error());
                summary.replaced = *replaced;
            }
        }
    }
    return summary;
}

} // namespace NorthStar::RollupImport
