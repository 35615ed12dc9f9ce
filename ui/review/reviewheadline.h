#pragma once

// The top of the review: the North Star's value, large, its change on the period before,
// whether that change is unusual, and its target status in words and colour.

#include "review/review.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace NorthStar {

class ReviewHeadline final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewHeadline(QWidget *parent = nullptr);

    void setReview(const Review &review);

    QString valueText() const;
    QString changeText() const;
    QString targetText() const;

private:
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_target;
};

} // namespace NorthStar
