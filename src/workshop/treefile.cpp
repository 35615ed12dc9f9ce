#include "workshop/treefile.h"

#include "common/wholefile.h"

#include "model/fragmentjson.h"
#include "model/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace NorthStar::TreeFile {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::TreeFile)
};

// Far more than any tree; refusing more keeps a wrong file (a database, a video) from
// being read into memory whole.
constexpr qint64 largestFile = 64 * 1024 * 1024;

// QJsonParseError gives a byte offset; people and editors count lines and columns.
QString position(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return Text::tr("line %1, column %2").arg(before.count('\n') + 1).arg(column);
}

} // namespace

QByteArray serialize(const WorkspaceData &workspace, Id treeId)
{
    return QJsonDocument(fragmentToJson(extractTree(workspace, treeId))).toJson(QJsonDocument::Indented);
}

Result<void> write(const QString &path, const WorkspaceData &workspace, Id treeId)
{
    return writeWholeFile(path, serialize(workspace, treeId));
}

Result<WorkspaceData> parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (json.isNull()) {
        return fail(Text::tr("%1: this is not valid JSON (%2).")
                        .arg(position(text, error.offset), error.errorString()));
    }
    if (!json.isObject()) {
        JsonProblems problems;
        problems.expected(u"$"_s, Text::tr("an object"), QJsonValue::fromVariant(json.toVariant()));
        return fail(problems.first());
    }
    return fragmentFromJson(json.object());
}

Result<WorkspaceData> read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("%1: there is no such file.").arg(path));
    if (!info.isFile())
        return fail(Text::tr("%1: this is not a regular file (a folder, pipe or device).").arg(path));
    if (info.size() > largestFile)
        return fail(Text::tr("%1: this file is too large for a tree file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path + u": "_s + file.errorString());
    auto fragment = parse(file.read(largestFile + 1));
    if (!fragment)
        return fail(path + u": "_s + fragment.error());
    return fragment;
}

QString treeName(const WorkspaceData &fragment, const QString &path)
{
    const QString name = fragment.trees.isEmpty() ? QString() : fragment.trees.first().name.trimmed();
    return name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
}

} // namespace NorthStar::TreeFile
