#include "storage/recovery.h"

#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace NorthStar::Recovery {
namespace {

const QString originalKey = u"recovery.original-path"_s;
const QString savedAtKey = u"recovery.saved-at"_s;

std::optional<Entry> entryOf(const QString &recoveryPath)
{
    auto data = WorkspaceFile::read(recoveryPath);
    if (!data)
        return std::nullopt;
    Entry e;
    e.recoveryPath = recoveryPath;
    e.originalPath = data->settings.value(originalKey);
    e.savedAt = QDateTime::fromString(data->settings.value(savedAtKey), Qt::ISODateWithMs);
    return e;
}

} // namespace

QString directory()
{
    const QString overridden = qEnvironmentVariable("NORTHSTAR_RECOVERY_DIR");
    const QString dir = overridden.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                  + u"/recovery"_s
                            : overridden;
    QDir().mkpath(dir);
    return dir;
}

QString pathFor(const QString &workspacePath, const QString &untitledKey)
{
    QString name;
    if (workspacePath.isEmpty()) {
        name = u"untitled-"_s + untitledKey;
    } else {
        const QByteArray key = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
        name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    }
    return directory() + u'/' + name + u".northstar-recovery"_s;
}

Result<void> write(const QString &recoveryPath, const WorkspaceData &data, const QString &originalPath)
{
    WorkspaceData stamped = data;
    stamped.settings.insert(originalKey, originalPath.isEmpty() ? u""_s : QFileInfo(originalPath).absoluteFilePath());
    stamped.settings.insert(savedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QString partial = recoveryPath + u".partial"_s;
    QFile::remove(partial);
    if (auto r = WorkspaceFile::write(partial, stamped); !r) {
        QFile::remove(partial);
        return r;
    }
    // rename(2) replaces the old recovery file in one step: a kill never leaves none.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(recoveryPath).constData()) != 0) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("NorthStar::Recovery", "Cannot write the recovery file %1.").arg(recoveryPath));
    }
    return {};
}

Result<WorkspaceData> read(const QString &recoveryPath)
{
    auto data = WorkspaceFile::read(recoveryPath);
    if (!data)
        return data;
    data->settings.remove(originalKey);
    data->settings.remove(savedAtKey);
    return data;
}

QList<Entry> list()
{
    QList<Entry> entries;
    const QDir dir(directory());
    const QStringList files = dir.entryList({u"*.northstar-recovery"_s}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        if (auto e = entryOf(dir.filePath(file)))
            entries.append(*e);
    }
    return entries;
}

std::optional<Entry> findFor(const QString &workspacePath)
{
    const QString path = pathFor(workspacePath, {});
    if (!QFileInfo::exists(path))
        return std::nullopt;
    return entryOf(path);
}

void discard(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(recoveryPath + u".partial"_s);
}

} // namespace NorthStar::Recovery
