#pragma once

#include <QWidget>

class QListWidget;

namespace NorthStar {

class RecentFiles;

// What the window shows with no workspace open: the demo, recent files, templates.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    StartPage(RecentFiles *recentFiles, QWidget *parent = nullptr);

    struct TemplateEntry
    {
        QString key;
        QString name;
        QString description;
    };
    void setTemplates(const QList<TemplateEntry> &templates);

signals:
    void openDemoRequested();
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    void templateRequested(const QString &templateKey);

private:
    void fillRecent();

    RecentFiles *m_recentFiles;
    QListWidget *m_recentList;
    QListWidget *m_templateList;
};

} // namespace NorthStar
