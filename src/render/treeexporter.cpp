#include "render/treeexporter.h"

#include "common/wholefile.h"

#include "model/workspacedata.h"
#include "render/cardstyle.h"
#include "render/treegeometry.h"
#include "render/treepainter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QSvgGenerator>


#include <cmath>

using namespace Qt::StringLiterals;

namespace NorthStar {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(NorthStar::TreeExporter)
};

// Slides are designed in CSS pixels (96 per inch); PNGs get twice the pixels so they stay
// sharp on high-DPI projectors, within a limit image viewers handle.
constexpr double sceneDpi = 96.0;
constexpr double pngScale = 2.0;
constexpr double maxPngSide = 12000.0;

// Every format is painted into memory first, then written in one checked write to a
// QSaveFile: the image appears under its name only when it was written completely (a full
// disk or a failed paint leaves an existing image as it was). The generators' own streams
// do not report a failed write (an SVG was once committed cut off at 4 kB).
bool writePng(const Slide &slide, QIODevice *device)
{
    const QSizeF size = slide.size();
    const double scale = std::min(pngScale, maxPngSide / std::max(size.width(), size.height()));
    QImage image(qCeil(size.width() * scale), qCeil(size.height() * scale),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(Qt::white);
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = qRound(sceneDpi * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        slide.paint(painter);
    }
    return image.save(device, "PNG");
}

bool writeSvg(const Slide &slide, QIODevice *device, const QString &title)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setResolution(qRound(sceneDpi));
    svg.setSize(slide.size().toSize());
    svg.setViewBox(QRectF(QPointF(), slide.size()));
    svg.setTitle(title);
    svg.setDescription(Text::tr("North Star Metric tree exported from North Star Studio"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    slide.paint(painter);
    return painter.end();
}

bool writePdf(const Slide &slide, QIODevice *device, const QString &title)
{
    // One landscape page exactly the slide's size: vector, nothing scaled.
    QPdfWriter pdf(device);
    pdf.setTitle(title);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setResolution(qRound(sceneDpi));
    const QSizeF points = slide.size() * 72.0 / sceneDpi;
    const QPageSize pageSize(QSizeF(points.height(), points.width()), QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
    pdf.setPageLayout(QPageLayout(pageSize, QPageLayout::Landscape, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const double fit = std::min(pdf.width() / slide.size().width(),
                                pdf.height() / slide.size().height());
    painter.scale(fit, fit);
    slide.paint(painter);
    return painter.end();
}

} // namespace

QStringList exportSuffixes()
{
    return {u"png"_s, u"svg"_s, u"pdf"_s};
}

Result<void> exportTree(const WorkspaceData &data, Id treeId, const QString &path,
                        const NodeNumbers &numbers)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!exportSuffixes().contains(suffix))
        return fail(Text::tr("Cannot export to \"%1\": unknown image format \"%2\". Use a file name "
                       "ending in .png, .svg or .pdf.")
                        .arg(path, suffix.isEmpty() ? Text::tr("(no suffix)") : suffix));
    const Tree *tree = data.tree(treeId);
    if (!tree)
        return fail(Text::tr("Cannot export: the workspace has no tree with id %1.").arg(treeId));
    if (data.nodesOfTree(treeId).isEmpty())
        return fail(Text::tr("Cannot export the tree \"%1\": it has no cards yet. Add its North Star "
                       "Metric first.")
                        .arg(tree->name));

    const CardStyle style = CardStyle::standard();
    // Cards still waiting for their numbers get none on a slide (no empty room).
    NodeNumbers shown;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        if (it->state != CardNumbers::State::Pending)
            shown.insert(it.key(), *it);
    }
    auto geometry = TreeGeometry::compute(data, treeId, style, shown);
    if (!geometry)
        return fail(Text::tr("Cannot lay out the tree \"%1\": %2").arg(tree->name, geometry.error()));
    const Slide slide(data, treeId, std::move(geometry.value()), style, shown);

    QBuffer image;
    image.open(QIODevice::WriteOnly);
    const bool painted = suffix == u"png"_s   ? writePng(slide, &image)
                         : suffix == u"svg"_s ? writeSvg(slide, &image, tree->name)
                                              : writePdf(slide, &image, tree->name);
    if (!painted || image.data().isEmpty())
        return fail(Text::tr("Cannot write the image \"%1\": painting it failed.").arg(path));
    return writeWholeFile(path, image.data());
}

} // namespace NorthStar
