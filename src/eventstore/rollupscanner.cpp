#include "eventstore/rollupscanner.h"

#include "csv/csvreader.h"
#include "csv/dialectdetector.h"
#include "csv/fieldtext.h"
#include "eventstore/hashingfile.h"
#include "eventstore/importplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

constexpr std::size_t kBatchRows = 32768;
constexpr qint64 kCheckEvery = 4096;

using FieldText::isDigit;
using FieldText::trimmed;

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
};

// The format's columns in the order docs/warehouse.md lists them.
const QStringList &formatColumns()
{
    static const QStringList names{u"user_id"_s, u"date"_s, u"event"_s, u"events"_s, u"value_sum"_s};
    return names;
}

std::optional<std::uint32_t> parseCount(std::string_view text)
{
    if (text.empty() || text.size() > 10)
        return std::nullopt;
    std::uint64_t n = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        n = n * 10 + std::uint64_t(c - '0');
    }
    if (n == 0 || n > std::numeric_limits<std::uint32_t>::max())
        return std::nullopt;
    return std::uint32_t(n);
}

} // namespace

std::optional<LocalDay> parseIsoDay(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return std::nullopt;
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(t[std::size_t(i)]))
            return std::nullopt;
    }
    const auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (t[std::size_t(i)] - '0');
        return v;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    if (!date.isValid())
        return std::nullopt;
    static const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    return LocalDay(date.toJulianDay() - epoch);
}

QStringList RollupPlan::columnNames()
{
    return formatColumns();
}

bool RollupPlan::looksLikeRollup(const QStringList &header)
{
    for (const QString &name : formatColumns()) {
        if (ImportPlan::columnNamed(header, name) < 0)
            return false;
    }
    return true;
}

Result<RollupSetup> RollupPlan::make(const ImportRequest &request)
{
    const QString name = QFileInfo(request.file).fileName();
    if (!QFileInfo(request.file).isFile())
        return fail(Text::tr("%1 does not exist or is not a file.").arg(request.file));
    QFile file(request.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot open %1: %2").arg(request.file, file.errorString()));
    auto dialect = DialectDetector::detect(&file, request.encoding, request.delimiter.value_or(0));
    if (!dialect)
        return fail(u"%1: %2"_s.arg(name, dialect.error()));
    CsvReader::Options options;
    options.delimiter = dialect->delimiter;
    options.encoding = dialect->encoding;
    CsvReader reader(&file, options);
    const CsvRecord *record = reader.next();
    if (!record)
        return fail(reader.hasError() ? u"%1: %2"_s.arg(name, reader.errorString()) : Text::tr("%1 is empty.").arg(name));

    RollupSetup setup;
    setup.path = request.file;
    setup.dialect = *dialect;
    setup.dialect.hasHeader = true; // the format names its columns
    setup.header = record->toStringList();
    setup.expectedFields = record->size();
    setup.onError = request.onError;
    setup.maxRejectedRows = request.maxRejectedRows;
    const std::pair<QString, int *> columns[] = {
        {request.userColumn.isEmpty() ? u"user_id"_s : request.userColumn, &setup.user},
        {request.timeColumn.isEmpty() ? u"date"_s : request.timeColumn, &setup.date},
        {request.eventColumn.isEmpty() ? u"event"_s : request.eventColumn, &setup.event},
        {request.countColumn.isEmpty() ? u"events"_s : request.countColumn, &setup.count},
        {request.valueColumn.isEmpty() ? u"value_sum"_s : request.valueColumn, &setup.valueSum},
    };
    for (const auto &[column, field] : columns) {
        *field = ImportPlan::columnNamed(setup.header, column);
        if (*field < 0) {
            return fail(Text::tr("%1 is not a daily rollup: it has no column \"%2\". A rollup has the columns "
                                 "%3 (and any user attributes); its columns are: %4. See docs/warehouse.md.")
                            .arg(name, column, formatColumns().join(u", "_s), setup.header.join(u", "_s)));
        }
    }
    const QList<int> used{setup.user, setup.date, setup.event, setup.count, setup.valueSum};
    if (!request.attributeColumns.isEmpty()) {
        for (const QString &spec : request.attributeColumns) {
            const int column = ImportPlan::columnNamed(setup.header, spec);
            if (column < 0)
                return fail(Text::tr("%1 has no column \"%2\". Its columns are: %3.").arg(name, spec, setup.header.join(u", "_s)));
            if (!used.contains(column) && !setup.attributes.contains(column))
                setup.attributes.append(column);
        }
    } else {
        for (int column = 0; column < setup.expectedFields; ++column) {
            if (!used.contains(column))
                setup.attributes.append(column);
        }
    }
    return setup;
}

RollupScanner::RollupScanner(const RollupSetup &setup, StringInterner &users, StringInterner &events)
    : m_setup(setup), m_users(users), m_events(events), m_numbers(setup.dialect.decimalSeparator)
{
    for (const int column : setup.attributes) {
        AttributeValues a;
        a.name = setup.header.value(column);
        m_attributes.push_back(std::move(a));
    }
}

void RollupScanner::reject(RowError error)
{
    ++m_rejected;
    if (m_rejectedRows.size() < m_setup.maxRejectedRows)
        m_rejectedRows.append(std::move(error));
    if (m_setup.onError == ImportRequest::OnError::Abort)
        m_abort = true;
}

bool RollupScanner::handleRecord(const CsvRecord &record, RollupColumns &out)
{
    const RollupSetup &s = m_setup;
    const qint64 line = record.line();
    if (record.size() != s.expectedFields) {
        reject(RowError::wrongFieldCount(line, record.size(), s.expectedFields));
        return false;
    }
    const std::string_view user = trimmed(record.field(s.user));
    if (user.empty()) {
        reject(RowError::emptyUserId(line, s.user, s.header));
        return false;
    }
    const std::string_view dateText = trimmed(record.field(s.date));
    const std::optional<LocalDay> day = parseIsoDay(dateText);
    if (!day) {
        reject(RowError::unreadableDate(line, s.date, s.header, dateText));
        return false;
    }
    const std::string_view event = trimmed(record.field(s.event));
    if (event.empty()) {
        reject(RowError::emptyEvent(line, s.event, s.header));
        return false;
    }
    const std::string_view countText = trimmed(record.field(s.count));
    const std::optional<std::uint32_t> count = parseCount(countText);
    if (!count) {
        reject(RowError::badEventCount(line, s.count, s.header, countText));
        return false;
    }
    double valueSum = 0.0;
    const std::string_view sumText = trimmed(record.field(s.valueSum));
    if (!sumText.empty()) {
        const std::optional<double> number = m_numbers.parse(sumText);
        if (!number) {
            reject(RowError::notANumber(line, s.valueSum, s.header, sumText));
            return false;
        }
        valueSum = *number;
    }
    const std::uint32_t userId = m_users.intern(user);
    for (std::size_t a = 0; a < m_attributes.size(); ++a) {
        const std::string_view text = trimmed(record.field(s.attributes[qsizetype(a)]));
        if (text.empty())
            continue;
        AttributeValues &attribute = m_attributes[a];
        if (attribute.valueOfUser.size() <= userId) {
            attribute.valueOfUser.resize(std::size_t(userId) + 1, 0);
            attribute.instantOfUser.resize(std::size_t(userId) + 1, std::numeric_limits<qint64>::min());
        }
        if (*day >= attribute.instantOfUser[userId]) {
            attribute.instantOfUser[userId] = *day;
            attribute.valueOfUser[userId] = attribute.values.intern(text) + 1;
        }
    }
    out.append(*day, userId, m_events.intern(event), *count, valueSum);
    return true;
}

Result<RollupScanner::Outcome> RollupScanner::run(const std::function<bool(RollupBatch &)> &sink,
                                                  const std::atomic<bool> *cancel)
{
    HashingFile device(m_setup.path);
    if (!device.openFile())
        return fail(Text::tr("Cannot open %1: %2").arg(m_setup.path, device.fileError()));
    CsvReader::Options options;
    options.delimiter = m_setup.dialect.delimiter;
    options.encoding = m_setup.dialect.encoding;
    CsvReader reader(&device, options);

    RollupBatch batch;
    const auto flush = [&]() {
        batch.rowsRead = m_records;
        batch.bytesRead = reader.bytesRead();
        const bool more = sink(batch);
        batch.rows.clear();
        return more;
    };
    const CsvRecord *record = reader.next(); // the header
    if (record)
        record = reader.next();
    for (; record; record = reader.next()) {
        ++m_records;
        handleRecord(*record, batch.rows);
        if (m_abort)
            return Outcome::Aborted;
        if (m_records % kCheckEvery != 0)
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Outcome::Cancelled;
        if (batch.rows.size() >= kBatchRows && !flush())
            return Outcome::SinkStopped;
    }
    if (reader.hasError())
        return fail(u"%1: %2"_s.arg(QFileInfo(m_setup.path).fileName(), reader.errorString()));
    if (cancel && cancel->load())
        return Outcome::Cancelled;
    if (!flush())
        return Outcome::SinkStopped;
    m_hash = device.hash.result();
    return Outcome::Finished;
}

} // namespace NorthStar
