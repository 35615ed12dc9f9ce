#pragma once

// A saved version's tree on a canvas of its own (issue #11 §3), for comparing two saved
// versions: read-only, under a banner that names the version, so nobody takes it for the
// tree they edit. It holds the version's content in a Document of its own; the workspace's
// document is never touched.

#include "model/types.h"

#include <QWidget>

class QLabel;

namespace NorthStar {

class CanvasView;
class Document;
class WorkspaceData;

class VersionView final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionView(QWidget *parent = nullptr);
    ~VersionView() override;

    // Shows tree `treeId` of `content` (a version read with TreeVersions::content); `banner`
    // says what it is.
    void showVersion(const WorkspaceData &content, Id treeId, const QString &banner);
    CanvasView *canvas() const { return m_canvas; }
    Document *document() const { return m_document; }
    QString bannerText() const;

private:
    Document *m_document;
    QLabel *m_banner;
    CanvasView *m_canvas;
};

} // namespace NorthStar
