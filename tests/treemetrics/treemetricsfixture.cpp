#include "treemetricsfixture.h"

#include "eventstore/eventimport.h"
#include "metrics/metricspec.h"
#include "storage/workspacefile.h"

#include <QDate>
#include <QFile>

using namespace Qt::StringLiterals;

namespace NorthStar::TreeMetricsTest {
namespace {

QJsonObject breadthOf(const QString &event)
{
    MetricSpec spec;
    spec.kind = MetricKind::Breadth;
    spec.events = {event};
    return spec.toJson();
}

QByteArray events()
{
    QByteArray csv = "user_id,timestamp,event\n";
    const auto add = [&csv](int user, QDate day, const char *event) {
        csv += "u" + QByteArray::number(user) + ',' + day.toString(Qt::ISODate).toUtf8() + "T10:00:00Z," + event + '\n';
    };
    const QDate monday(2024, 1, 1);
    for (int week = 0; week < openers.size(); ++week) {
        const QDate start = monday.addDays(7 * week);
        for (int u = 0; u < openers[week]; ++u)
            add(u, start, "open");
        for (int u = 0; u < lessonTakers[week]; ++u)
            add(u, start.addDays(1), "lesson");
        for (int u = 0; u < quizTakers[week]; ++u)
            add(u, start.addDays(2), "quiz");
    }
    // The eleventh week has data for Monday and Tuesday only: partial.
    const QDate last = monday.addDays(7 * openers.size());
    for (int u = 0; u < 25; ++u)
        add(u, last, "open");
    add(0, last.addDays(1), "lesson");
    return csv;
}

} // namespace

QString build(const QString &dir, Fixture &f)
{
    WorkspaceData &d = f.data;
    f.treeId = d.allocateId();
    d.trees.insert(f.treeId, Tree{f.treeId, u"Learning"_s, 0, Game::Productivity, 0, std::nullopt});
    const auto metric = [&d](const QString &name, const QString &unit, const QJsonObject &computation) {
        Metric m;
        m.id = d.allocateId();
        m.name = name;
        m.unit = unit;
        m.computation = computation;
        d.metrics.insert(m.id, m);
        return m.id;
    };
    const auto node = [&](NodeKind kind, Id metricId) {
        Node n;
        n.id = d.allocateId();
        n.treeId = f.treeId;
        n.kind = kind;
        n.metricId = metricId;
        d.nodes.insert(n.id, n);
        return n.id;
    };
    const auto edge = [&](Id child, Id parent) {
        Edge e;
        e.id = d.allocateId();
        e.treeId = f.treeId;
        e.childId = child;
        e.parentId = parent;
        d.edges.insert(e.id, e);
        return e.id;
    };
    f.northStarMetric = metric(u"Weekly openers"_s, u"learners"_s, breadthOf(u"open"_s));
    f.lessonMetric = metric(u"Lesson takers"_s, u"learners"_s, breadthOf(u"lesson"_s));
    f.quizMetric = metric(u"Quiz takers"_s, QString(), breadthOf(u"quiz"_s));
    f.notesMetric = metric(u"Notes"_s, QString(), QJsonObject());
    f.northStar = node(NodeKind::NorthStar, f.northStarMetric);
    f.lessons = node(NodeKind::Input, f.lessonMetric);
    f.quizzes = node(NodeKind::Input, f.quizMetric);
    f.notes = node(NodeKind::Input, f.notesMetric);
    f.lessonEdge = edge(f.lessons, f.northStar);
    f.quizEdge = edge(f.quizzes, f.lessons);

    f.path = dir + u"/learning.northstar"_s;
    if (auto written = WorkspaceFile::write(f.path, d); !written)
        return written.error();
    const QString csvPath = dir + u"/events.csv"_s;
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(events()) < 0)
        return u"cannot write "_s + csvPath;
    csv.close();
    ImportRequest request;
    request.file = csvPath;
    const auto summary = EventImport::run(f.path, request);
    if (!summary)
        return summary.error();
    if (summary->rejected != 0)
        return u"%1 rows rejected"_s.arg(summary->rejected);
    return {};
}

} // namespace NorthStar::TreeMetricsTest
