#pragma once

// The vocabulary of the North Star Framework, with the stable keys used in the workspace
// file and on the command line (never translated) and the names shown to people.

#include <QString>

#include <optional>

namespace NorthStar {

// Every entity of a workspace has an id unique within that workspace. 0 means "none".
using Id = qint64;

enum class NodeKind { NorthStar, Input, Work };
enum class Dimension { None, Breadth, Depth, Frequency, Efficiency };
enum class WorkType { Initiative, Experiment, Feature };
enum class WorkStatus { Idea, InProgress, Shipped };
// The three games of the North Star Playbook.
enum class Game { Unset, Attention, Transaction, Productivity };
enum class Answer { Unanswered, Yes, No, Unsure };
// The grains a weekly review can be run at (REVIEW.md).
enum class ReviewGrain { Week, Month };
// How sure the team is that a link (or a work item) moves what it drives. Low marks a
// hypothesis the data have not confirmed yet; canvas and exports draw it differently.
enum class Confidence { Unset, High, Medium, Low };
// The exercises of a North Star workshop, in the playbook's order; Custom for the room's own.
enum class WorkshopStepKind { ValueAndGame, Candidates, Checklist, Choose, Inputs, Work, NextSteps, Custom };
// What became of an idea in the parking lot.
enum class ParkedState { Open, Placed, Dismissed };

// The North Star checklist, in the playbook's order. The stress test is the last item:
// for it, "No" is the good answer (the metric could not double without more value).
enum class ChecklistItem {
    CustomerValue,
    VisionAndStrategy,
    LeadingIndicator,
    Actionable,
    Understandable,
    Measurable,
    NotVanity,
    StressTest,
};
inline constexpr int checklistItemCount = 8;

QString toKey(NodeKind kind);
QString toKey(Dimension dimension);
QString toKey(WorkType type);
QString toKey(WorkStatus status);
QString toKey(Game game);
QString toKey(Answer answer);
QString toKey(ReviewGrain grain);
QString toKey(Confidence confidence);
QString toKey(WorkshopStepKind kind);
QString toKey(ParkedState state);

std::optional<NodeKind> nodeKindFromKey(const QString &key);
std::optional<Dimension> dimensionFromKey(const QString &key);
std::optional<WorkType> workTypeFromKey(const QString &key);
std::optional<WorkStatus> workStatusFromKey(const QString &key);
std::optional<Game> gameFromKey(const QString &key);
std::optional<Answer> answerFromKey(const QString &key);
std::optional<ReviewGrain> reviewGrainFromKey(const QString &key);
std::optional<Confidence> confidenceFromKey(const QString &key);
std::optional<WorkshopStepKind> workshopStepKindFromKey(const QString &key);
std::optional<ParkedState> parkedStateFromKey(const QString &key);

// Translated names for people.
QString displayName(NodeKind kind);
QString displayName(Dimension dimension);
QString displayName(WorkType type);
QString displayName(WorkStatus status);
QString displayName(Game game);
QString displayName(Answer answer);
QString displayName(Confidence confidence);
QString displayName(ParkedState state);
QString checklistQuestion(ChecklistItem item);
// The answer that speaks for the candidate (Yes for all but the stress test).
Answer goodAnswer(ChecklistItem item);

} // namespace NorthStar
