// Edit:: functions for what the weekly review writes down: annotations and review notes.

#include "model/edits.h"

#include "model/document.h"
#include "model/editsupport.h"

namespace NorthStar::Edit {

using namespace EditSupport;

namespace {

// 0 is the whole workspace (annotations) or the whole review (notes).
bool isMetricOrNone(const WorkspaceData &data, Id metricId)
{
    return metricId == 0 || data.metric(metricId);
}

} // namespace

Id addAnnotation(Document &doc, QDate date, const QString &text, Id metricId)
{
    if (!date.isValid() || text.trimmed().isEmpty() || !isMetricOrNone(doc.data(), metricId))
        return 0;
    Annotation a;
    a.id = doc.model()->allocateId();
    a.date = date;
    a.text = text;
    a.metricId = metricId;
    ChangeSet change;
    change.add(a);
    doc.push(change, EditText::tr("Add annotation"), doc.selection());
    return a.id;
}

void updateAnnotation(Document &doc, const Annotation &after, const QString &mergeKey)
{
    const WorkspaceData &data = doc.data();
    const auto it = data.annotations.constFind(after.id);
    // The text may be empty for a moment while it is retyped; the date and metric must hold.
    if (it == data.annotations.cend() || !after.date.isValid() || !isMetricOrNone(data, after.metricId))
        return;
    ChangeSet change;
    change.update(*it, after);
    doc.push(change, EditText::tr("Edit annotation"), doc.selection(), mergeKey);
}

void removeAnnotation(Document &doc, Id annotationId)
{
    const auto it = doc.data().annotations.constFind(annotationId);
    if (it == doc.data().annotations.cend())
        return;
    ChangeSet change;
    change.remove(*it);
    doc.push(change, EditText::tr("Delete annotation"), doc.selection());
}

void setReviewNote(Document &doc, Id treeId, Id metricId, QDate period, ReviewGrain grain,
                   const QString &text, const QString &mergeKey)
{
    const WorkspaceData &data = doc.data();
    if (!data.tree(treeId) || !period.isValid() || !isMetricOrNone(data, metricId))
        return;
    const bool blank = text.trimmed().isEmpty();
    ChangeSet change;
    if (const ReviewNote *existing = data.reviewNote(treeId, metricId, period, grain)) {
        ReviewNote after = *existing;
        after.text = text;
        if (blank)
            change.remove(*existing);
        else
            change.update(*existing, after);
    } else if (!blank) {
        ReviewNote note;
        note.id = doc.model()->allocateId();
        note.treeId = treeId;
        note.metricId = metricId;
        note.period = period;
        note.grain = grain;
        note.text = text;
        change.add(note);
    }
    doc.push(change, EditText::tr("Edit review note"), doc.selection(), mergeKey);
}

} // namespace NorthStar::Edit
