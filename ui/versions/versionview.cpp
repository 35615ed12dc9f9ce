#include "versions/versionview.h"

#include "canvas/canvasview.h"
#include "model/document.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

VersionView::VersionView(QWidget *parent)
    : QWidget(parent)
    , m_document(new Document(this))
    , m_banner(new QLabel(this))
    , m_canvas(new CanvasView(m_document, this))
{
    setObjectName(u"versionView"_s);
    m_banner->setObjectName(u"versionBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(10);
    // Large and tinted like a sign on the wall: this is not the tree being edited.
    QFont font = m_banner->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_banner->setFont(font);
    m_banner->setStyleSheet(u"QLabel { background: #FFF4D6; color: #5C3B00; border-bottom: 1px solid #E8C77A; }"_s);
    m_canvas->setReadOnly(true);
    m_canvas->setAccessibleName(tr("Saved version (read-only)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);
}

VersionView::~VersionView()
{
    // The canvas reads the document until it goes.
    delete m_canvas;
}

void VersionView::showVersion(const WorkspaceData &content, Id treeId, const QString &banner)
{
    m_banner->setText(banner);
    m_document->load(content, QString());
    m_document->setCurrentTree(treeId);
    m_document->undoStack()->clear();
    m_canvas->fitToView();
}

QString VersionView::bannerText() const
{
    return m_banner->text();
}

} // namespace NorthStar
