#include "workshop/presentationtext.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

namespace NorthStar::PresentationText {

QString fitLines(const QString &text, const QFont &font, double width, double height)
{
    const QFontMetricsF fm(font);
    const int maxLines = std::max(1, int(std::floor(height / fm.lineSpacing())));
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    int lastStart = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() + 1 == maxLines) {
            lastStart = line.textStart();
            lines.append(fm.elidedText(text.mid(lastStart).simplified(), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

} // namespace NorthStar::PresentationText
