#include "review/review.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace NorthStar {

QString toKey(ReviewRole role)
{
    switch (role) {
    case ReviewRole::NorthStar: return u"north_star"_s;
    case ReviewRole::Input: return u"input"_s;
    case ReviewRole::Guardrail: return u"guardrail"_s;
    }
    return {};
}

QString toKey(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return u"reached"_s;
    case TargetStatus::OnTrack: return u"on_track"_s;
    case TargetStatus::Behind: return u"behind"_s;
    }
    return {};
}

QString toKey(ContributionMethod method)
{
    switch (method) {
    case ContributionMethod::Formula: return u"formula"_s;
    case ContributionMethod::Leverage: return u"leverage"_s;
    case ContributionMethod::None: return u"none"_s;
    }
    return {};
}

QString toKey(WorkVerdict verdict)
{
    switch (verdict) {
    case WorkVerdict::NoData: return u"no_data"_s;
    case WorkVerdict::TooEarly: return u"too_early"_s;
    case WorkVerdict::TooLittleHistory: return u"too_little_history"_s;
    case WorkVerdict::AsExpected: return u"as_expected"_s;
    case WorkVerdict::SmallerThanExpected: return u"smaller_than_expected"_s;
    case WorkVerdict::Opposite: return u"opposite"_s;
    case WorkVerdict::NoClearEffect: return u"no_clear_effect"_s;
    case WorkVerdict::MovedUp: return u"moved_up"_s;
    case WorkVerdict::MovedDown: return u"moved_down"_s;
    }
    return {};
}

QString toKey(DisconnectKind kind)
{
    switch (kind) {
    case DisconnectKind::UnexplainedMovement: return u"unexplained_movement"_s;
    case DisconnectKind::WorkWithoutEffect: return u"work_without_effect"_s;
    case DisconnectKind::IdleInput: return u"idle_input"_s;
    case DisconnectKind::OffTarget: return u"off_target"_s;
    case DisconnectKind::GuardrailBreached: return u"guardrail_breached"_s;
    }
    return {};
}

const MetricReview *Review::northStar() const
{
    const auto it = std::find_if(metrics.cbegin(), metrics.cend(),
                                 [](const MetricReview &m) { return m.role == ReviewRole::NorthStar; });
    return it == metrics.cend() ? nullptr : &*it;
}

const MetricReview *Review::metricOfNode(Id nodeId) const
{
    const auto it = std::find_if(metrics.cbegin(), metrics.cend(),
                                 [nodeId](const MetricReview &m) { return nodeId != 0 && m.nodeId == nodeId; });
    return it == metrics.cend() ? nullptr : &*it;
}

std::vector<SegmentContribution> Review::topMovers(bool up, int count) const
{
    // Attributes with one segment only say "everybody": nothing to learn from them.
    QHash<QString, int> segmentsOf;
    for (const SegmentContribution &s : segments)
        ++segmentsOf[s.attribute];
    std::vector<SegmentContribution> movers;
    for (const SegmentContribution &s : segments) {
        if (segmentsOf.value(s.attribute) > 1 && (up ? s.contribution > 0 : s.contribution < 0))
            movers.push_back(s);
    }
    std::stable_sort(movers.begin(), movers.end(), [up](const SegmentContribution &a, const SegmentContribution &b) {
        return up ? a.contribution > b.contribution : a.contribution < b.contribution;
    });
    if (int(movers.size()) > count)
        movers.resize(std::size_t(count));
    return movers;
}

} // namespace NorthStar
