#pragma once

// Guesses the delimiter (`,` `;` tab `|`), the header row and the decimal separator from the
// first records of a file. The delimiter that splits the sample into the most consistent
// number of fields (more than one) wins; ties go to more fields, then to the order above.

#include "common/result.h"
#include "csv/csvdialect.h"

#include <QStringList>

#include <QList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace NorthStar {

class DialectDetector final
{
public:
    static constexpr int kSampleRecords = 200;

    // Reads from the start of `device` (which must be seekable) and seeks back to it.
    // `delimiter` 0 means detect; any other value is used as given.
    static Result<CsvDialect> detect(QIODevice *device, TextEncoding encoding = TextEncoding::Auto,
                                     char delimiter = 0);

    // The header decision on records already split: true when the first record looks like
    // names (no empty or numeric field) and a later record has a number or a date under a
    // name, or a name is one ColumnMapping knows.
    static bool looksLikeHeader(const QList<QStringList> &records);

    static QString delimiterName(char delimiter); // "," ";" "\t" "|"
};

} // namespace NorthStar
