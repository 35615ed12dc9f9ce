#pragma once

#include <QObject>
#include <QStringList>

namespace NorthStar {

// The most recently opened workspaces, newest first, kept in QSettings.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace NorthStar
