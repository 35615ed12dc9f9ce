// libFuzzer target for the CSV reading layer: any bytes, any option combination, must
// give records or a clean error, never a crash, a leak or undefined behaviour.

#include "csv/csvreader.h"
#include "csv/dialectdetector.h"
#include "csv/numberparser.h"
#include "csv/timeformatdetector.h"
#include "csv/timeparser.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace NorthStar;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the file.
    const std::uint8_t control = data[0];
    static const char delimiters[] = {',', ';', '\t', '|'};
    static const TextEncoding encodings[] = {TextEncoding::Auto, TextEncoding::Utf8,
                                             TextEncoding::Utf16, TextEncoding::Windows1252};
    static const qsizetype bufferSizes[] = {64, 65, 200, 1 << 16};
    CsvReader::Options options;
    options.delimiter = delimiters[control & 3];
    options.encoding = encodings[(control >> 2) & 3];
    options.bufferSize = bufferSizes[(control >> 4) & 3];
    options.maxRecordSize = 1 << 20;

    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);

    if (control & 0x40) {
        const Result<CsvDialect> dialect = DialectDetector::detect(&device, options.encoding);
        if (dialect.ok() && (dialect->delimiter == '"' || dialect->delimiter == '\n'))
            std::abort();
        device.seek(0);
    }

    const NumberParser point(DecimalSeparator::Point);
    const NumberParser comma(DecimalSeparator::Comma);
    static const TimeParser iso(TimeFormat::iso());
    static const TimeParser pattern(*TimeFormat::fromString(QStringLiteral("M/d/yy h:mm:ss.z AP")));
    TimeFormatDetector detector;

    CsvReader reader(&device, options);
    qint64 previousLine = 0;
    while (const CsvRecord *record = reader.next()) {
        if (record->size() < 1 || record->line() <= previousLine)
            std::abort(); // records move forward and have at least one field
        previousLine = record->line();
        for (int i = 0; i < record->size() && i < 8; ++i) {
            const std::string_view field = record->field(i);
            (void)point.parse(field);
            (void)comma.parse(field);
            (void)iso.parse(field);
            (void)pattern.parse(field);
            if (i == 0)
                detector.add(field, record->line());
        }
    }
    (void)detector.conclusion().describe();
    (void)reader.errorString();
    return 0;
}
