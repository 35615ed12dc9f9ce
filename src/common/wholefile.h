#pragma once

// Writing a whole file at once, as an image, a tree file or a report is written: the file
// appears under its name only when every byte got there (QSaveFile), so a full disk leaves
// an existing file as it was.

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

#include <cerrno>
#include <cstring>

namespace NorthStar {

// Refuses folders, pipes and devices; the error names the file and the system's reason.
inline Result<void> writeWholeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return fail(QCoreApplication::translate(
                        "NorthStar::WholeFile", "Cannot write \"%1\": it is not a regular file (a folder, pipe or device).")
                        .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            QCoreApplication::translate("NorthStar::WholeFile", "Cannot write \"%1\": %2.").arg(path, file.errorString()));
    errno = 0;
    // A write that ends short (a full disk) shows only when the buffer is flushed, and commit()
    // does not report it for a file smaller than the buffer (Qt 6.4: a 4.7 kB SVG was saved
    // cut at 4 kB as a success): flush and check first.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        // Qt calls a write cut short "Unknown error"; the system's reason says more.
        const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
        return fail(QCoreApplication::translate("NorthStar::WholeFile", "Cannot write \"%1\": %2.").arg(path, reason));
    }
    return {};
}

} // namespace NorthStar
