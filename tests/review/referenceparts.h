#pragma once

// Inside the reference review: one metric's entry and what the three parts of the review
// (referencereview.cpp, referencewhy.cpp, referencework.cpp) share.

#include "referencereview.h"
#include "referencevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace NorthStar::ReviewReference {

inline QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

inline QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

struct Context
{
    const RawData &raw;
    const WorkspaceData &model;
    const Tree &tree;
    const Calendar &calendar;
    const Values &values;
    UserFilter treeFilter;
    int P = 0;
};

// One metric of the review: what "Are we winning" says about it.
struct Entry
{
    Id nodeId = 0; // 0 for the guardrail
    const Metric *metric = nullptr;
    QString role;
    std::optional<Spec> spec;
    bool cohort = false;
    int reviewed = 0; // the period its entry reviews: P, or a cohort metric's latest complete cohort
    std::vector<PeriodValue> series;
    std::optional<double> change;
    bool unusual = false;
    std::optional<QString> status; // the target's
    bool breached = false;
    QJsonObject json;

    std::optional<double> at(int i) const
    {
        return i >= 0 && i < int(series.size()) ? series[std::size_t(i)].value : std::nullopt;
    }
};

const Entry *entryOfNode(const std::vector<Entry> &entries, Id nodeId);

QJsonArray contributions(const Context &c, const std::vector<Entry> &entries);
QJsonArray segments(const Context &c, const Entry &northStar);
// The work items' verdicts; appends the disconnects of the inputs and the work items.
QJsonArray work(const Context &c, const std::vector<Entry> &entries, QJsonArray &disconnects);

} // namespace NorthStar::ReviewReference
