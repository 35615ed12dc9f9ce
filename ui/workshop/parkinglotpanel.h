#pragma once

// The parking lot (issue #11 §2): ideas the room raised that are not (yet) in the tree. One
// line to capture an idea (Enter parks it, Escape goes back to where the focus was), the
// tree's ideas below (open ones first; placed and dismissed ones greyed, with their state),
// and what to do with the selected idea: place it as an input or a work item under the
// canvas's selected card, dismiss it (Delete), reopen it, edit its text (F2). Open ideas
// can also be dragged onto the canvas (ParkedIdeaDrop). Every change is one undo step.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace NorthStar {

class Document;
class WorkshopSession;

class ParkingLotPanel final : public QWidget
{
    Q_OBJECT

public:
    ParkingLotPanel(Document *document, WorkshopSession *session, QWidget *parent = nullptr);

    QLineEdit *captureField() const { return m_capture; }
    QListWidget *ideaList() const { return m_list; }
    // Where Escape in the capture field goes when the focus came from nowhere known.
    void setFallbackFocus(QWidget *widget) { m_fallbackFocus = widget; }
    // The last message (a parked idea, or why nothing happened).
    QString message() const;

    Id currentIdeaId() const;
    void setCurrentIdea(Id ideaId);

public slots:
    // Ctrl+Shift+P from anywhere: the capture field, remembering where the focus was.
    void focusCapture();
    void parkTyped();
    void placeCurrent(NorthStar::NodeKind kind);
    void dismissCurrent();
    void reopenCurrent();
    void editCurrent();
    void removeCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateButtons();
    void showMessage(const QString &text, bool problem = false);
    void returnFocus();
    void commitEdit(QListWidgetItem *item);

    Document *m_document;
    WorkshopSession *m_session;
    QLineEdit *m_capture;
    QListWidget *m_list;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_placeInput;
    QPushButton *m_placeWork;
    QPushButton *m_dismiss;
    QPushButton *m_reopen;
    QAction *m_placeInputAction;
    QAction *m_placeWorkAction;
    QAction *m_dismissAction;
    QAction *m_reopenAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QPointer<QWidget> m_returnFocus;
    QPointer<QWidget> m_fallbackFocus;
    bool m_refreshing = false;
};

} // namespace NorthStar
