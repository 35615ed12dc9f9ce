#include "eventstore/rowscanner.h"

#include "csv/csvreader.h"
#include "csv/fieldtext.h"
#include "eventstore/hashingfile.h"
#include "csv/localtimeconverter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

constexpr std::size_t kBatchEvents = 32768;
constexpr qint64 kCheckEvery = 4096;

using FieldText::trimmed;

bool isUtc(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    return id == "UTC" || id == "Etc/UTC" || id == "UTC+00:00" || id == "Etc/GMT" || id == "GMT";
}

} // namespace

RowScanner::RowScanner(const ScanSetup &setup, StringInterner &users, StringInterner &events)
    : m_setup(setup)
    , m_users(users)
    , m_events(events)
    , m_parser(setup.timeFormat)
    , m_numbers(setup.dialect.decimalSeparator)
{
    if (setup.zone.isValid() && !isUtc(setup.zone))
        m_converter.emplace(setup.zone);
    if (setup.mapping.event < 0) {
        const QByteArray name = setup.mapping.constantEvent.trimmed().toUtf8();
        m_constantEvent = m_events.intern(std::string_view(name.constData(), std::size_t(name.size())));
    }
    for (const int column : setup.mapping.attributes) {
        AttributeValues a;
        a.name = setup.header.value(column, QCoreApplication::translate("EventStore", "column %1").arg(column + 1));
        m_attributes.push_back(std::move(a));
    }
}

void RowScanner::reject(RowError error)
{
    ++m_rejected;
    if (m_rejectedRows.size() < m_setup.maxRejectedRows)
        m_rejectedRows.append(std::move(error));
    if (m_setup.onError == ImportRequest::OnError::Abort)
        m_abort = true;
}

bool RowScanner::handleRecord(const CsvRecord &record, EventColumns &out)
{
    const ColumnMapping &m = m_setup.mapping;
    const qint64 line = record.line();
    if (record.size() != m_setup.expectedFields) {
        reject(RowError::wrongFieldCount(line, record.size(), m_setup.expectedFields));
        return false;
    }
    const std::string_view user = trimmed(record.field(m.userId));
    if (user.empty()) {
        reject(RowError::emptyUserId(line, m.userId, m_setup.header));
        return false;
    }
    const std::string_view time = record.field(m.timestamp);
    if (m_setup.detectTime)
        m_detector.add(time, line);
    const ParsedTime parsed = m_parser.parse(time);
    if (!parsed.ok()) {
        reject(RowError::unreadableTime(line, m.timestamp, m_setup.header, trimmed(time), m_setup.timeFormat));
        return false;
    }
    const qint64 instant = parsed.kind == ParsedTime::Kind::Local && m_converter
                               ? m_converter->toUtc(parsed.msecs)
                               : parsed.msecs;
    double value = std::numeric_limits<double>::quiet_NaN();
    if (m.value >= 0) {
        const std::string_view text = trimmed(record.field(m.value));
        if (!text.empty()) {
            const std::optional<double> number = m_numbers.parse(text);
            if (!number) {
                reject(RowError::notANumber(line, m.value, m_setup.header, text));
                return false;
            }
            value = *number;
        }
    }
    const std::uint32_t event = m.event >= 0 ? m_events.intern(trimmed(record.field(m.event))) : m_constantEvent;
    const std::uint32_t userId = m_users.intern(user);
    for (std::size_t a = 0; a < m_attributes.size(); ++a) {
        const std::string_view text = trimmed(record.field(m.attributes[qsizetype(a)]));
        if (text.empty())
            continue;
        AttributeValues &attribute = m_attributes[a];
        if (attribute.valueOfUser.size() <= userId) {
            attribute.valueOfUser.resize(std::size_t(userId) + 1, 0);
            attribute.instantOfUser.resize(std::size_t(userId) + 1, std::numeric_limits<qint64>::min());
        }
        if (instant >= attribute.instantOfUser[userId]) {
            attribute.instantOfUser[userId] = instant;
            attribute.valueOfUser[userId] = attribute.values.intern(text) + 1;
        }
    }
    out.append(instant, userId, event, value);
    return true;
}

Result<RowScanner::Outcome> RowScanner::run(const std::function<bool(EventBatch &&)> &sink,
                                            const std::atomic<bool> *cancel)
{
    HashingFile device(m_setup.path);
    if (!device.openFile()) {
        return fail(QCoreApplication::translate("EventStore", "Cannot open %1: %2")
                        .arg(m_setup.path, device.fileError()));
    }
    CsvReader::Options options;
    options.delimiter = m_setup.dialect.delimiter;
    options.encoding = m_setup.dialect.encoding;
    CsvReader reader(&device, options);

    EventBatch batch;
    batch.events.reserve(kBatchEvents);
    qint64 sinceFlush = 0;
    const auto flush = [&]() {
        batch.rowsRead = m_records;
        batch.bytesRead = reader.bytesRead();
        const bool more = sink(std::move(batch));
        batch = EventBatch{};
        batch.events.reserve(kBatchEvents);
        sinceFlush = 0;
        return more;
    };
    const CsvRecord *record = reader.next();
    if (record && m_setup.dialect.hasHeader)
        record = reader.next();
    for (; record; record = reader.next()) {
        ++m_records;
        handleRecord(*record, batch.events);
        if (m_abort)
            return Outcome::Aborted;
        if (++sinceFlush % kCheckEvery != 0)
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Outcome::Cancelled;
        if (batch.events.size() < kBatchEvents && sinceFlush < qint64(kBatchEvents))
            continue;
        if (m_setup.detectTime) {
            const TimeFormatDetector::Conclusion c = m_detector.conclusion();
            if (c.outcome == TimeFormatDetector::Outcome::Detected && !(c.format == m_setup.timeFormat))
                return Outcome::FormatChanged;
        }
        if (!flush())
            return Outcome::SinkStopped;
    }
    if (reader.hasError()) {
        return fail(QCoreApplication::translate("EventStore", "%1: %2")
                        .arg(QFileInfo(m_setup.path).fileName(), reader.errorString()));
    }
    if (cancel && cancel->load())
        return Outcome::Cancelled;
    if (!flush())
        return Outcome::SinkStopped;
    m_hash = device.hash.result();
    return Outcome::Finished;
}

} // namespace NorthStar
