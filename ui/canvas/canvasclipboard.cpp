#include "canvas/canvasclipboard.h"

#include "model/fragmentjson.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeData>

namespace NorthStar::CanvasClipboard {
namespace {

Q_LOGGING_CATEGORY(lcClipboard, "northstar.canvas.clipboard")

QString mimeType()
{
    return QString::fromLatin1(fragmentMimeType);
}

} // namespace

void copy(const WorkspaceData &data, const QList<Id> &nodeIds)
{
    if (nodeIds.isEmpty())
        return;
    const WorkspaceData fragment = extractFragment(data, nodeIds);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QJsonDocument(fragmentToJson(fragment)).toJson(QJsonDocument::Compact));
    QStringList names;
    for (Id id : nodeIds) {
        if (const Node *n = data.node(id))
            names.append(data.nodeTitle(*n));
    }
    mime->setText(names.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
}

std::optional<WorkspaceData> fragment()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(mime->data(mimeType()), &error);
    if (!json.isObject()) {
        qCWarning(lcClipboard) << "clipboard fragment is not JSON:" << error.errorString();
        return std::nullopt;
    }
    auto parsed = fragmentFromJson(json.object());
    if (!parsed) {
        qCWarning(lcClipboard) << "clipboard fragment rejected:" << parsed.error();
        return std::nullopt;
    }
    return std::move(parsed.value());
}

QString text()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace NorthStar::CanvasClipboard
