#pragma once

// The fields of File ▸ Pull from Warehouse (issue #12 §3): the source and its server (kind,
// URL, password), the raw events table and its columns, the reporting timezone and the
// optional since. Choosing a saved source fills in everything it was pulled with. Checks
// what is typed as it is typed: problem() says, in words a person can act on, what keeps
// the pull from running (a URL with a password, a column left empty, a date that is none).

#include "pull/savedpull.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace NorthStar {

class TimeZoneCombo;

class PullForm final : public QWidget
{
    Q_OBJECT

public:
    // `saved`: the workspace's saved pulls (loadSavedPulls); the first one named "warehouse",
    // else the first, is filled in. `timeZone`: the zone shown when nothing is saved.
    PullForm(const QList<Pull::SavedPull> &saved, const QString &timeZone, QWidget *parent = nullptr);

    // What the fields ask for (the URL parsed, the password included). Only meaningful
    // when problem() is empty.
    Pull::PullRequest request() const;
    // Why the fields cannot be pulled yet, empty when they can. isError(): something typed
    // is wrong (shown as an error), rather than something still to fill in.
    QString problem() const;
    bool problemIsError() const;
    // The last date the current source's saved pull brought, empty for a new source.
    QString continuesFrom() const;

    // The source's saved pull, into the fields (the password stays as it is).
    void applySaved(const Pull::SavedPull &saved);
    // After a pull: the saved pulls as the workspace now has them.
    void setSavedPulls(const QList<Pull::SavedPull> &saved);

    QWidget *firstField() const;
    QWidget *lastField() const;
    // Where typing starts: the URL for a new source, the password for a saved one without
    // it, else nothing (the Pull button).
    QWidget *initialFocus() const;

signals:
    void changed();

private:
    void check();
    void followUrlScheme();
    void updateHints();
    const Pull::SavedPull *savedFor(const QString &source) const;

    QList<Pull::SavedPull> m_saved;
    QComboBox *m_source;
    QComboBox *m_server;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QLineEdit *m_table;
    QLineEdit *m_user;
    QLineEdit *m_time;
    QLineEdit *m_event;
    QLineEdit *m_value;
    QLineEdit *m_attributes;
    TimeZoneCombo *m_zone;
    QLineEdit *m_since;
    QLabel *m_sinceHint;
    QString m_environmentPassword; // NORTHSTAR_WAREHOUSE_PASSWORD as the dialog opened
    QString m_problem;
    bool m_problemIsError = false;
};

} // namespace NorthStar
