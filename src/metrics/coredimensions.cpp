#include "metrics/coredimensions.h"

namespace NorthStar {

std::array<MetricSpec, 3> coreActionDimensions(const MetricSpec &spec)
{
    const std::array<MetricKind, 3> kinds{MetricKind::Breadth, MetricKind::Depth, MetricKind::Frequency};
    std::array<MetricSpec, 3> dimensions;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        dimensions[i].kind = kinds[i];
        dimensions[i].events = spec.events;
        dimensions[i].segment = spec.segment;
    }
    return dimensions;
}

} // namespace NorthStar
