#pragma once

// Text that must fit a box on the wall screen: wrapped at word boundaries, the last line
// that fits elided ("…"), so a long name never spills over its neighbour.

#include <QFont>
#include <QString>

namespace NorthStar::PresentationText {

QString fitLines(const QString &text, const QFont &font, double width, double height);

} // namespace NorthStar::PresentationText
