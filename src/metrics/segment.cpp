#include "metrics/segment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace NorthStar {

Result<Segment> Segment::parse(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    Segment segment;
    if (equals >= 0) {
        segment.attribute = text.left(equals).trimmed();
        segment.value = text.mid(equals + 1).trimmed();
    }
    if (equals < 0 || segment.attribute.isEmpty() || segment.value.isEmpty()) {
        return fail(QCoreApplication::translate("Metrics", "Segment '%1' is not of the form 'attribute = value', e.g. 'country = DE'.")
                        .arg(text));
    }
    return segment;
}

QString Segment::toString() const
{
    return attribute % u" = "_s % value;
}

} // namespace NorthStar
