#pragma once

// Picks the two states of a tree to compare (issue #11 §3): each a saved version or "Now",
// the tree as it is. The changes read from the first to the second, and the canvas shows the
// second with the marks.

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace NorthStar {

struct TreeVersion;

class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    // `versions` oldest first (as the panel lists them); 0 stands for Now.
    CompareDialog(const QList<TreeVersion> &versions, Id from, Id to, QWidget *parent = nullptr);

    Id from() const;
    Id to() const;
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }

    void accept() override;

private:
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_error;
};

} // namespace NorthStar
