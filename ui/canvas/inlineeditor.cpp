#include "canvas/inlineeditor.h"

#include <QKeyEvent>

namespace NorthStar {

InlineEditor::InlineEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("inlineEditor"));
    setFrame(false);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    // Blends into the card: the card's own white behind the text, a thin accent underline.
    setStyleSheet(QStringLiteral("QLineEdit { background: #ffffff; color: #1c2533;"
                                 " border: none; border-bottom: 2px solid #2563eb;"
                                 " selection-background-color: #bfd4fb; selection-color: #1c2533;"
                                 " padding: 0px; }"));
    hide();
}

bool InlineEditor::event(QEvent *event)
{
    // Tab would move focus out of the editor (QWidget::event); here it means "commit and add a
    // child", so it is taken before the focus chain sees it. Escape and Enter must not trigger
    // window shortcuts (leaving presentation mode, a default button) while typing.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Tab
            || key->key() == Qt::Key_Backtab || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            emit finished(Ending::Tab);
            return true;
        }
        if (key->key() == Qt::Key_Backtab)
            return true;
    }
    return QLineEdit::event(event);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit finished(Ending::Return);
        return;
    case Qt::Key_Escape:
        emit finished(Ending::Escape);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed. Hidden editors lose focus too: ignore those.
    if (isVisible())
        emit finished(Ending::FocusLost);
}

} // namespace NorthStar
