#include "import/importpreviewmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace NorthStar {

void ImportPreviewModel::setRecords(const QStringList &header, const QList<QStringList> &rows,
                                    const QList<qint64> &rowLines)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_rowLines = rowLines;
    m_columns = int(header.size());
    for (const QStringList &row : rows)
        m_columns = std::max(m_columns, int(row.size())); // a row with extra fields shows them
    endResetModel();
}

void ImportPreviewModel::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::ForegroundRole});
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

void ImportPreviewModel::setRollup(bool rollup)
{
    if (rollup == m_rollup)
        return;
    m_rollup = rollup;
    setMapping(m_mapping);
}

QString ImportPreviewModel::roleOf(int column) const
{
    if (column < 0)
        return {};
    if (m_rollup) {
        const QString name = ColumnMapping::normalizedName(m_header.value(column));
        if (name == ColumnMapping::normalizedName(u"user_id"_s))
            return tr("user id");
        if (name == u"date"_s)
            return tr("date");
        if (name == u"event"_s)
            return tr("event");
        if (name == u"events"_s)
            return tr("count");
        if (name == ColumnMapping::normalizedName(u"value_sum"_s))
            return tr("value sum");
        return tr("attribute");
    }
    if (column == m_mapping.userId)
        return tr("user id");
    if (column == m_mapping.timestamp)
        return tr("time");
    if (column == m_mapping.event)
        return tr("event");
    if (column == m_mapping.value)
        return tr("value");
    if (m_mapping.attributes.contains(column))
        return tr("attribute");
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.value(index.column());
    case Qt::ForegroundRole:
        if (roleOf(index.column()).isEmpty())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_rowLines.size())
            return m_rowLines[section];
        if (role == Qt::ToolTipRole)
            return tr("Line in the file");
        return {};
    }
    const QString name = section < m_header.size() ? m_header[section] : tr("Column %1").arg(section + 1);
    const QString what = roleOf(section);
    switch (role) {
    case Qt::DisplayRole:
        return what.isEmpty() ? name : u"%1\n%2"_s.arg(name, what);
    case Qt::ToolTipRole:
        return what.isEmpty() ? tr("%1: not imported").arg(name) : tr("%1: imported as the %2").arg(name, what);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!what.isEmpty());
        return font;
    }
    case Qt::ForegroundRole:
        if (what.isEmpty())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

} // namespace NorthStar
