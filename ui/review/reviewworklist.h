#pragma once

// Did our work move it: each shipped work item, once per input it serves, with its verdict
// in plain words, the expected impact against the measured effect, and a small chart of the
// input around the launch. Each row takes the focus (Tab) and reads out as text.

#include "review/review.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace NorthStar {

class ReviewWorkList final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkList(QWidget *parent = nullptr);

    void setReview(const Review &review);
    // The rows' texts (title, input, verdict, effect), for tests and the accessible names.
    QStringList rowTexts() const { return m_texts; }

private:
    QVBoxLayout *m_rows;
    QStringList m_texts;
};

} // namespace NorthStar
