#pragma once

// The name editor that opens on a card (F2, double-click, or right after Tab/Enter created
// it). It only reports how editing ended; the canvas decides what that means.

#include <QLineEdit>

namespace NorthStar {

class InlineEditor final : public QLineEdit
{
    Q_OBJECT

public:
    enum class Ending { Tab, Return, Escape, FocusLost };
    Q_ENUM(Ending)

    explicit InlineEditor(QWidget *parent = nullptr);

signals:
    void finished(NorthStar::InlineEditor::Ending ending);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace NorthStar
