#include "csv/csvrecord.h"

namespace NorthStar {

QString CsvRecord::fieldString(int index) const
{
    const std::string_view f = field(index);
    return QString::fromUtf8(f.data(), qsizetype(f.size()));
}

QStringList CsvRecord::toStringList() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list.append(fieldString(i));
    return list;
}

} // namespace NorthStar
