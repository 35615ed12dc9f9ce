#pragma once

// What the import did: rows imported, rejected (with a way to see them), replaced, users,
// the first and last instant in the import's timezone and in UTC, and how the file was read.

#include "eventstore/importtypes.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace NorthStar {

class ImportSummaryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(QWidget *parent = nullptr);

    void setSummary(const ImportSummary &summary);

signals:
    void showRejectedRequested();

private:
    QLabel *m_headline;
    QVBoxLayout *m_column;
    QWidget *m_body = nullptr;
};

} // namespace NorthStar
