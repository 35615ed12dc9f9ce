// MainWindow: the data side — importing usage CSV (menu and drag and drop), pulling the daily
// rollup from a warehouse, the metrics controller that charts and cards read from, and the
// workspace's reporting settings.

#include "mainwindow/mainwindow.h"
#include "mainwindow/mainwindow_actions.h"

#include "analysis/metricscontroller.h"
#include "charts/chartpanel.h"
#include "eventstore/eventstore.h"
#include "import/importdialog.h"
#include "import/pulldialog.h"
#include "import/timezonecombo.h"
#include "metrics/segment.h"
#include "mainwindow/documentcontroller.h"
#include "canvas/canvasview.h"
#include "panels/propertiespanel.h"
#include "review/reviewview.h"
#include "model/document.h"
#include "model/edits.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

bool isWorkspaceUrl(const QUrl &url)
{
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).suffix().compare(u"northstar"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

void MainWindow::connectMetrics()
{
    Document *doc = m_controller->document();
    m_canvas->setMetricsController(m_metrics);
    m_propertiesPanel->setMetricsController(m_metrics);
    // The controller follows the document: the file for the data, the model for the catalog
    // (computations, formulas) and the settings (timezone, week start).
    auto follow = [this, doc] { m_metrics->setWorkspace(doc->filePath(), doc->data()); };
    connect(doc->model(), &WorkspaceModel::wasReset, this, follow);
    connect(doc, &Document::filePathChanged, this, follow);
    connect(doc->model(), &WorkspaceModel::changed, this,
            [this, doc](const ChangeSet &change) { m_metrics->setModel(doc->data(), change); });
    // The review follows the chart's grain while it shows, and leads to nodes on the canvas.
    connect(m_chartPanel, &ChartPanel::chartUpdated, this, [this] {
        if (isReviewShown())
            m_review->setGrain(m_chartPanel->request().grain);
    });
    connect(m_review, &ReviewView::nodeActivated, this, &MainWindow::showNodeOnCanvas);
}

void MainWindow::importData()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import usage data"), {},
                                                      ImportDialog::fileDialogFilter() + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::ensureSavedForData(const QString &question)
{
    if (m_stack->currentWidget() != m_editor)
        newWorkspace();
    if (!m_controller->document()->filePath().isEmpty())
        return true;
    // Imported data live in the workspace file, so the workspace needs one first.
    const auto answer = QMessageBox::question(this, tr("Save the workspace first"), question,
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && saveAs();
}

void MainWindow::reloadChangedData()
{
    // A daily rollup into a workspace without data gives the file the rollup's timezone;
    // the document follows, or saving would write the old one back.
    Document *doc = m_controller->document();
    if (const auto zone = EventStore::reportingTimeZone(doc->filePath());
        zone && *zone != doc->data().setting(u"timezone"_s, u"UTC"_s))
        Edit::setSetting(*doc, u"timezone"_s, *zone);
    m_metrics->reload();
}

void MainWindow::importFile(const QString &csvPath)
{
    if (!ensureSavedForData(tr("Imported data are stored in the workspace file. Save this workspace now, then "
                               "import %1?").arg(QFileInfo(csvPath).fileName())))
        return;
    const auto outcome = ImportDialog::run(this, csvPath, m_controller->document()->filePath());
    if (outcome == ImportDialog::Outcome::DataChanged) {
        reloadChangedData();
        statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(csvPath).fileName()), 5000);
    }
}

void MainWindow::pullFromWarehouse()
{
    if (!ensureSavedForData(tr("Pulled data are stored in the workspace file. Save this workspace now, then pull "
                               "from the warehouse?")))
        return;
    Document *doc = m_controller->document();
    PullDialog dialog(doc->filePath(), doc->data().setting(u"timezone"_s, u"UTC"_s), this);
    dialog.exec();
    if (dialog.dataChanged()) {
        reloadChangedData();
        statusBar()->showMessage(tr("%1 The numbers are computed again.").arg(dialog.resultMessage()), 8000);
    }
}

namespace {

// The zone the workspace's daily rollups were made in, or nothing (none, or no file yet).
std::optional<QString> rollupZoneOf(const QString &workspacePath)
{
    if (workspacePath.isEmpty())
        return std::nullopt;
    const auto zone = EventStore::rollupTimeZone(workspacePath);
    return zone ? *zone : std::nullopt;
}

} // namespace

void MainWindow::editWorkspaceSettings()
{
    Document *doc = m_controller->document();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Workspace settings"));
    auto *zone = new TimeZoneCombo(&dialog);
    zone->setZoneId(doc->data().setting(u"timezone"_s, u"UTC"_s));
    // A daily rollup's dates were made in one zone: with one imported, the zone is fixed.
    // A daily rollup's dates were made in one zone: with one imported, the zone is fixed,
    // and the dialog says so where the field is.
    const std::optional<QString> rollupZone = rollupZoneOf(doc->filePath());
    QLabel *zoneFixed = nullptr;
    if (rollupZone) {
        zone->setEnabled(false);
        zoneFixed = new QLabel(tr("Fixed at %1: the daily rollups in this workspace were made in it, and a rollup "
                                  "has no times of day to move to another zone.").arg(*rollupZone),
                               &dialog);
        zoneFixed->setWordWrap(true);
        zoneFixed->setStyleSheet(u"color: #5a6475;"_s);
    }
    auto *weekStart = new QComboBox(&dialog);
    weekStart->addItem(tr("Monday (ISO 8601)"), u"monday"_s);
    weekStart->addItem(tr("Sunday"), u"sunday"_s);
    weekStart->setCurrentIndex(doc->data().setting(u"week-start"_s) == u"sunday"_s ? 1 : 0);
    auto *segment = new QLineEdit(doc->data().setting(u"segment"_s), &dialog);
    segment->setPlaceholderText(tr("All users (or e.g. country = DE)"));
    segment->setClearButtonEnabled(true);
    auto *segmentError = new QLabel(&dialog);
    segmentError->setStyleSheet(u"color: #b42318;"_s);
    segmentError->hide();
    auto *note = new QLabel(tr("Days, weeks and months of every metric are counted in this timezone; "
                               "changing it recomputes every number, daylight saving time included. "
                               "The segment filters every node of the tree and every chart to the "
                               "users with that attribute value."),
                            &dialog);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #5a6475;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, segment, segmentError] {
        // Only a well-formed segment is stored; whether the attribute exists shows in the charts.
        const QString text = segment->text().trimmed();
        if (!text.isEmpty()) {
            if (auto parsed = Segment::parse(text); !parsed) {
                segmentError->setText(parsed.error());
                segmentError->show();
                return;
            }
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Reporting timezone:"), zone);
    if (zoneFixed)
        form->addRow(QString(), zoneFixed);
    form->addRow(tr("Weeks start on:"), weekStart);
    form->addRow(tr("Segment:"), segment);
    form->addRow(QString(), segmentError);
    form->addRow(note);
    form->addRow(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Each a setting edit of its own: undoable, and the metrics follow the model.
    if (zone->zoneId() != doc->data().setting(u"timezone"_s, u"UTC"_s))
        Edit::setSetting(*doc, u"timezone"_s, zone->zoneId());
    const QString start = weekStart->currentData().toString();
    if (start != doc->data().setting(u"week-start"_s, u"monday"_s))
        Edit::setSetting(*doc, u"week-start"_s, start);
    if (segment->text().trimmed() != doc->data().setting(u"segment"_s))
        Edit::setSetting(*doc, u"segment"_s, segment->text().trimmed());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && (ImportDialog::isImportableUrl(urls.constFirst()) || isWorkspaceUrl(urls.constFirst())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1)
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // Finish the drop before a modal dialog opens.
    QMetaObject::invokeMethod(this, [this, path, workspace = isWorkspaceUrl(urls.constFirst())] {
        if (workspace)
            openWorkspace(path);
        else
            importFile(path);
    }, Qt::QueuedConnection);
}

} // namespace NorthStar
