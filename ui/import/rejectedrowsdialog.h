#pragma once

// The rows an import rejects (or would reject): line, column, reason and the value as read,
// with "Save as CSV…" (ImportSummary::rejectedRowsCsv()) to fix them in the source system.

#include "eventstore/importtypes.h"

#include <QDialog>

namespace NorthStar {

class RejectedRowsDialog final : public QDialog
{
    Q_OBJECT

public:
    RejectedRowsDialog(const ImportSummary &summary, QWidget *parent = nullptr);

    // Writes rejectedRowsCsv() to `path`; an error is a message to show.
    Result<void> saveCsv(const QString &path) const;

private:
    void askAndSave();

    ImportSummary m_summary;
};

} // namespace NorthStar
