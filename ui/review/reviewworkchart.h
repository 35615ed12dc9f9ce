#pragma once

// A work item's input around its launch, small: the 8 periods before as points with the
// fitted trend a + b t, the trend's expected course after launch dashed, and what came (the
// periods after) as points. A thin line marks the launch period.

#include "review/review.h"

#include <QWidget>

namespace NorthStar {

class ReviewWorkChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkChart(const WorkReview &work, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {320, 130}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WorkReview m_work;
};

} // namespace NorthStar
