#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>
#include <vector>

namespace NorthStar {

// One record as read by CsvReader: UTF-8 fields as views into the reader's buffer, valid
// until the reader's next call. Quotes are already removed and doubled quotes undoubled.
class CsvRecord final
{
public:
    // 1-based physical line on which the record starts (a quoted line break makes a record
    // span several lines; the header is line 1).
    qint64 line() const { return m_line; }
    int size() const { return int(m_fields.size()); }
    std::string_view field(int index) const
    {
        const Span &s = m_fields[size_t(index)];
        return {m_base + s.begin, size_t(s.end - s.begin)};
    }
    // Copies, for the slow paths (preview, error messages).
    QString fieldString(int index) const;
    QStringList toStringList() const;

private:
    friend class CsvReader;
    struct Span
    {
        std::uint32_t begin;
        std::uint32_t end;
        bool quoted;
    };
    const char *m_base = nullptr;
    qint64 m_line = 0;
    std::vector<Span> m_fields;
};

} // namespace NorthStar
