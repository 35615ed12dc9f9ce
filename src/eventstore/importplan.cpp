#include "eventstore/importplan.h"

#include "csv/csvreader.h"
#include "csv/dialectdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace NorthStar::ImportPlan {

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

// A column by header name (exact first, then ignoring case and punctuation) or 1-based number.
Result<int> resolveColumn(const QString &spec, const QStringList &header, int fields, const QString &file)
{
    if (const int named = columnNamed(header, spec); named >= 0)
        return named;
    bool isNumber = false;
    const int number = spec.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= fields)
        return number - 1;
    if (header.isEmpty())
        return fail(Text::tr("%1 has no header row: give column %2 by number (1 to %3).").arg(file, spec).arg(fields));
    return fail(Text::tr("%1 has no column \"%2\". Its columns are: %3.").arg(file, spec, header.join(u", "_s)));
}

} // namespace

int columnNamed(const QStringList &header, const QString &name)
{
    const qsizetype exact = header.indexOf(name);
    if (exact >= 0)
        return int(exact);
    const QString wanted = ColumnMapping::normalizedName(name);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (ColumnMapping::normalizedName(header[i]) == wanted)
            return int(i);
    }
    return -1;
}

QString timeProblem(const TimeFormatDetector::Conclusion &c)
{
    switch (c.outcome) {
    case TimeFormatDetector::Outcome::Ambiguous:
        return Text::tr("The dates are ambiguous: every one reads both month-first (%1) and day-first (%2). "
                  "Give the time format, e.g. --time-format '%1' or --time-format '%2'.")
            .arg(c.format.toString(), c.alternative.toString());
    case TimeFormatDetector::Outcome::Unreadable:
        return Text::tr("The time column has no single format: line %1, \"%2\", and many others do not read "
                  "like the rest. Give the time format with --time-format (iso, epoch-s, epoch-ms or a "
                  "pattern such as 'dd.MM.yyyy HH:mm').")
            .arg(c.offendingLine)
            .arg(c.offendingValue);
    default:
        return {};
    }
}

Result<ScanSetup> make(const ImportRequest &request, const QString &defaultZone)
{
    const QString name = QFileInfo(request.file).fileName();
    // The dry run reads the file first: opening a FIFO would block until something writes
    // to it, and a device never ends.
    if (QFileInfo::exists(request.file) && !QFileInfo(request.file).isFile())
        return fail(Text::tr("%1 does not exist or is not a file.").arg(request.file));
    QFile file(request.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot open %1: %2").arg(request.file, file.errorString()));
    auto dialect = DialectDetector::detect(&file, request.encoding, request.delimiter.value_or(0));
    if (!dialect)
        return fail(u"%1: %2"_s.arg(name, dialect.error()));

    ScanSetup setup;
    setup.path = request.file;
    setup.dialect = *dialect;
    setup.onError = request.onError;
    setup.maxRejectedRows = request.maxRejectedRows;

    // The header and a sample of records: field count and the first reading of the times.
    CsvReader::Options options;
    options.delimiter = dialect->delimiter;
    options.encoding = dialect->encoding;
    CsvReader reader(&file, options);
    const CsvRecord *record = reader.next();
    if (!record)
        return fail(reader.hasError() ? u"%1: %2"_s.arg(name, reader.errorString()) : Text::tr("%1 is empty.").arg(name));
    if (dialect->hasHeader) {
        setup.header = record->toStringList();
        setup.expectedFields = record->size();
        record = reader.next();
    } else {
        setup.expectedFields = record->size();
    }

    ColumnMapping &m = setup.mapping;
    if (request.mapping) {
        m = *request.mapping;
    } else {
        if (dialect->hasHeader)
            m = ColumnMapping::fromHeader(setup.header);
        m.attributes.clear(); // attributes only when asked for
        const auto set = [&](const QString &spec, int &field) -> Result<void> {
            if (spec.isEmpty())
                return {};
            auto column = resolveColumn(spec, setup.header, setup.expectedFields, name);
            if (!column)
                return fail(column.error());
            field = *column;
            return {};
        };
        for (const auto &[spec, field] : {std::pair{request.userColumn, &m.userId},
                                          std::pair{request.timeColumn, &m.timestamp},
                                          std::pair{request.eventColumn, &m.event},
                                          std::pair{request.valueColumn, &m.value}}) {
            if (auto r = set(spec, *field); !r)
                return fail(r.error());
        }
        if (!request.eventName.isEmpty()) {
            m.event = -1;
            m.constantEvent = request.eventName;
        }
        for (const QString &spec : request.attributeColumns) {
            auto column = resolveColumn(spec, setup.header, setup.expectedFields, name);
            if (!column)
                return fail(column.error());
            if (!m.attributes.contains(*column))
                m.attributes.append(*column);
        }
    }
    if (m.userId < 0)
        return fail(Text::tr("%1: no user id column found; name it with --user COLUMN.").arg(name));
    if (m.timestamp < 0)
        return fail(Text::tr("%1: no timestamp column found; name it with --time COLUMN.").arg(name));
    if (m.event < 0 && m.constantEvent.trimmed().isEmpty())
        return fail(Text::tr("%1: no event column found; name it with --event COLUMN, or give one event name "
                       "for every row with --event-name NAME.").arg(name));
    const QList<int> used{m.userId, m.timestamp, m.event, m.value};
    for (const int column : used) {
        if (column >= setup.expectedFields)
            return fail(Text::tr("%1: column %2 does not exist (the file has %3).").arg(name).arg(column + 1).arg(setup.expectedFields));
    }
    for (const int column : m.attributes) {
        if (column < 0 || column >= setup.expectedFields)
            return fail(Text::tr("%1: column %2 does not exist (the file has %3).").arg(name).arg(column + 1).arg(setup.expectedFields));
    }

    if (!request.timeFormat.isEmpty()) {
        auto format = TimeFormat::fromString(request.timeFormat);
        if (!format)
            return fail(Text::tr("--time-format %1: %2").arg(request.timeFormat, format.error()));
        setup.timeFormat = *format;
    } else {
        // The first reading; the import feeds the whole column to a detector and starts over
        // with the right format in the rare file where a late value contradicts it.
        TimeColumnDetector sample;
        for (int n = 0; record && n < kSampleRecords; ++n, record = reader.next()) {
            if (m.timestamp < record->size())
                sample.add(record->field(m.timestamp), record->line());
        }
        const TimeFormatDetector::Conclusion c = sample.conclusion();
        if (c.outcome == TimeFormatDetector::Outcome::Detected || c.outcome == TimeFormatDetector::Outcome::Ambiguous)
            setup.timeFormat = c.format;
        setup.detectTime = true;
    }

    const QString zoneId = request.timeZone.isEmpty() ? defaultZone : request.timeZone;
    setup.zone = QTimeZone(zoneId.toUtf8());
    if (!setup.zone.isValid())
        return fail(Text::tr("Unknown timezone \"%1\": use an IANA name such as UTC, Europe/Berlin or America/New_York.").arg(zoneId));
    return setup;
}

} // namespace NorthStar::ImportPlan
