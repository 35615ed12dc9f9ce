// The workshop tables of schema version 5: workshops and their steps, votes, the parking lot.

#include "storage/modeltables.h"

#include "storage/tablerows.h"

#include <QCoreApplication>

#include <algorithm>

namespace NorthStar::ModelTables {

using namespace Rows;

namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::WorkspaceFile)
};

// UTC instants as ISO text with milliseconds; NULL for an invalid one.
Sqlite::Statement &bindInstant(Sqlite::Statement &q, int index, const QDateTime &t)
{
    return t.isValid() ? q.bind(index, t.toUTC().toString(Qt::ISODateWithMs)) : q.bindNull(index);
}

// An unreadable instant (a hand edit) reads as an invalid one: the record is still there.
QDateTime instantAt(const Sqlite::Statement &q, int column)
{
    return QDateTime::fromString(q.text(column), Qt::ISODateWithMs).toUTC();
}

struct StepRow final
{
    Id workshopId = 0;
    int position = 0;
    WorkshopStep step;
};

} // namespace

Result<void> readWorkshops(Sqlite::Database &db, WorkspaceData &data)
{
    auto workshops = forEachRow(db, "SELECT id, tree_id, name, started, finished, current_step, participants, "
                                    "dots_per_person FROM workshops",
                                [&](const Sqlite::Statement &q) -> Result<void> {
        Workshop w;
        w.id = q.int64(0);
        w.treeId = q.int64(1);
        w.name = q.text(2);
        w.started = instantAt(q, 3);
        w.finished = instantAt(q, 4);
        w.currentStep = int(q.int64(5));
        w.participants = std::max(0, int(q.int64(6)));
        w.dotsPerPerson = std::max(0, int(q.int64(7)));
        data.workshops.insert(w.id, w);
        return {};
    });
    if (!workshops)
        return workshops;

    QList<StepRow> steps;
    auto stepRows = forEachRow(db, "SELECT id, workshop_id, position, kind, title, prompt, minutes, started, ended, "
                                   "decisions FROM workshop_steps",
                               [&](const Sqlite::Statement &q) -> Result<void> {
        StepRow row;
        row.step.id = q.int64(0);
        row.workshopId = q.int64(1);
        row.position = int(q.int64(2));
        row.step.kind = keyOr(&workshopStepKindFromKey, q.text(3), WorkshopStepKind::Custom);
        row.step.title = q.text(4);
        row.step.prompt = q.text(5);
        row.step.minutes = std::max(1, int(q.int64(6)));
        row.step.started = instantAt(q, 7);
        row.step.ended = instantAt(q, 8);
        row.step.decisions = q.text(9);
        steps.append(row);
        return {};
    });
    if (!stepRows)
        return stepRows;
    std::stable_sort(steps.begin(), steps.end(),
                     [](const StepRow &a, const StepRow &b) { return a.position < b.position; });
    for (const StepRow &row : std::as_const(steps)) {
        // A step of no workshop (a hand edit) has nowhere to go; it is dropped, not guessed.
        if (auto it = data.workshops.find(row.workshopId); it != data.workshops.end())
            it->steps.append(row.step);
    }
    for (Workshop &w : data.workshops) {
        if (w.steps.isEmpty())
            return fail(Text::tr("workshop %1 has no steps").arg(w.id));
        w.currentStep = std::clamp(w.currentStep, 0, int(w.steps.size()) - 1);
    }

    auto votes = forEachRow(db, "SELECT id, tree_id, workshop_id, step_id, item_id, dots FROM votes",
                            [&](const Sqlite::Statement &q) -> Result<void> {
        Vote v;
        v.id = q.int64(0);
        v.treeId = q.int64(1);
        v.workshopId = q.int64(2);
        v.stepId = q.int64(3);
        v.itemId = q.int64(4);
        v.dots = std::max(0, int(q.int64(5)));
        data.votes.insert(v.id, v);
        return {};
    });
    if (!votes)
        return votes;

    return forEachRow(db, "SELECT id, tree_id, text, raised, state, node_id FROM parking_lot",
                      [&](const Sqlite::Statement &q) -> Result<void> {
        ParkedIdea p;
        p.id = q.int64(0);
        p.treeId = q.int64(1);
        p.text = q.text(2);
        p.raised = instantAt(q, 3);
        p.state = keyOr(&parkedStateFromKey, q.text(4), ParkedState::Open);
        p.nodeId = q.int64(5);
        data.parkedIdeas.insert(p.id, p);
        return {};
    });
}

Result<void> replaceWorkshops(Sqlite::Database &db, const WorkspaceData &data)
{
    if (auto r = db.exec("DELETE FROM workshops; DELETE FROM workshop_steps; DELETE FROM votes; "
                         "DELETE FROM parking_lot");
        !r)
        return r;

    auto workshops = db.prepare("INSERT INTO workshops (id, tree_id, name, started, finished, current_step, "
                                "participants, dots_per_person) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto steps = db.prepare("INSERT INTO workshop_steps (id, workshop_id, position, kind, title, prompt, minutes, "
                            "started, ended, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!workshops)
        return fail(workshops.error());
    if (!steps)
        return fail(steps.error());
    for (const Workshop &w : data.workshops) {
        workshops->bind(1, std::int64_t(w.id)).bind(2, std::int64_t(w.treeId)).bind(3, w.name);
        bindInstant(*workshops, 4, w.started);
        bindInstant(*workshops, 5, w.finished);
        workshops->bind(6, w.currentStep).bind(7, w.participants).bind(8, w.dotsPerPerson);
        if (auto r = workshops->exec(); !r)
            return r;
        for (qsizetype i = 0; i < w.steps.size(); ++i) {
            const WorkshopStep &s = w.steps.at(i);
            steps->bind(1, std::int64_t(s.id)).bind(2, std::int64_t(w.id)).bind(3, int(i))
                .bind(4, toKey(s.kind)).bind(5, s.title).bind(6, s.prompt).bind(7, s.minutes);
            bindInstant(*steps, 8, s.started);
            bindInstant(*steps, 9, s.ended);
            if (auto r = steps->bind(10, s.decisions).exec(); !r)
                return r;
        }
    }

    auto votes = db.prepare("INSERT INTO votes (id, tree_id, workshop_id, step_id, item_id, dots) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    if (!votes)
        return fail(votes.error());
    for (const Vote &v : data.votes) {
        votes->bind(1, std::int64_t(v.id)).bind(2, std::int64_t(v.treeId)).bind(3, std::int64_t(v.workshopId))
            .bind(4, std::int64_t(v.stepId)).bind(5, std::int64_t(v.itemId)).bind(6, v.dots);
        if (auto r = votes->exec(); !r)
            return r;
    }

    auto ideas = db.prepare("INSERT INTO parking_lot (id, tree_id, text, raised, state, node_id) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    if (!ideas)
        return fail(ideas.error());
    for (const ParkedIdea &p : data.parkedIdeas) {
        ideas->bind(1, std::int64_t(p.id)).bind(2, std::int64_t(p.treeId)).bind(3, p.text);
        bindInstant(*ideas, 4, p.raised).bind(5, toKey(p.state));
        if (auto r = bindIdOrNull(*ideas, 6, p.nodeId).exec(); !r)
            return r;
    }
    return {};
}

} // namespace NorthStar::ModelTables
