#pragma once

// What to act on: the review's disconnects as a list. Enter or a double-click on one asks to
// show its node on the canvas (activated) with its chart.

#include "model/types.h"
#include "review/review.h"

#include <QListWidget>

namespace NorthStar {

class ReviewDisconnects final : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int NodeRole = Qt::UserRole + 1;

    explicit ReviewDisconnects(QWidget *parent = nullptr);

    // `fallbackNodeId` stands for a disconnect without a node of its own (the guardrail).
    void setReview(const Review &review, Id fallbackNodeId);

signals:
    void activated(NorthStar::Id nodeId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace NorthStar
