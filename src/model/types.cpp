#include "model/types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr KeyTable<NodeKind, 3> nodeKindKeys{{
    {NodeKind::NorthStar, u"north-star"}, {NodeKind::Input, u"input"}, {NodeKind::Work, u"work"}}};
constexpr KeyTable<Dimension, 5> dimensionKeys{{{Dimension::None, u""},
                                                {Dimension::Breadth, u"breadth"},
                                                {Dimension::Depth, u"depth"},
                                                {Dimension::Frequency, u"frequency"},
                                                {Dimension::Efficiency, u"efficiency"}}};
constexpr KeyTable<WorkType, 3> workTypeKeys{{{WorkType::Initiative, u"initiative"},
                                              {WorkType::Experiment, u"experiment"},
                                              {WorkType::Feature, u"feature"}}};
constexpr KeyTable<WorkStatus, 3> workStatusKeys{{{WorkStatus::Idea, u"idea"},
                                                  {WorkStatus::InProgress, u"in-progress"},
                                                  {WorkStatus::Shipped, u"shipped"}}};
constexpr KeyTable<Game, 4> gameKeys{{{Game::Unset, u""},
                                      {Game::Attention, u"attention"},
                                      {Game::Transaction, u"transaction"},
                                      {Game::Productivity, u"productivity"}}};
constexpr KeyTable<Answer, 4> answerKeys{{{Answer::Unanswered, u""},
                                          {Answer::Yes, u"yes"},
                                          {Answer::No, u"no"},
                                          {Answer::Unsure, u"unsure"}}};
constexpr KeyTable<ReviewGrain, 2> reviewGrainKeys{{{ReviewGrain::Week, u"week"}, {ReviewGrain::Month, u"month"}}};
constexpr KeyTable<Confidence, 4> confidenceKeys{{{Confidence::Unset, u""},
                                                  {Confidence::High, u"high"},
                                                  {Confidence::Medium, u"medium"},
                                                  {Confidence::Low, u"low"}}};
constexpr KeyTable<WorkshopStepKind, 8> workshopStepKindKeys{{{WorkshopStepKind::ValueAndGame, u"value-and-game"},
                                                              {WorkshopStepKind::Candidates, u"candidates"},
                                                              {WorkshopStepKind::Checklist, u"checklist"},
                                                              {WorkshopStepKind::Choose, u"choose"},
                                                              {WorkshopStepKind::Inputs, u"inputs"},
                                                              {WorkshopStepKind::Work, u"work"},
                                                              {WorkshopStepKind::NextSteps, u"next-steps"},
                                                              {WorkshopStepKind::Custom, u"custom"}}};
constexpr KeyTable<ParkedState, 3> parkedStateKeys{{{ParkedState::Open, u"open"},
                                                    {ParkedState::Placed, u"placed"},
                                                    {ParkedState::Dismissed, u"dismissed"}}};

template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return key.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (k == key)
            return e;
    }
    return std::nullopt;
}

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::Types)
};

} // namespace

QString toKey(NodeKind kind) { return keyOf(nodeKindKeys, kind); }
QString toKey(Dimension dimension) { return keyOf(dimensionKeys, dimension); }
QString toKey(WorkType type) { return keyOf(workTypeKeys, type); }
QString toKey(WorkStatus status) { return keyOf(workStatusKeys, status); }
QString toKey(Game game) { return keyOf(gameKeys, game); }
QString toKey(Answer answer) { return keyOf(answerKeys, answer); }
QString toKey(ReviewGrain grain) { return keyOf(reviewGrainKeys, grain); }
QString toKey(Confidence confidence) { return keyOf(confidenceKeys, confidence); }
QString toKey(WorkshopStepKind kind) { return keyOf(workshopStepKindKeys, kind); }
QString toKey(ParkedState state) { return keyOf(parkedStateKeys, state); }

std::optional<NodeKind> nodeKindFromKey(const QString &key) { return valueOf(nodeKindKeys, key); }
std::optional<Dimension> dimensionFromKey(const QString &key) { return valueOf(dimensionKeys, key); }
std::optional<WorkType> workTypeFromKey(const QString &key) { return valueOf(workTypeKeys, key); }
std::optional<WorkStatus> workStatusFromKey(const QString &key) { return valueOf(workStatusKeys, key); }
std::optional<Game> gameFromKey(const QString &key) { return valueOf(gameKeys, key); }
std::optional<Answer> answerFromKey(const QString &key) { return valueOf(answerKeys, key); }
std::optional<ReviewGrain> reviewGrainFromKey(const QString &key) { return valueOf(reviewGrainKeys, key); }
std::optional<Confidence> confidenceFromKey(const QString &key) { return valueOf(confidenceKeys, key); }
std::optional<WorkshopStepKind> workshopStepKindFromKey(const QString &key)
{
    return valueOf(workshopStepKindKeys, key);
}
std::optional<ParkedState> parkedStateFromKey(const QString &key) { return valueOf(parkedStateKeys, key); }

QString displayName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::NorthStar: return Text::tr("North Star");
    case NodeKind::Input: return Text::tr("Input");
    case NodeKind::Work: return Text::tr("Work");
    }
    return {};
}

QString displayName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::None: return Text::tr("No dimension");
    case Dimension::Breadth: return Text::tr("Breadth");
    case Dimension::Depth: return Text::tr("Depth");
    case Dimension::Frequency: return Text::tr("Frequency");
    case Dimension::Efficiency: return Text::tr("Efficiency");
    }
    return {};
}

QString displayName(WorkType type)
{
    switch (type) {
    case WorkType::Initiative: return Text::tr("Initiative");
    case WorkType::Experiment: return Text::tr("Experiment");
    case WorkType::Feature: return Text::tr("Feature");
    }
    return {};
}

QString displayName(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Idea: return Text::tr("Idea");
    case WorkStatus::InProgress: return Text::tr("In progress");
    case WorkStatus::Shipped: return Text::tr("Shipped");
    }
    return {};
}

QString displayName(Game game)
{
    switch (game) {
    case Game::Unset: return Text::tr("Not chosen");
    case Game::Attention: return Text::tr("Attention");
    case Game::Transaction: return Text::tr("Transaction");
    case Game::Productivity: return Text::tr("Productivity");
    }
    return {};
}

QString displayName(Answer answer)
{
    switch (answer) {
    case Answer::Unanswered: return Text::tr("Not answered");
    case Answer::Yes: return Text::tr("Yes");
    case Answer::No: return Text::tr("No");
    case Answer::Unsure: return Text::tr("Unsure");
    }
    return {};
}

QString displayName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Unset: return Text::tr("Not rated");
    case Confidence::High: return Text::tr("High confidence");
    case Confidence::Medium: return Text::tr("Medium confidence");
    case Confidence::Low: return Text::tr("Low confidence");
    }
    return {};
}

QString displayName(ParkedState state)
{
    switch (state) {
    case ParkedState::Open: return Text::tr("Open");
    case ParkedState::Placed: return Text::tr("Placed on the tree");
    case ParkedState::Dismissed: return Text::tr("Dismissed");
    }
    return {};
}

QString checklistQuestion(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::CustomerValue: return Text::tr("Does it express the value customers get?");
    case ChecklistItem::VisionAndStrategy: return Text::tr("Does it represent the product's vision and strategy?");
    case ChecklistItem::LeadingIndicator: return Text::tr("Is it a leading indicator of revenue?");
    case ChecklistItem::Actionable: return Text::tr("Is it actionable by the team?");
    case ChecklistItem::Understandable: return Text::tr("Is it understandable by everyone?");
    case ChecklistItem::Measurable: return Text::tr("Is it measurable?");
    case ChecklistItem::NotVanity: return Text::tr("Is it free of vanity (not a number that only looks good)?");
    case ChecklistItem::StressTest:
        return Text::tr("Stress test: could it double without customers getting more value?");
    }
    return {};
}

Answer goodAnswer(ChecklistItem item)
{
    return item == ChecklistItem::StressTest ? Answer::No : Answer::Yes;
}

} // namespace NorthStar
