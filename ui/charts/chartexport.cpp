#include "charts/chartexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace NorthStar::Charts {

namespace {

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QCoreApplication::translate("Charts", "Cannot write %1: %2. Choose another folder or file name.")
                        .arg(path, file.errorString()));
    }
    file.write(bytes);
    if (!file.commit()) {
        return fail(QCoreApplication::translate("Charts", "Cannot save %1: %2. Check the free space and permissions.")
                        .arg(path, file.errorString()));
    }
    return {};
}

} // namespace

void prepareForExport(QWidget &widget, QSize size)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    if (!widget.isVisible())
        widget.show();  // off screen: delivers the pending resize events, so charts lay out
    if (widget.layout())
        widget.layout()->activate();
    // QtCharts places axes in a posted layout request; a picture taken before it runs shows
    // the axes of the old size.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

Result<void> savePng(QWidget &widget, const QString &path, QSize size, qreal scale)
{
    prepareForExport(widget, size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(QCoreApplication::translate("Charts", "Could not encode the chart as PNG for %1.").arg(path));
    return writeAtomically(path, bytes);
}

Result<void> saveSvg(QWidget &widget, const QString &path, const QString &title, QSize size)
{
    prepareForExport(widget, size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setResolution(96);  // CSS pixels: browsers and mail clients show it at `size`
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QCoreApplication::translate("Charts", "Exported from North Star Studio"));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    return writeAtomically(path, bytes);
}

} // namespace NorthStar::Charts
