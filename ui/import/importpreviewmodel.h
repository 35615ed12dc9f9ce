#pragma once

// The first records of the file exactly as the import reads them, one column per field.
// Each header names the column and the role the mapping gives it; columns the import
// ignores are greyed, so the mapping can be checked at a glance.

#include "csv/columnmapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace NorthStar {

class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // `rowLines`: the line each record starts on (shown as the row header).
    void setRecords(const QStringList &header, const QList<QStringList> &rows, const QList<qint64> &rowLines);
    void setMapping(const ColumnMapping &mapping);
    // A daily rollup's columns have fixed roles (its format names them): shown instead of
    // the mapping's. On and off with the file.
    void setRollup(bool rollup);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "user id", "time", ... or empty for a column the import ignores.
    QString roleOf(int column) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qint64> m_rowLines;
    ColumnMapping m_mapping;
    int m_columns = 0;
    bool m_rollup = false;
};

} // namespace NorthStar
