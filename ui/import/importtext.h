#pragma once

// Wording shared by the import dialog's pages: counts, instants and the reading options,
// written the same way everywhere.

#include "eventstore/importtypes.h"

#include <QString>

namespace NorthStar::ImportText {

// 28491 -> "28,491" in the person's locale.
QString count(qint64 n);
// "1 Dec 2010 08:26" in `zoneId` (an IANA id; UTC when invalid).
QString instant(qint64 msecs, const QString &zoneId);
// "2010-12-01 08:26 UTC".
QString instantUtc(qint64 msecs);
// "1 Dec 2010 08:26 – 9 Dec 2010 20:01" in `zoneId`; empty without a range.
QString range(const ImportSummary &summary, const QString &zoneId);
// "Comma", "Semicolon", "Tab", "Pipe" (with the character where it is visible).
QString delimiterName(char delimiter);
// "comma-separated", "tab-separated", ...
QString delimiterNoun(char delimiter);
// "UTF-8", "UTF-16", "Latin-1", "Windows-1252".
QString encodingName(TextEncoding encoding);

} // namespace NorthStar::ImportText
