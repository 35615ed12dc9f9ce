#include "import/rejectedrowsdialog.h"

#include "import/importtext.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

QString reasonText(RowError::Reason reason)
{
    switch (reason) {
    case RowError::Reason::WrongFieldCount:
        return QCoreApplication::translate("RejectedRowsDialog", "Wrong number of fields");
    case RowError::Reason::EmptyUserId:
        return QCoreApplication::translate("RejectedRowsDialog", "No user id");
    case RowError::Reason::UnreadableTime:
        return QCoreApplication::translate("RejectedRowsDialog", "Unreadable time");
    case RowError::Reason::NotANumber:
        return QCoreApplication::translate("RejectedRowsDialog", "Not a number");
    case RowError::Reason::UnreadableDate:
        return QCoreApplication::translate("RejectedRowsDialog", "Unreadable date");
    case RowError::Reason::BadEventCount:
        return QCoreApplication::translate("RejectedRowsDialog", "Not an event count");
    case RowError::Reason::EmptyEvent:
        return QCoreApplication::translate("RejectedRowsDialog", "No event name");
    }
    return {};
}

class RejectedRowsModel final : public QAbstractTableModel
{
public:
    RejectedRowsModel(const QList<RowError> &rows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_rows(rows)
    {
    }

    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 4; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const RowError &e = m_rows[index.row()];
        if (role == Qt::ToolTipRole)
            return e.message();
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && index.column() == 3 && e.value.isEmpty())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return e.line;
        case 1:
            if (e.column == 0)
                return QCoreApplication::translate("RejectedRowsDialog", "whole row");
            return e.columnName.isEmpty() ? QString::number(e.column) : u"%1 (%2)"_s.arg(e.columnName).arg(e.column);
        case 2:
            return e.detail.isEmpty() ? reasonText(e.reason) : u"%1: %2"_s.arg(reasonText(e.reason), e.detail);
        case 3:
            return e.value.isEmpty() && e.reason == RowError::Reason::EmptyUserId
                       ? QCoreApplication::translate("RejectedRowsDialog", "(empty)")
                       : e.value;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char *const names[] = {QT_TRANSLATE_NOOP("RejectedRowsDialog", "Line"),
                                            QT_TRANSLATE_NOOP("RejectedRowsDialog", "Column"),
                                            QT_TRANSLATE_NOOP("RejectedRowsDialog", "Reason"),
                                            QT_TRANSLATE_NOOP("RejectedRowsDialog", "Value")};
        return QCoreApplication::translate("RejectedRowsDialog", names[section]);
    }

private:
    QList<RowError> m_rows;
};

} // namespace

RejectedRowsDialog::RejectedRowsDialog(const ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
{
    setObjectName(u"rejectedRowsDialog"_s);
    setWindowTitle(tr("Rejected rows of %1").arg(QFileInfo(summary.file).fileName()));
    resize(760, 480);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const QString rows = summary.rejected == 1 ? tr("1 row") : tr("%1 rows").arg(ImportText::count(summary.rejected));
    QString text = summary.dryRun ? tr("%1 will not be imported.").arg(rows) : tr("%1 were not imported.").arg(rows);
    if (summary.rejected == 1 && !summary.dryRun)
        text = tr("1 row was not imported.");
    if (summary.rejectedRows.size() < summary.rejected)
        text += u" "_s + tr("The first %1 are listed.").arg(ImportText::count(summary.rejectedRows.size()));
    intro->setText(text);

    auto *table = new QTableView(this);
    table->setObjectName(u"rejectedRowsTable"_s);
    table->setModel(new RejectedRowsModel(summary.rejectedRows, table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    table->setColumnWidth(2, std::min(table->columnWidth(2), 320));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveRejectedButton"_s);
    save->setEnabled(!summary.rejectedRows.isEmpty());
    connect(save, &QPushButton::clicked, this, &RejectedRowsDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

Result<void> RejectedRowsDialog::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_summary.rejectedRowsCsv());
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void RejectedRowsDialog::askAndSave()
{
    const QFileInfo source(m_summary.file);
    const QString suggested = source.dir().filePath(source.completeBaseName() + u"-rejected.csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveCsv(path); !saved)
        QMessageBox::warning(this, tr("Save rejected rows"), saved.error());
}

} // namespace NorthStar
