// ChartPanel: annotations from a chart's context menu, each one undo step (Edit::).

#include "charts/annotationdialog.h"
#include "charts/chartformat.h"
#include "charts/chartpanel.h"
#include "model/document.h"
#include "model/edits.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace NorthStar {

using namespace Charts;

namespace {

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 40 ? simple.left(39) + u'…' : simple;
}

} // namespace

void ChartPanel::openChartMenu(MetricChartView *view, int row, const QPoint &globalPos)
{
    const auto &rows = view->data().series.rows;
    if (row < 0 || row >= int(rows.size()) || !m_document->data().metric(m_metricId))
        return;
    const QDate period = rows[std::size_t(row)].periodStart;
    QMenu menu(this);
    menu.setObjectName(u"chartMenu"_s);
    QAction *add = menu.addAction(tr("Add annotation at %1…").arg(periodLabel(period, view->data().grain)));
    const QList<Annotation> here = view->annotationsInRow(row);
    QHash<QAction *, Annotation> edits, removals;
    if (!here.isEmpty())
        menu.addSeparator();
    for (const Annotation &annotation : here) {
        // One note: plain entries; several: each named.
        const QString name = shortText(annotation.text);
        edits.insert(menu.addAction(here.size() == 1 ? tr("Edit annotation…") : tr("Edit \"%1\"…").arg(name)),
                     annotation);
        removals.insert(menu.addAction(here.size() == 1 ? tr("Delete annotation") : tr("Delete \"%1\"").arg(name)),
                        annotation);
    }
    QAction *chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == add)
        addAnnotationAt(period);
    else if (edits.contains(chosen))
        editAnnotation(edits.value(chosen));
    else if (removals.contains(chosen))
        Edit::removeAnnotation(*m_document, removals.value(chosen).id);
}

void ChartPanel::addAnnotationAt(QDate date)
{
    const Metric *metric = m_document->data().metric(m_metricId);
    if (!metric)
        return;
    AnnotationDialog dialog(metric->name, false, this);
    dialog.setValues(date, QString(), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The metric may have gone while the dialog was open.
    const Id metricId = dialog.onMetric() ? m_metricId : 0;
    if (metricId == 0 || m_document->data().metric(metricId))
        Edit::addAnnotation(*m_document, dialog.date(), dialog.text(), metricId);
}

void ChartPanel::editAnnotation(const Annotation &annotation)
{
    const Metric *metric = m_document->data().metric(m_metricId);
    if (!metric)
        return;
    AnnotationDialog dialog(metric->name, true, this);
    dialog.setValues(annotation.date, annotation.text, annotation.metricId != 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation after = annotation;
    after.date = dialog.date();
    after.text = dialog.text();
    after.metricId = dialog.onMetric() ? m_metricId : 0;
    if (after != annotation)
        Edit::updateAnnotation(*m_document, after);
}

} // namespace NorthStar
