#pragma once

// Pictures of a chart for the weekly email or a slide: PNG at twice the pixels (crisp on
// high-density screens, sized so a mail client shows it without scaling) and SVG (vector,
// QSvgGenerator rendering the widget). Give it a widget made for the export, not the one on
// screen: it is resized to the picture's size before rendering.

#include "common/result.h"

#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace NorthStar::Charts {

// 800 x 450 logical pixels: the width of a typical mail body, 16:9 like a slide.
inline QSize emailChartSize() { return {800, 450}; }
// The three stacked charts of the North Star overview need more height.
inline QSize emailOverviewSize() { return {800, 640}; }

// Lays the widget out at `size` without showing it on screen.
void prepareForExport(QWidget &widget, QSize size);

// The file has size * scale pixels; the error names the file and what to do.
Result<void> savePng(QWidget &widget, const QString &path, QSize size = emailChartSize(), qreal scale = 2.0);
Result<void> saveSvg(QWidget &widget, const QString &path, const QString &title, QSize size = emailChartSize());

} // namespace NorthStar::Charts
