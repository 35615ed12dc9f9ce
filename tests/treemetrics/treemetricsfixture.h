#pragma once

// A small real workspace for the tree-metrics GUI tests: a tree (North Star "Weekly
// openers", input "Lesson takers" with sub-input "Quiz takers", and "Notes", an input not
// linked yet and without a computation) and ten complete weeks of imported events from
// Monday 2024-01-01 plus a partial eleventh week, with counts known by construction:
//   openers            10 12 12 14 15 15 17 19 19 21   (partial week: 25)
//   lesson takers      5  7  6  8  9  8 10 12 11 13
//   quiz takers        2  3  2  4  3  5  4  6  5  7

#include "model/workspacedata.h"

#include <QList>
#include <QString>

namespace NorthStar::TreeMetricsTest {

inline const QList<int> openers{10, 12, 12, 14, 15, 15, 17, 19, 19, 21};
inline const QList<int> lessonTakers{5, 7, 6, 8, 9, 8, 10, 12, 11, 13};
inline const QList<int> quizTakers{2, 3, 2, 4, 3, 5, 4, 6, 5, 7};

struct Fixture final
{
    QString path;
    WorkspaceData data;
    Id treeId = 0;
    Id northStar = 0, lessons = 0, quizzes = 0, notes = 0;   // nodes
    Id northStarMetric = 0, lessonMetric = 0, quizMetric = 0, notesMetric = 0;
    Id lessonEdge = 0, quizEdge = 0;                         // child -> parent links
};

// Writes the workspace in `dir` and imports the events through EventImport::run. Returns an
// error message, or an empty string.
QString build(const QString &dir, Fixture &fixture);

} // namespace NorthStar::TreeMetricsTest
