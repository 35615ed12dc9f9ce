#pragma once

// What a workshop step brings forward for the room, as data read from the model: the
// candidates side by side with their checklist answers and dots, the inputs with their
// dimensions and the checks that apply to them, each input's work with the gaps. The wall
// screen paints it; being plain data, tests (and the minutes) can read it too.

#include "model/workspacedata.h"
#include "workshop/lint.h"

#include <QList>
#include <QString>

#include <array>

namespace NorthStar::StepBoard {

// Which board a step of this kind shows.
enum class Kind { Tree, Candidates, Inputs, Work };
Kind kindFor(WorkshopStepKind stepKind);

// The room's dots on one item in one step; rank and tie as VoteTally counts them.
struct Dots final
{
    int dots = 0;
    int rank = 0;      // 0: no dots
    bool tied = false;
};

struct CandidateColumn final
{
    Id metricId = 0;
    QString name;
    std::array<Answer, checklistItemCount> answers{};
    int good = 0;       // answers that speak for it
    int against = 0;    // answers that speak against it (No, or Yes to the stress test)
    bool chosen = false; // the tree's North Star shows this metric
    Dots dots;
};

struct InputCard final
{
    Id nodeId = 0;
    QString name;
    Dimension dimension = Dimension::None;
    QString owner;
    Id parentInputId = 0; // a sub-input: the input it drives (0 for the North Star's inputs)
    QStringList checks;   // the input's own findings (no owner, no definition, drives nothing)
    Dots dots;
};

struct InputsBoard final
{
    QList<InputCard> inputs;     // the North Star's inputs first (in model order), then sub-inputs
    int directInputs = 0;        // inputs linked to the North Star
    std::array<int, 4> coverage{}; // inputs per dimension: breadth, depth, frequency, efficiency
    QList<Lint::Finding> treeChecks; // input-count and dimension-missing, when they apply
};

struct WorkCard final
{
    Id nodeId = 0;
    QString title;
    WorkStatus status = WorkStatus::Idea;
    Dots dots;
};

struct WorkColumn final
{
    Id inputId = 0;
    QString name;
    Dimension dimension = Dimension::None;
    QList<WorkCard> work; // the work linked to this input directly
    bool gap = false;     // no work under it or its sub-inputs (the lint's input-no-work)
};

// `stepId` names the step whose dots are shown (0: none).
QList<CandidateColumn> candidates(const WorkspaceData &data, Id treeId, Id stepId);
InputsBoard inputs(const WorkspaceData &data, Id treeId, Id stepId);
QList<WorkColumn> work(const WorkspaceData &data, Id treeId, Id stepId);

// The dimensions in the order the coverage counts them.
inline constexpr std::array<Dimension, 4> dimensions{Dimension::Breadth, Dimension::Depth,
                                                     Dimension::Frequency, Dimension::Efficiency};

} // namespace NorthStar::StepBoard
