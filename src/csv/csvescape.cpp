#include "csv/csvescape.h"

using namespace Qt::StringLiterals;

namespace NorthStar {

QString escapeCsvText(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

} // namespace NorthStar
