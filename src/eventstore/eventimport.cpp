#include "eventstore/eventimport.h"

#include "eventstore/eventpipeline.h"
#include "eventstore/eventtables.h"
#include "eventstore/importplan.h"
#include "eventstore/importtally.h"
#include "eventstore/rollupimport.h"
#include "eventstore/rollupscanner.h"
#include "eventstore/rolluptables.h"
#include "activity/activitybuilder.h"
#include "activity/localdayconverter.h"
#include "sqlite/transaction.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace NorthStar::EventImport {

namespace {

constexpr int kMaxPasses = 3;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

QString cancelled()
{
    return Text::tr("The import was cancelled; the workspace is unchanged.");
}

// What the valid rows of the file add up to: their instants and users.
struct Tally : ImportTally::Tally<qint64>
{
    void add(const EventColumns &e)
    {
        rows += qint64(e.size());
        for (std::size_t i = 0; i < e.size(); ++i)
            ImportTally::Tally<qint64>::add(e.instants[i], e.users[i]);
    }
};

// Progress at most every few hundred milliseconds, from a batch.
struct Reporter : ImportTally::Reporter
{
    void report(const EventBatch &batch, bool force = false)
    {
        ImportTally::Reporter::report(batch.rowsRead, batch.bytesRead, force);
    }
};

bool isCancelled(const ImportControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

void fillSummary(ImportSummary &s, const ImportRequest &request, const ScanSetup &setup, RowScanner &scanner,
                 const Tally &tally)
{
    s.file = request.file;
    s.source = request.source;
    s.dialect = setup.dialect;
    s.header = setup.header;
    s.mapping = setup.mapping;
    s.timeFormat = setup.timeFormat.toString();
    s.timeZone = QString::fromUtf8(setup.zone.id());
    if (setup.detectTime)
        s.time = scanner.timeConclusion();
    s.imported = tally.rows;
    s.rejected = scanner.rejected();
    s.users = tally.users;
    s.firstMs = tally.first;
    s.lastMs = tally.last;
    s.contentHash = scanner.contentHash();
    s.rejectedRows = scanner.takeRejectedRows();
}

// The end of a reading: a format to start over with, a message, or nothing (go on).
struct PassEnd
{
    std::optional<TimeFormat> redoWith;
    QString error;
};

PassEnd checkOutcome(const Result<RowScanner::Outcome> &outcome, RowScanner &scanner, const ScanSetup &setup,
                     const ImportControl &control, bool dryRun)
{
    if (!outcome)
        return {{}, outcome.error()};
    switch (*outcome) {
    case RowScanner::Outcome::Cancelled:
    case RowScanner::Outcome::SinkStopped:
        return {{}, isCancelled(control) ? cancelled() : Text::tr("The import stopped.")};
    case RowScanner::Outcome::Aborted: {
        QList<RowError> rows = scanner.takeRejectedRows();
        const QString where = rows.isEmpty() ? QString() : rows.front().message();
        return {{}, Text::tr("%1: %2 Stopped at the first rejected row (--on-error abort); nothing was imported.")
                        .arg(QFileInfo(setup.path).fileName(), where)};
    }
    case RowScanner::Outcome::FormatChanged:
        return {scanner.timeConclusion().format, {}};
    case RowScanner::Outcome::Finished:
        break;
    }
    if (setup.detectTime) {
        const TimeFormatDetector::Conclusion c = scanner.timeConclusion();
        if (c.outcome == TimeFormatDetector::Outcome::Detected && !(c.format == setup.timeFormat))
            return {c.format, {}};
        if (!dryRun && (c.outcome == TimeFormatDetector::Outcome::Ambiguous
                        || c.outcome == TimeFormatDetector::Outcome::Unreadable))
            return {{}, u"%1: %2"_s.arg(QFileInfo(setup.path).fileName(), ImportPlan::timeProblem(c))};
    }
    return {};
}

QString sourceHoldsRollups(const QString &source)
{
    return Text::tr("The source \"%1\" holds a daily rollup; raw events need a source of their own: "
                    "give one with --source NAME.").arg(source);
}

// Raw events must not fall on days a stored rollup covers: those days would count twice.
// The message, or nothing when they do not.
QString rollupClash(Sqlite::Database &db, const QString &file, const QString &zone, qint64 firstMs, qint64 lastMs)
{
    const QTimeZone timeZone(zone.toUtf8());
    if (!timeZone.isValid())
        return Text::tr("Unknown timezone \"%1\": use an IANA name such as UTC, Europe/Berlin or America/New_York.").arg(zone);
    LocalDayConverter days(timeZone);
    const LocalDay first = days.localDay(firstMs);
    const LocalDay last = days.localDay(lastMs);
    auto covered = RollupTables::rollupDaysWithin(db, first, last);
    if (!covered)
        return covered.error();
    if (!*covered)
        return {};
    return Text::tr("%1 has events from %2 to %3, but a daily rollup in the workspace already covers %4 to %5 of "
                    "those days: both would count them twice. Import only the events after %5, or import a "
                    "rollup that ends before the events begin.")
        .arg(QFileInfo(file).fileName(), RollupTables::dayText(first), RollupTables::dayText(last),
             RollupTables::dayText((*covered)->first), RollupTables::dayText((*covered)->last));
}

#define TRY(expr)                                                     \
    if (auto &&r_ = (expr); !r_)                                        \
    return fail(Text::tr("Writing to the workspace failed: %1").arg(r_.error()))

using PassResult = std::variant<ImportSummary, TimeFormat>;

// One reading of the file into the open workspace, inside the caller's transaction; true
// in `commit` when what it wrote is to be kept.
Result<PassResult> writePass(Sqlite::Database &db, const ScanSetup &setup, const ImportRequest &request,
                             const ImportControl &control, const QString &reportingZone, Reporter &reporter,
                             bool &commit)
{
    auto source = EventTables::sourceId(db, request.source, true);
    auto hadEvents = EventTables::hasData(db);
    TRY(source);
    TRY(hadEvents);
    StringInterner users, names;
    auto target = EventTables::beginImport(db, users, names);
    TRY(target);
    const std::int64_t importId = target->importId;
    auto writer = EventTables::ChunkWriter::create(db, *source, importId);
    TRY(writer);

    auto firstBuilder = EventTables::builderForFirstImport(*hadEvents, reportingZone);
    if (!firstBuilder)
        return fail(firstBuilder.error());
    std::optional<ActivityBuilder> &builder = *firstBuilder;

    RowScanner scanner(setup, users, names);
    Tally tally;
    EventColumns pending;
    pending.reserve(EventChunk::kChunkEvents * 3 / 2);
    QString writeError;
    std::vector<RawActivityEvent> raw;
    const auto consume = [&](EventBatch &batch) {
        const EventColumns &e = batch.events;
        tally.add(e);
        if (builder) {
            EventTables::toRawEvents(e, raw);
            builder->addEvents(raw.data(), raw.size());
        }
        pending.instants.insert(pending.instants.end(), e.instants.begin(), e.instants.end());
        pending.users.insert(pending.users.end(), e.users.begin(), e.users.end());
        pending.names.insert(pending.names.end(), e.names.begin(), e.names.end());
        pending.values.insert(pending.values.end(), e.values.begin(), e.values.end());
        if (pending.size() >= EventChunk::kChunkEvents) {
            if (auto r = writer->write(pending, 0, pending.size()); !r) {
                writeError = r.error();
                return false;
            }
            pending.clear();
        }
        reporter.report(batch);
        return !isCancelled(control);
    };
    const auto outcome = EventPipeline::run(scanner, consume, control.cancel);
    if (!writeError.isEmpty())
        return fail(Text::tr("Writing to the workspace failed: %1").arg(writeError));
    const PassEnd end = checkOutcome(outcome, scanner, setup, control, false);
    if (!end.error.isEmpty())
        return fail(end.error);
    if (end.redoWith)
        return PassResult(*end.redoWith);
    TRY(writer->write(pending, 0, pending.size()));

    ImportSummary summary;
    fillSummary(summary, request, setup, scanner, tally);
    auto duplicate = EventTables::hasImport(db, *source, summary.contentHash);
    TRY(duplicate);
    if (*duplicate) {
        // Identical content: nothing changes (the transaction rolls back).
        summary.duplicate = true;
        summary.imported = summary.rejected = summary.users = 0;
        summary.rejectedRows.clear();
        return PassResult(std::move(summary));
    }
    if (tally.rows == 0) {
        // Every row rejected: nothing is written, nothing remembered (the transaction rolls
        // back), so the same file can be imported again with corrected options.
        return PassResult(std::move(summary));
    }
    if (tally.first) {
        auto kind = RollupTables::kind(db, *source);
        TRY(kind);
        if (*kind == RollupTables::SourceKind::Rollup)
            return fail(sourceHoldsRollups(request.source));
        if (auto clash = rollupClash(db, request.file, reportingZone, *tally.first, *tally.last); !clash.isEmpty())
            return fail(clash);
        TRY(RollupTables::setKind(db, *source, RollupTables::SourceKind::Events));
    }
    if (!request.append && tally.first) {
        auto replaced = EventTables::replaceRange(db, *source, importId, *tally.first, *tally.last);
        TRY(replaced);
        summary.replaced = *replaced;
    }
    TRY(EventTables::storeNewNames(db, *target));
    TRY(EventTables::writeAttributes(db, scanner.attributes()));
    auto activity = builder ? builder->finish(names.keys(), users.keys())
                            : EventTables::buildActivity(db, reportingZone, users.keys(), names.keys());
    TRY(activity);
    TRY(EventTables::writeActivity(db, *activity));
    TRY(EventTables::insertImport(db, importId, *source, request, summary));
    if (isCancelled(control))
        return fail(cancelled());
    commit = true;
    return PassResult(std::move(summary));
}

// One reading of the file in one transaction: kept when the pass wrote an import, rolled
// back on an error, for a duplicate and before a second reading.
Result<PassResult> importPass(Sqlite::Database &db, const ScanSetup &setup, const ImportRequest &request,
                              const ImportControl &control, const QString &reportingZone, int pass)
{
    auto transaction = Sqlite::Transaction::begin(db);
    TRY(transaction);
    Reporter reporter{{control, {0, 0, QFileInfo(setup.path).size(), pass}, {}}};
    bool commit = false;
    auto result = writePass(db, setup, request, control, reportingZone, reporter, commit);
    if (!result)
        return transaction->abandon(result.error());
    if (!commit) {
        TRY(transaction->rollback());
        return result;
    }
    TRY(transaction->commit());
    if (control.progress) {
        reporter.progress.bytes = reporter.progress.totalBytes;
        control.progress(reporter.progress);
    }
    return result;
}

Result<ImportSummary> importInto(const QString &path, const ImportRequest &request, const ImportControl &control)
{
    auto connection = EventTables::open(path, true);
    if (!connection)
        return fail(connection.error());
    Sqlite::Database &db = *connection;
    // One transaction with a rollback journal (journal_mode stays DELETE): a crash or kill
    // leaves the file as before. synchronous NORMAL still syncs the journal before the
    // database is touched and the database at commit; only the extra directory sync of FULL
    // is dropped. The page cache is kept at 32 MB: the event BLOBs are written once.
    if (auto r = db.exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; "
                                "PRAGMA temp_store = MEMORY");
        !r)
        return fail(r.error());
    if (request.rollup)
        return RollupImport::importInto(db, request, control);
    const auto zone = EventTables::reportingTimeZone(db);
    if (!zone)
        return fail(zone.error());
    auto setup = ImportPlan::make(request, *zone);
    if (!setup)
        return fail(setup.error());
    for (int pass = 1; pass <= kMaxPasses; ++pass) {
        auto result = importPass(db, *setup, request, control, *zone, pass);
        if (!result)
            return fail(result.error());
        if (auto *summary = std::get_if<ImportSummary>(&*result))
            return std::move(*summary);
        setup->timeFormat = std::get<TimeFormat>(*result);
    }
    return fail(Text::tr("The time format of %1 could not be settled; give it with --time-format.").arg(request.file));
}

} // namespace

Result<ImportSummary> run(const QString &workspacePath, const ImportRequest &request, const ImportControl &control)
{
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo(request.file).isFile())
        return fail(Text::tr("%1 does not exist or is not a file.").arg(request.file));
    // A new workspace is built beside its final name and moved there only when complete,
    // so a failed or killed first import leaves no half-made workspace behind.
    const bool create = !QFileInfo::exists(workspacePath);
    const QString working = create ? workspacePath + u".importing"_s : workspacePath;
    if (create) {
        QFile::remove(working);
        QFile::remove(working + u"-journal"_s);
        if (auto r = WorkspaceFile::create(working); !r) {
            QFile::remove(working);
            return fail(Text::tr("Cannot create the workspace %1: %2").arg(workspacePath, r.error()));
        }
    }
    auto result = importInto(working, request, control);
    if (create) {
        if (result && std::rename(QFile::encodeName(working).constData(),
                                  QFile::encodeName(workspacePath).constData()) != 0) {
            result = fail(Text::tr("Cannot write %1 (check the folder's permissions).").arg(workspacePath));
        }
        if (!result)
            QFile::remove(working);
    }
    if (result)
        result->elapsedMs = timer.elapsed();
    return result;
}

Result<ImportSummary> validate(const ImportRequest &request, const ImportControl &control, const QString &workspacePath)
{
    QElapsedTimer timer;
    timer.start();
    QString zone = u"UTC"_s;
    Sqlite::Database connection; // stays closed without a workspace
    if (!workspacePath.isEmpty() && QFileInfo::exists(workspacePath)) {
        auto c = EventTables::open(workspacePath, false);
        if (!c)
            return fail(c.error());
        connection = std::move(c).value();
        const auto z = EventTables::reportingTimeZone(connection);
        if (!z)
            return fail(z.error());
        zone = *z;
    }
    if (request.rollup) {
        auto summary = RollupImport::validate(request, control, connection.isOpen() ? &connection : nullptr);
        if (summary)
            summary->elapsedMs = timer.elapsed();
        return summary;
    }
    auto setup = ImportPlan::make(request, zone);
    if (!setup)
        return fail(setup.error());
    setup->onError = ImportRequest::OnError::Skip; // the dry run lists every rejected row
    for (int pass = 1; pass <= kMaxPasses; ++pass) {
        StringInterner users, names;
        RowScanner scanner(*setup, users, names);
        Tally tally;
        Reporter reporter{{control, {0, 0, QFileInfo(setup->path).size(), pass}, {}}};
        const auto outcome = scanner.run(
            [&](EventBatch &&batch) {
                tally.add(batch.events);
                reporter.report(batch);
                return !isCancelled(control);
            },
            control.cancel);
        const PassEnd end = checkOutcome(outcome, scanner, *setup, control, true);
        if (!end.error.isEmpty())
            return fail(end.error);
        if (end.redoWith) {
            setup->timeFormat = *end.redoWith;
            continue;
        }
        ImportSummary summary;
        fillSummary(summary, request, *setup, scanner, tally);
        summary.dryRun = true;
        if (connection.isOpen()) {
            Sqlite::Database &db = connection;
            const auto source = EventTables::sourceId(db, request.source, false);
            if (!source)
                return fail(source.error());
            if (*source >= 0) {
                const auto duplicate = EventTables::hasImport(db, *source, summary.contentHash);
                if (!duplicate)
                    return fail(duplicate.error());
                summary.duplicate = *duplicate;
                if (!request.append && tally.first) {
                    const auto replaced = EventTables::countRange(db, *source, *tally.first, *tally.last);
                    if (!replaced)
                        return fail(replaced.error());
                    summary.replaced = *replaced;
                }
            }
        }
        summary.elapsedMs = timer.elapsed();
        return summary;
    }
    return fail(Text::tr("The time format of %1 could not be settled; give it with --time-format.").arg(request.file));
}

bool isRollupHeader(const QStringList &header)
{
    return RollupPlan::looksLikeRollup(header);
}

} // namespace NorthStar::EventImport
